#include "../common/filehelpers.h"
#include "generate/fileset.h"
#include "generate/generator.h"
#include "generate/manifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;
using namespace Berth;

namespace {



GeneratedFile file(const QString &path, const QByteArray &content, bool secret = false)
{
    GeneratedFile f;
    f.path = path;
    f.content = content;
    f.secret = secret;
    return f;
}

WriteStatus statusOf(const QList<PlannedFile> &plan, const QString &path)
{
    for (const PlannedFile &p : plan) {
        if (p.path == path)
            return p.status;
    }
    return WriteStatus::Unchanged;
}

} // namespace

class TestFileSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNewFilesWithLfAndManifest();
    void secretIsOwnerOnly();
    void unchangedAndChangedAreNotConflicts();
    void userEditIsAConflictUntilForced();
    void foreignFileIsAConflict();
    void mergedFileReplacesWhatItMerged();
    void onlyWritesTheSubset();
    void refusesPathsLeavingTheFolder();
    void failureKeepsWhatWasWrittenInTheManifest();
    void regenerateKeepsPasswordAndIsIdempotent();
};

void TestFileSet::writesNewFilesWithLfAndManifest()
{
    QTemporaryDir dir;
    FileSet set;
    set.add(file(u"a/b.txt"_s, "one\r\ntwo\r\n"));
    QCOMPARE(set.plan(dir.path()).first().status, WriteStatus::New);
    const WriteResult r = set.write(dir.path());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.written, QStringList{u"a/b.txt"_s});
    QVERIFY(r.backups.isEmpty());
    QCOMPARE(readFile(dir.filePath(u"a/b.txt"_s)), QByteArray("one\ntwo\n"));
    QVERIFY(readFile(dir.filePath(FileSet::manifestPath())).contains(Manifest::hash("one\ntwo\n")));
    QCOMPARE(set.plan(dir.path()).first().status, WriteStatus::Unchanged);
}

void TestFileSet::secretIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"s.env"_s), "OLD=1\n"));
    QFile::setPermissions(dir.filePath(u"s.env"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    FileSet set;
    set.add(file(u"s.env"_s, "A=1\n", true));
    set.add(file(u"new.env"_s, "B=1\n", true));
    const WriteResult r = set.write(dir.path(), {.force = true, .only = {}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const char *name : {"s.env", "new.env"}) {
        const QFileDevice::Permissions p = QFile::permissions(dir.filePath(QLatin1StringView(name)));
        QCOMPARE(p & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    }
    QCOMPARE(r.backups.size(), 1);
    const QFileDevice::Permissions backup = QFile::permissions(dir.filePath(r.backups.first()));
    QVERIFY(!(backup & QFileDevice::ReadOther));
}

void TestFileSet::unchangedAndChangedAreNotConflicts()
{
    QTemporaryDir dir;
    FileSet v1;
    v1.add(file(u"f"_s, "v1\n"));
    QVERIFY(v1.write(dir.path()).ok);
    FileSet v2;
    v2.add(file(u"f"_s, "v2\n"));
    QCOMPARE(statusOf(v2.plan(dir.path()), u"f"_s), WriteStatus::Changed);
    const WriteResult r = v2.write(dir.path());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(dir.filePath(u"f"_s)), QByteArray("v2\n"));
    QCOMPARE(r.backups.size(), 1); // even Berth's own previous version is kept
    QCOMPARE(readFile(dir.filePath(r.backups.first())), QByteArray("v1\n"));
}

void TestFileSet::userEditIsAConflictUntilForced()
{
    QTemporaryDir dir;
    FileSet v1;
    v1.add(file(u"f"_s, "v1\n"));
    v1.add(file(u"g"_s, "g1\n"));
    QVERIFY(v1.write(dir.path()).ok);
    QVERIFY(writeFile(dir.filePath(u"f"_s), "v1 edited by hand\n"));
    FileSet v2;
    v2.add(file(u"f"_s, "v2\n"));
    v2.add(file(u"g"_s, "g2\n"));
    QCOMPARE(statusOf(v2.plan(dir.path()), u"f"_s), WriteStatus::Conflict);
    const WriteResult refused = v2.write(dir.path());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.conflicts, QStringList{u"f"_s});
    QVERIFY(refused.written.isEmpty());
    QCOMPARE(readFile(dir.filePath(u"f"_s)), QByteArray("v1 edited by hand\n"));
    QCOMPARE(readFile(dir.filePath(u"g"_s)), QByteArray("g1\n")); // all or nothing
    const WriteResult forced = v2.write(dir.path(), {.force = true, .only = {}});
    QVERIFY2(forced.ok, qPrintable(forced.error));
    QCOMPARE(readFile(dir.filePath(u"f"_s)), QByteArray("v2\n"));
    QCOMPARE(forced.conflicts, QStringList{u"f"_s});
    bool backedUp = false;
    for (const QString &b : forced.backups)
        backedUp = backedUp || readFile(dir.filePath(b)) == "v1 edited by hand\n";
    QVERIFY(backedUp);
}

void TestFileSet::foreignFileIsAConflict()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), "FROM mine\n"));
    FileSet set;
    set.add(file(u"Dockerfile"_s, "FROM berth\n"));
    QCOMPARE(statusOf(set.plan(dir.path()), u"Dockerfile"_s), WriteStatus::Conflict);
    QVERIFY(!set.write(dir.path()).ok);
}

