// `berth generate` into a project folder that is read-only, or on a disk that is full or fills
// up half-way. Each case must end with one clear error line that says what to do (or succeed,
// when nothing needs writing or the space suffices), and the folder must be exactly as it was
// before (no file half-written, no temporary file, no half-made backup) whenever it fails.
//
// The folders are small tmpfs mounts made by the test, so it needs root (packaging/dev exec
// runs it as root in a private mount namespace); without root it skips. Root ignores mode bits,
// so "read-only" is a read-only remount, not chmod.
#include "faulthelpers.h"

#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace BerthTest;

namespace {

QByteArray otherSpec()
{
    return "compose: {project_name: otherproject}\n"
           "container: {path: /srv/site, python_image: \"python:3.12\"}\n"
           "app_server: {processes: 4}\n"
           "database: {user: other_role, name: other_db}\n";
}

// A tmpfs mounted on a fresh folder for one test function, gone (detached) at its end.
class Tmpfs
{
public:
    explicit Tmpfs(const QString &size)
    {
        if (!m_dir.isValid()) {
            m_error = u"cannot make a temporary folder"_s;
            return;
        }
        const QByteArray options = "size=" + size.toLatin1() + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
        else
            m_mounted = true;
    }
    ~Tmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    bool ok() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

qint64 freeBytes(const QString &path)
{
    QStorageInfo info(path);
    info.refresh();
    return info.bytesAvailable();
}

// Leaves about `left` bytes free on the file system of dir, with one filler file.
bool fillUpTo(const QString &dir, qint64 left)
{
    QFile filler(dir + u"/filler"_s);
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'f');
    while (freeBytes(dir) > left) {
        if (filler.write(block) != block.size() || !filler.flush())
            return false;
    }
    return true;
}

} // namespace

class TestUnwritableFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void fullDisk_data();
    void fullDisk();

private:
    QTemporaryDir m_work;
    QString m_specOld;
    QString m_specNew;
};

void TestUnwritableFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (::geteuid() != 0)
        QSKIP("needs root to mount small tmpfs folders; run it with packaging/dev exec, which runs tests as root in a private mount namespace");
    Tmpfs probe(u"64k"_s);
    if (!probe.ok())
        QSKIP(qPrintable(u"cannot mount a tmpfs (%1); needs root in a private mount namespace (packaging/dev exec)"_s.arg(probe.error())));
    QVERIFY2(QFile::exists(berthBinary()), qPrintable(berthBinary()));
    m_specOld = m_work.filePath(u"old.yaml"_s);
    m_specNew = m_work.filePath(u"new.yaml"_s);
    QVERIFY(writeFile(m_specOld, ""));
    QVERIFY(writeFile(m_specNew, otherSpec()));
}

void TestUnwritableFolder::readOnlyFolder_data()
{
    QTest::addColumn<bool>("earlierSetup"); // the folder has a setup Berth wrote with the old spec
    QTest::addColumn<bool>("sameSpec");     // and this run asks for exactly that setup again
    QTest::addColumn<bool>("intoSubfolder"); // --out names a folder that does not exist yet
    QTest::newRow("empty folder") << false << false << false;
    QTest::newRow("new subfolder") << false << false << true;
    QTest::newRow("earlier setup, new spec") << true << false << false;
    QTest::newRow("earlier setup, same spec: nothing to write") << true << true << false;
}

void TestUnwritableFolder::readOnlyFolder()
{
    QFETCH(bool, earlierSetup);
    QFETCH(bool, sameSpec);
    QFETCH(bool, intoSubfolder);
    Tmpfs fs(u"1m"_s);
    QVERIFY2(fs.ok(), qPrintable(fs.error()));
    if (earlierSetup) {
        const BerthRun first = runBerth({u"generate"_s, u"--spec"_s, m_specOld, u"--out"_s, fs.path()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    }
    QVERIFY(fs.remountReadOnly());
    const Tree before = snapshot(fs.path());
    const QString out = intoSubfolder ? fs.path() + u"/project"_s : fs.path();

    const BerthRun r = runBerth({u"generate"_s, u"--spec"_s, sameSpec ? m_specOld : m_specNew, u"--out"_s, out});
    QVERIFY(r.finished && !r.crashed);
    QCOMPARE(snapshot(fs.path()), before);
    if (sameSpec) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"everything is up to date\n"_s);
        return;
    }
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = errorLines(r.err);
    QVERIFY2(lines.size() == 1, qPrintable(r.err));
    QVERIFY2(lines.first().startsWith("berth: "_L1), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains("read-only file system"_L1), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains("make it writable or choose another folder"_L1), qPrintable(lines.first()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

// Free space from none to enough, in steps that stop the run in each of its phases: the
// backups, the new contents, the manifest.
void TestUnwritableFolder::fullDisk_data()
{
    QTest::addColumn<bool>("earlierSetup");
    QTest::addColumn<qint64>("freeKiB");
    for (const qint64 kib : {0, 4, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 128}) {
        QTest::addRow("empty folder, %lld KiB free", kib) << false << kib;
        QTest::addRow("earlier setup, %lld KiB free", kib) << true << kib;
    }
}

void TestUnwritableFolder::fullDisk()
{
    QFETCH(bool, earlierSetup);
    QFETCH(qint64, freeKiB);
    Tmpfs fs(u"2m"_s);
    QVERIFY2(fs.ok(), qPrintable(fs.error()));
    if (earlierSetup) {
        const BerthRun first = runBerth({u"generate"_s, u"--spec"_s, m_specOld, u"--out"_s, fs.path()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    }
    QVERIFY(fillUpTo(fs.path(), freeKiB * 1024));
    const Tree before = snapshot(fs.path());

    const BerthRun r = runBerth({u"generate"_s, u"--spec"_s, m_specNew, u"--out"_s, fs.path()});
    QVERIFY(r.finished && !r.crashed);
    if (r.exitCode == 0) {
        // It fitted: a second run has nothing to do and nothing else appeared.
        const BerthRun again = runBerth({u"generate"_s, u"--spec"_s, m_specNew, u"--out"_s, fs.path()});
        QVERIFY2(again.out == u"everything is up to date\n"_s,
                 qPrintable(u"first run: %1 / %2; second run (exit %3): %4 / %5"_s.arg(r.out, r.err).arg(again.exitCode).arg(again.out, again.err)));
        const Tree after = snapshot(fs.path());
        // No half-made backup folder is left. (Merge bases that could not be published on the
        // full disk stay staged under .berth/base/.incomplete-*, where the next merge still
        // finds them by hash and a run with free space publishes them: filesetbase.h.)
        for (auto it = after.begin(); it != after.end(); ++it)
            QVERIFY2(!it.key().contains(".incomplete-"_L1) || it.key().startsWith(".berth/base/.incomplete-"_L1),
                     qPrintable(it.key()));
        qInfo("%lld KiB free was enough", freeKiB);
        return;
    }
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = errorLines(r.err);
    QVERIFY2(lines.size() == 1, qPrintable(r.err));
    QVERIFY2(lines.first().contains("No space left on device"_L1), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains("free some space and run it again"_L1), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains("nothing was replaced"_L1), qPrintable(lines.first()));
    const Tree after = snapshot(fs.path());
    QCOMPARE(after.keys(), before.keys());
    QVERIFY(after == before);
    qInfo("%s", qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(TestUnwritableFolder)
#include "tst_unwritablefolder.moc"
