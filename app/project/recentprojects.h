#pragma once

#include <QStringList>

class QSettings;

namespace Berth {

// Most-recently-opened project folders, newest first, persisted in QSettings.
// Folders that no longer exist are dropped when the list is read.
class RecentProjects
{
public:
    static constexpr int MaxEntries = 10;

    explicit RecentProjects(QSettings &settings);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);

private:
    void store(const QStringList &paths);
    QSettings &m_settings;
};

} // namespace Berth
