#include "generate/manifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Berth {

Manifest Manifest::load(const QString &projectDir)
{
    Manifest m;
    QFile f(projectDir + u'/' + relativePath());
    if (!f.open(QIODevice::ReadOnly))
        return m;
    // A damaged manifest makes every existing file a conflict, which is the safe reading.
    const QJsonObject files = QJsonDocument::fromJson(f.readAll()).object().value("files"_L1).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString sha = entry.value("sha256"_L1).toString();
        if (!sha.isEmpty())
            m.m_hashes.insert(it.key(), sha.toLatin1());
        const QString pending = entry.value("pending_sha256"_L1).toString();
        if (!pending.isEmpty())
            m.m_pending.insert(it.key(), pending.toLatin1());
        const QString written = entry.value("written_sha256"_L1).toString();
        if (!written.isEmpty())
            m.m_written.insert(it.key(), written.toLatin1());
        const QString pendingWritten = entry.value("pending_written_sha256"_L1).toString();
        if (!pendingWritten.isEmpty())
            m.m_pendingWritten.insert(it.key(), pendingWritten.toLatin1());
    }
    return m;
}

QByteArray Manifest::hash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QByteArray Manifest::redacted(const QByteArray &envFile)
{
    static const QRegularExpression secretKey(u"PASSWORD|SECRET|TOKEN|KEY"_s, QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> lines = envFile.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.trimmed().startsWith('#'))
            continue;
        if (secretKey.match(QString::fromUtf8(line.left(eq))).hasMatch())
            line = line.left(eq + 1) + "<redacted>";
    }
    return lines.join('\n');
}

QByteArray Manifest::fingerprint(const QByteArray &content, bool secret)
{
    return hash(secret ? redacted(content) : content);
}

bool Manifest::matches(const QString &path, const QByteArray &content, bool secret) const
{
    const QByteArray h = fingerprint(content, secret);
    if (m_hashes.value(path) == h || m_pending.value(path) == h)
        return true;
    if (!secret)
        return false;
    const QByteArray legacy = hash(content);
    return m_hashes.value(path) == legacy || m_pending.value(path) == legacy;
}

bool Manifest::matchesPending(const QString &path, const QByteArray &content, bool secret) const
{
    const QByteArray h = fingerprint(content, secret);
    return (m_pending.contains(path) && m_pending.value(path) == h)
        || (m_pendingWritten.contains(path) && m_pendingWritten.value(path) == h);
}

bool Manifest::matchesWritten(const QString &path, const QByteArray &content, bool secret) const
{
    const QByteArray h = fingerprint(content, secret);
    return (m_written.contains(path) && m_written.value(path) == h)
        || (m_pendingWritten.contains(path) && m_pendingWritten.value(path) == h);
}

QByteArray Manifest::baseFingerprint(const QString &path, const QByteArray &onDisk, bool secret) const
{
    if (m_pendingWritten.contains(path) && m_pendingWritten.value(path) == fingerprint(onDisk, secret))
        return m_pending.value(path);
    return m_hashes.value(path);
}

void Manifest::record(const QString &path, const QByteArray &content, bool secret, const QByteArray &written)
{
    m_hashes.insert(path, fingerprint(content, secret));
    if (!written.isNull() && written != content)
        m_written.insert(path, fingerprint(written, secret));
    else
        m_written.remove(path);
    m_pending.remove(path);
    m_pendingWritten.remove(path);
}

void Manifest::recordPending(const QString &path, const QByteArray &content, bool secret, const QByteArray &written)
{
    m_pending.insert(path, fingerprint(content, secret));
    if (!written.isNull() && written != content)
        m_pendingWritten.insert(path, fingerprint(written, secret));
    else
        m_pendingWritten.remove(path);
}

bool Manifest::save(const QString &projectDir, QString *error) const
{
    QJsonObject files;
    for (auto it = m_hashes.begin(); it != m_hashes.end(); ++it)
        files.insert(it.key(), QJsonObject{{u"sha256"_s, QString::fromLatin1(it.value())}});
    auto add = [&](const QHash<QString, QByteArray> &hashes, const QString &key) {
        for (auto it = hashes.begin(); it != hashes.end(); ++it) {
            QJsonObject entry = files.value(it.key()).toObject();
            entry.insert(key, QString::fromLatin1(it.value()));
            files.insert(it.key(), entry);
        }
    };
    add(m_pending, u"pending_sha256"_s);
    add(m_written, u"written_sha256"_s);
    add(m_pendingWritten, u"pending_written_sha256"_s);
    const QJsonObject root{{u"version"_s, 1},
                           {u"comment"_s, u"Written by Berth: the files as Berth last wrote them. Do not edit."_s},
                           {u"files"_s, files}};
    const QString path = projectDir + u'/' + relativePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("Berth::FileSet", "cannot create the folder of %1").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (f.write(json) != json.size() || !f.commit()) {
        *error = QCoreApplication::translate("Berth::FileSet", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Berth
