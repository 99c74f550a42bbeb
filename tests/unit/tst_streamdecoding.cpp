// Output split at awkward places: a UTF-8 sequence across two reads, a line across reads, CRLF.
// The real engine cannot be made to split its output on demand, so a stand-in docker program
// prints the pieces with pauses between them.
#include "docker/composejob.h"
#include "docker/composeproject.h"
#include "docker/dockerenvironment.h"
#include "docker/logfollower.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestStreamDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jobLinesAcrossReads();
    void logLinesAcrossReads();
};

void TestStreamDecoding::jobLinesAcrossReads()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"pieces"_s);
    // "é" is C3 A9: the two bytes arrive in separate reads, as does the rest of the line.
    QVERIFY(writeExecutable(program, "#!/bin/sh\n"
                                     "printf 'caf\\303'; sleep 0.3; printf '\\251 au lait\\r\\nsecond'; sleep 0.3;"
                                     " printf ' line\\n' >&2; printf 'no newline at the end'\n"));
    ComposeJob job(program, {});
    QStringList lines;
    connect(&job, &ComposeJob::output, this, [&lines](const QString &line) { lines.append(line); });
    QSignalSpy finished(&job, &ComposeJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.outcome(), ComposeJob::Outcome::Succeeded);
    QVERIFY2(lines.contains(u"café au lait"_s), qPrintable(lines.join(u'|')));
    QVERIFY(lines.contains(u" line"_s));
    // The unterminated last piece of stdout is still delivered, as one line.
    QVERIFY(lines.contains(u"secondno newline at the end"_s));
    QVERIFY(!lines.join(u'|').contains(QChar::ReplacementCharacter));
}

void TestStreamDecoding::logLinesAcrossReads()
{
    QTemporaryDir dir;
    // Answers the probe like docker 26 with compose 2.26, and `compose ... logs` in pieces.
    QVERIFY(writeExecutable(dir.filePath(u"docker"_s),
                            "#!/bin/sh\n"
                            "case \"$*\" in\n"
                            "version*) echo 26.1.5 ;;\n"
                            "'compose version --short') echo 2.26.1 ;;\n"
                            "*' logs '*)\n"
                            "  printf 'web-1  | 2026-11-27T12:00:13.000000001Z caf\\303'; sleep 0.3\n"
                            "  printf '\\251 \\033[3'; sleep 0.3\n"
                            "  printf '1mred\\033[0m\\nweb-1  | 2026-11-27T12:00:13.000000002Z two\\n' ;;\n"
                            "*) echo \"unexpected: $*\" >&2; exit 1 ;;\n"
                            "esac\n"));
    DockerEnvironment env;
    QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    process.insert(u"PATH"_s, dir.path() + u":/usr/bin:/bin"_s);
    env.setProcessEnvironment(process);
    env.setInstallFolders({});
    env.probe();
    QTRY_VERIFY(!env.isProbing());
    QVERIFY2(env.isReady(), qPrintable(env.problemTitle() + u' ' + env.problemDetail()));

    LogFollower follower(&env, ComposeProject{dir.filePath(u"compose.yaml"_s), dir.path(), u"pieces"_s});
    QList<LogLine> lines;
    connect(&follower, &LogFollower::linesReceived, this, [&lines](const QList<LogLine> &batch) { lines += batch; });
    QSignalSpy ended(&follower, &LogFollower::streamEnded);
    follower.start();
    QVERIFY(ended.wait(10000));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).service, u"web"_s);
    // The escape sequence was split too; it is whole again for the ANSI parser.
    QCOMPARE(lines.at(0).text, u"café \x1b[31mred\x1b[0m"_s);
    QCOMPARE(lines.at(1).text, u"two"_s);
    QCOMPARE(follower.lastTimestampNs(), lines.at(1).timestampNs);
}

QTEST_GUILESS_MAIN(TestStreamDecoding)
#include "tst_streamdecoding.moc"
