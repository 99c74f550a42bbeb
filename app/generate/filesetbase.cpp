#include "generate/filesetbase.h"

#include "generate/filesetio.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth::MergeBase {

namespace {

QStringList stagingFolders(const QString &dir)
{
    const QDir root(dir + u'/' + folder());
    QStringList folders;
    const QStringList names = root.entryList({FileSetIo::stagingPrefix() + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                             QDir::Name);
    for (const QString &name : names)
        folders.append(folder() + u'/' + name);
    return folders;
}

// KEY → value of the env file's KEY=value lines (the first of each key), line endings dropped.
QHash<QByteArray, QByteArray> envValues(const QByteArray &envFile)
{
    QHash<QByteArray, QByteArray> values;
    const QList<QByteArray> lines = envFile.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.trimmed().startsWith('#') && !values.contains(line.left(eq)))
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

} // namespace

QByteArray withSecretsOf(const QByteArray &redactedBase, const QByteArray &ours, const QByteArray &theirs)
{
    const QHash<QByteArray, QByteArray> mine = envValues(ours), berths = envValues(theirs);
    QList<QByteArray> lines = redactedBase.split('\n');
    for (QByteArray &line : lines) {
        const bool cr = line.endsWith('\r');
        const QByteArray text = cr ? line.left(line.size() - 1) : line;
        const qsizetype eq = text.indexOf('=');
        if (eq <= 0 || text.mid(eq + 1) != "<redacted>")
            continue;
        const QByteArray key = text.left(eq);
        if (mine.contains(key) && berths.value(key) == mine.value(key) && berths.contains(key))
            line = key + '=' + mine.value(key) + (cr ? "\r" : "");
    }
    return lines.join('\n');
}

QString folder()
{
    return u".berth/base"_s;
}

QByteArray storedForm(const QByteArray &generated, bool secret)
{
    return secret ? Manifest::redacted(generated) : generated;
}

QByteArray published(const QString &dir, const QString &path)
{
    QByteArray content;
    if (!FileSetIo::readFile(dir + u'/' + folder() + u'/' + path, &content))
        return {};
    return content;
}

std::optional<QByteArray> find(const QString &dir, const QString &path, const QByteArray &fingerprint, bool secret,
                               const QByteArray &generated)
{
    if (fingerprint.isEmpty())
        return std::nullopt;
    QStringList candidates{folder()};
    candidates += stagingFolders(dir);
    for (const QString &where : std::as_const(candidates)) {
        QByteArray content;
        if (FileSetIo::readFile(dir + u'/' + where + u'/' + path, &content)
            && Manifest::fingerprint(content, secret) == fingerprint)
            return content;
    }
    // A kill after the last write replaced the file but before its base was published, and the
    // setup is the same again: this run's content is that base.
    if (Manifest::fingerprint(generated, secret) == fingerprint)
        return storedForm(generated, secret);
    return std::nullopt;
}

QString stagingFolder(const QString &stamp)
{
    return folder() + u'/' + FileSetIo::stagingPrefix() + stamp;
}

bool stage(const QString &dir, const QString &stamp, const QString &path, const QByteArray &stored, QString *error)
{
    return FileSetIo::writeAtomically(dir + u'/' + stagingFolder(stamp) + u'/' + path, stored, false, error);
}

void finish(const QString &dir, const QString &stamp, const Manifest &manifest, const QHash<QString, QByteArray> &ours,
            QStringList *warnings)
{
    bool complete = true;
    auto publish = [&](const QString &path, const QByteArray &stored) {
        QString error;
        if (!FileSetIo::writeAtomically(dir + u'/' + folder() + u'/' + path, stored, false, &error)) {
            complete = false;
            warnings->append(QCoreApplication::translate("Berth::FileSet", "cannot keep the merge base of %1 under %2: %3; the next run finishes it%4").arg(
                path, folder(), error, FileSetIo::whatToDo(dir, error)));
        }
    };
    const QString mine = stagingFolder(stamp);
    const QStringList leftovers = stagingFolders(dir);
    for (const QString &leftover : leftovers) {
        if (leftover == mine)
            continue;
        const QString root = dir + u'/' + leftover;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString path = QDir(root).relativeFilePath(file);
            QByteArray content;
            // A stored form is its own redacted form, so the plain hash is the manifest's.
            if (!ours.contains(path) && FileSetIo::readFile(file, &content) && !manifest.recorded(path).isEmpty()
                && Manifest::hash(content) == manifest.recorded(path) && published(dir, path) != content)
                publish(path, content);
        }
    }
    for (auto it = ours.begin(); it != ours.end(); ++it)
        publish(it.key(), it.value());
    if (!complete)
        return;
    for (const QString &leftover : leftovers)
        QDir(dir + u'/' + leftover).removeRecursively();
}

} // namespace Berth::MergeBase
