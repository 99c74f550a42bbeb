#include "docker/composeproject.h"
#include "project/projectspec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::ComposeProject;

class TestComposeProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overrideFilesAreNamed();
    void berthYamlDecidesFilesAndName();
    void composePicksUpTheOverrideWithoutBerthYaml();

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
};

void TestComposeProject::overrideFilesAreNamed()
{
    ComposeProject p{u"/p/docker-compose.yml"_s, u"/p"_s, u"shop"_s, {u"/p/docker-compose.override.yml"_s}};
    QCOMPARE(p.arguments({u"up"_s, u"-d"_s}),
             (QStringList{u"-f"_s, u"/p/docker-compose.yml"_s, u"-f"_s, u"/p/docker-compose.override.yml"_s,
                          u"--project-directory"_s, u"/p"_s, u"-p"_s, u"shop"_s, u"up"_s, u"-d"_s}));
    QCOMPARE(p.withoutOverrides().arguments({}),
             (QStringList{u"-f"_s, u"/p/docker-compose.yml"_s, u"--project-directory"_s, u"/p"_s, u"-p"_s, u"shop"_s}));
}

void TestComposeProject::berthYamlDecidesFilesAndName()
{
    QTemporaryDir dir;
    Berth::ProjectSpec spec = Berth::ProjectSpec::defaults();
    spec.compose.projectName = u"webshop"_s;
    spec.compose.file = u"stack.yml"_s;
    spec.compose.overrideFile = u"stack.dev.yml"_s;
    write(dir.filePath(u"berth.yaml"_s), spec.toYaml());
    write(dir.filePath(u"stack.yml"_s), "name: other\nservices: {}\n");
    write(dir.filePath(u"stack.dev.yml"_s), "services: {}\n");
    write(dir.filePath(u"docker-compose.yml"_s), "services: {}\n"); // not the setup's file
    const ComposeProject p = ComposeProject::discover(dir.path());
    QVERIFY(p.isValid());
    QCOMPARE(p.composeFile, dir.filePath(u"stack.yml"_s));
    QCOMPARE(p.overrideFiles, QStringList{dir.filePath(u"stack.dev.yml"_s)});
    QCOMPARE(p.name, u"webshop"_s);

    // Without its override on disk, only the main file.
    QVERIFY(QFile::remove(dir.filePath(u"stack.dev.yml"_s)));
    QVERIFY(ComposeProject::discover(dir.path()).overrideFiles.isEmpty());
}

void TestComposeProject::composePicksUpTheOverrideWithoutBerthYaml()
{
    QTemporaryDir dir;
    write(dir.filePath(u"docker-compose.yml"_s), "services: {}\n");
    QVERIFY(ComposeProject::discover(dir.path()).overrideFiles.isEmpty());
    write(dir.filePath(u"docker-compose.override.yml"_s), "services: {}\n");
    QCOMPARE(ComposeProject::discover(dir.path()).overrideFiles,
             QStringList{dir.filePath(u"docker-compose.override.yml"_s)});
    // A broken berth.yaml falls back to what Compose would do.
    write(dir.filePath(u"berth.yaml"_s), "compose: [\n");
    QCOMPARE(ComposeProject::discover(dir.path()).composeFile, dir.filePath(u"docker-compose.yml"_s));
}

QTEST_GUILESS_MAIN(TestComposeProject)
#include "tst_composeproject.moc"
