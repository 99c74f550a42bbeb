#pragma once

// Helpers of the fault tests: the real `berth` binary, and a project folder as a map of every
// file (hidden ones and Berth's own .berth/ included) to its bytes.

#include "../common/filehelpers.h"

#include <QDirIterator>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace BerthTest {

// The berth executable of this build tree (BERTH_BINARY_DIR comes from berth_add_test).
inline QString berthBinary()
{
    return qEnvironmentVariable("BERTH_BINARY_DIR") + QStringLiteral("/ui/berth");
}

struct BerthRun
{
    bool finished = false; // exited on its own within the time limit
    bool crashed = false;  // ended by a signal
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `berth ARGS` to the end (a time limit only against a hang; a hang fails the caller).
inline BerthRun runBerth(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(berthBinary(), args);
    BerthRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start %1: %2").arg(berthBinary(), p.errorString());
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
    }
    r.crashed = r.finished && p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

using Tree = QMap<QString, QByteArray>; // relative path -> content

// Every regular file under dir, hidden ones included; symbolic links are listed with the
// content "symlink:" + target so that one cannot pass for a file.
inline Tree snapshot(const QString &dir)
{
    Tree tree;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString rel = info.absoluteFilePath().mid(QDir(dir).absolutePath().size() + 1);
        tree.insert(rel, info.isSymLink() ? "symlink:" + info.symLinkTarget().toUtf8() : readFile(info.absoluteFilePath()));
    }
    return tree;
}

// Writes tree into the empty folder dir.
inline bool restore(const QString &dir, const Tree &tree)
{
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (!writeFile(dir + u'/' + it.key(), it.value()))
            return false;
    }
    return true;
}

// The lines of berth's stderr that are not warnings or notes: one per problem is what the tests count.
inline QStringList errorLines(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("berth: warning:")) && !line.startsWith(QLatin1String("berth: note:")))
            lines.append(line);
    }
    return lines;
}

} // namespace BerthTest
