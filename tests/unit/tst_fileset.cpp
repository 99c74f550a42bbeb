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
    void manifestHoldsNoHashOfASecret();
    void mergedFileReplacesWhatItMerged();
    void onlyWritesTheSubset();
    void refusesPathsLeavingTheFolder();
    void failureBeforeReplacingLeavesEverything();
    void interruptedWriteKnowsOldAndNew();
    void interruptedBackupFolderIsRemoved();
    void interruptedCommitLeftoversAreRemoved();
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
    QVERIFY(set.plan(dir.path()).first().notBerths);
    const WriteResult r = set.write(dir.path());
    QVERIFY(!r.ok);
    QCOMPARE(r.notBerths, QStringList{u"Dockerfile"_s});
    QVERIFY2(r.error.contains("exist and are not Berth's: Dockerfile"_L1), qPrintable(r.error));
    QVERIFY(!r.error.contains("changed since"_L1));
}

void TestFileSet::manifestHoldsNoHashOfASecret()
{
    QTemporaryDir dir;
    const QByteArray secret = "# comment\nPOSTGRES_USER=role\nPOSTGRES_PASSWORD=Very-Secret-1\nDJANGO_SECRET_KEY=k3y\n";
    FileSet set;
    set.add(file(u"data/env"_s, secret, true));
    QVERIFY(set.write(dir.path()).ok);
    const QByteArray manifest = readFile(dir.filePath(FileSet::manifestPath()));
    QVERIFY(!manifest.contains(Manifest::hash(secret)));
    QVERIFY(manifest.contains(Manifest::hash("# comment\nPOSTGRES_USER=role\nPOSTGRES_PASSWORD=<redacted>\n"
                                             "DJANGO_SECRET_KEY=<redacted>\n")));
    QCOMPARE(statusOf(set.plan(dir.path()), u"data/env"_s), WriteStatus::Unchanged);
    // An edit of a line that is not secret is still recognised as the user's.
    QVERIFY(writeFile(dir.filePath(u"data/env"_s), QByteArray(secret).replace("role", "other")));
    QCOMPARE(statusOf(set.plan(dir.path()), u"data/env"_s), WriteStatus::Conflict);
    // Berth's own earlier file, recorded by an older build with the hash of the whole file, is Berth's.
    QTemporaryDir old;
    QVERIFY(writeFile(old.filePath(u"data/env"_s), "POSTGRES_PASSWORD=before\n"));
    QVERIFY(writeFile(old.filePath(FileSet::manifestPath()),
                      "{\"version\": 1, \"files\": {\"data/env\": {\"sha256\": \"" + Manifest::hash("POSTGRES_PASSWORD=before\n")
                          + "\"}}}"));
    QCOMPARE(statusOf(set.plan(old.path()), u"data/env"_s), WriteStatus::Changed);
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

void TestFileSet::failureBeforeReplacingLeavesEverything()
{
    QTemporaryDir dir;
    FileSet first;
    first.add(file(u"x"_s, "one\n"));
    QVERIFY(first.write(dir.path()).ok);
    const QByteArray manifest = readFile(dir.filePath(FileSet::manifestPath()));
    QVERIFY(writeFile(dir.filePath(u"b"_s), "the user's file\n"));

    FileSet second;
    second.add(file(u"x"_s, "two\n"));
    second.add(file(u"b/c"_s, "c\n")); // its folder cannot be made: "b" is a file
    const WriteResult r = second.write(dir.path());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("b/c"_L1) && r.error.contains("nothing was replaced"_L1), qPrintable(r.error));
    QVERIFY(r.written.isEmpty());
    QCOMPARE(readFile(dir.filePath(u"x"_s)), "one\n");
    QCOMPARE(readFile(dir.filePath(FileSet::manifestPath())), manifest);
    QVERIFY(r.backups.isEmpty()); // the backup of x went with the run that replaced nothing
    QCOMPARE(QDir(dir.filePath(FileSet::backupFolder())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
}

// A run killed between saving the manifest with the new hashes pending and saving the final one:
// both contents are Berth's, so neither is a conflict, and the next write ends the pending state.
void TestFileSet::interruptedWriteKnowsOldAndNew()
{
    QTemporaryDir dir;
    FileSet first;
    first.add(file(u"x"_s, "one\n"));
    QVERIFY(first.write(dir.path()).ok);
    Manifest interrupted = Manifest::load(dir.path());
    interrupted.recordPending(u"x"_s, "two\n");
    QString error;
    QVERIFY2(interrupted.save(dir.path(), &error), qPrintable(error));
    QVERIFY(readFile(dir.filePath(FileSet::manifestPath())).contains("pending_sha256"));

    FileSet back;
    back.add(file(u"x"_s, "zero\n"));
    QCOMPARE(statusOf(back.plan(dir.path()), u"x"_s), WriteStatus::Changed); // "one" on disk
    QVERIFY(writeFile(dir.filePath(u"x"_s), "two\n")); // as if the rename had happened
    QCOMPARE(statusOf(back.plan(dir.path()), u"x"_s), WriteStatus::Changed);
    QVERIFY(writeFile(dir.filePath(u"x"_s), "mine\n"));
    QCOMPARE(statusOf(back.plan(dir.path()), u"x"_s), WriteStatus::Conflict);
    QVERIFY(writeFile(dir.filePath(u"x"_s), "two\n"));

    QVERIFY(back.write(dir.path()).ok);
    QVERIFY(!readFile(dir.filePath(FileSet::manifestPath())).contains("pending_sha256"));
    QVERIFY(!Manifest::load(dir.path()).matches(u"x"_s, "two\n"));
}

// Backups are made in a hidden folder renamed when complete; one left by a killed run is removed.
void TestFileSet::interruptedBackupFolderIsRemoved()
{
    QTemporaryDir dir;
    FileSet first;
    first.add(file(u"x"_s, "one\n"));
    QVERIFY(first.write(dir.path()).ok);
    const QString leftover = dir.filePath(FileSet::backupFolder() + "/.incomplete-20250101-000000-000/x"_L1);
    QVERIFY(writeFile(leftover, "one\n"));
    FileSet second;
    second.add(file(u"x"_s, "two\n"));
    const WriteResult r = second.write(dir.path());
    QVERIFY(r.ok);
    QCOMPARE(r.backups.size(), 1);
    QVERIFY2(!r.backups.first().contains("incomplete"_L1), qPrintable(r.backups.first()));
    QCOMPARE(readFile(dir.filePath(r.backups.first())), "one\n");
    QVERIFY(!QFileInfo::exists(QFileInfo(leftover).absolutePath()));
    QCOMPARE(QDir(dir.filePath(FileSet::backupFolder())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

// A kill inside QSaveFile::commit() leaves NAME.XXXXXX with the content the manifest holds as
// pending: the next run removes it, the manifest's own leftover too, and keeps a user's
// NAME.backup even when it is a copy of what Berth wrote.
void TestFileSet::interruptedCommitLeftoversAreRemoved()
{
    QTemporaryDir dir;
    FileSet first;
    first.add(file(u"conf/x"_s, "one\n"));
    QVERIFY(first.write(dir.path()).ok);
    Manifest interrupted = Manifest::load(dir.path());
    interrupted.recordPending(u"conf/x"_s, "two\n");
    QString error;
    QVERIFY2(interrupted.save(dir.path(), &error), qPrintable(error));
    QVERIFY(writeFile(dir.filePath(u"conf/x.Ab12Cd"_s), "two\n"));   // the pending content
    QVERIFY(writeFile(dir.filePath(u"conf/x.backup"_s), "one\n"));   // a user's copy of Berth's content
    QVERIFY(writeFile(dir.filePath(u"conf/x.golden"_s), "mine\n"));  // a user's file
    QVERIFY(writeFile(dir.filePath(u"conf/x.Ab12Cd3"_s), "two\n"));  // not the commit shape
    QVERIFY(writeFile(dir.filePath(FileSet::manifestPath() + ".Ij56Kl"_L1), "{\"files\""));

    FileSet second;
    second.add(file(u"conf/x"_s, "three\n"));
    QVERIFY(second.write(dir.path()).ok);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"conf/x.Ab12Cd"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(FileSet::manifestPath() + ".Ij56Kl"_L1)));
    QCOMPARE(readFile(dir.filePath(u"conf/x.golden"_s)), "mine\n");
    QCOMPARE(readFile(dir.filePath(u"conf/x.backup"_s)), "one\n");
    QCOMPARE(readFile(dir.filePath(u"conf/x.Ab12Cd3"_s)), "two\n");
    QCOMPARE(readFile(dir.filePath(u"conf/x"_s)), "three\n");
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