void TestFileSet::mergedFileReplacesWhatItMerged()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "Django==4.2.1\n"));
    const FileSet set = generate(ProjectSpec{}, dir.path());
    QCOMPARE(statusOf(set.plan(dir.path()), u"app/requirements.txt"_s), WriteStatus::Changed);
    // Edited again after generate() read it: now the merge is stale, a conflict.
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "Django==4.2.2\n"));
    QCOMPARE(statusOf(set.plan(dir.path()), u"app/requirements.txt"_s), WriteStatus::Conflict);
}

void TestFileSet::onlyWritesTheSubset()
{
    QTemporaryDir dir;
    FileSet set;
    set.add(file(u"a"_s, "a\n"));
    set.add(file(u"b"_s, "b\n"));
    const WriteResult r = set.write(dir.path(), {.force = false, .only = {u"b"_s}});
    QVERIFY(r.ok);
    QCOMPARE(r.written, QStringList{u"b"_s});
    QVERIFY(!QFile::exists(dir.filePath(u"a"_s)));
    QVERIFY(!set.write(dir.path(), {.force = false, .only = {u"nope"_s}}).ok);
}

void TestFileSet::refusesPathsLeavingTheFolder()
{
    QTemporaryDir dir;
    for (const QString &bad : {u"../x"_s, u"/etc/x"_s, u"a/../../x"_s, u"a//b"_s, u"C:/x"_s}) {
        FileSet set;
        set.add(file(bad, "x\n"));
        const WriteResult r = set.write(dir.path() + "/sub"_L1);
        QVERIFY2(!r.ok && r.error.contains("refusing"_L1), qPrintable(bad));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"x"_s)));
}

void TestFileSet::failureKeepsWhatWasWrittenInTheManifest()
{
    QTemporaryDir dir;
    FileSet set;
    set.add(file(u"a"_s, "a\n"));
    set.add(file(u"a/b"_s, "b\n")); // its folder cannot exist: "a" is a file by then
    const WriteResult r = set.write(dir.path());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("a/b"_L1), qPrintable(r.error));
    QCOMPARE(r.written, QStringList{u"a"_s});
    FileSet again;
    again.add(file(u"a"_s, "a2\n"));
    QCOMPARE(statusOf(again.plan(dir.path()), u"a"_s), WriteStatus::Changed); // not a conflict
}

void TestFileSet::regenerateKeepsPasswordAndIsIdempotent()
{
    QTemporaryDir dir;
    const FileSet first = generate(ProjectSpec{}, dir.path());
    QVERIFY(first.write(dir.path()).ok);
    const QByteArray secrets = readFile(dir.filePath(u"data/postgres/database_env"_s));
    const FileSet second = generate(ProjectSpec{}, dir.path());
    for (const PlannedFile &p : second.plan(dir.path()))
        QVERIFY2(p.status == WriteStatus::Unchanged, qPrintable(p.path));
    const WriteResult r = second.write(dir.path());
    QVERIFY(r.ok);
    QVERIFY(r.written.isEmpty());
    QCOMPARE(readFile(dir.filePath(u"data/postgres/database_env"_s)), secrets);
}

QTEST_GUILESS_MAIN(TestFileSet)
#include "tst_fileset.moc"
