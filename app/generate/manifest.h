#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Berth {

// .berth/manifest.json: the SHA-256 of each file as Berth last wrote it.
class Manifest
{
public:
    static Manifest load(const QString &projectDir);
    static QByteArray hash(const QByteArray &content); // hex SHA-256

    bool contains(const QString &path) const { return m_hashes.contains(path); }
    bool matches(const QString &path, const QByteArray &content) const;
    void record(const QString &path, const QByteArray &content);
    // Atomic (QSaveFile); false with a one-line error on failure.
    bool save(const QString &projectDir, QString *error) const;

private:
    QHash<QString, QByteArray> m_hashes;
};

} // namespace Berth
