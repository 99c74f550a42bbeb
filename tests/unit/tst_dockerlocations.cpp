// Where Berth looks for the docker CLI on each platform, on a fake file tree per platform (run
// on Linux for all three): Docker Desktop, Colima and Podman from Homebrew, OrbStack, Rancher
// Desktop, Podman's own installer.
#include "docker/dockerenvironment.h"
#include "platform/dockerlocations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::Platform::Os;

namespace {

// A file tree under a temporary folder: "C:/Program Files/x" lives at ROOT/C:/Program Files/x.
class FakeTree
{
public:
    QString real(const QString &path) const { return m_dir.path() + u'/' + path; }
    void add(const QString &path) const
    {
        QVERIFY(QDir().mkpath(QFileInfo(real(path)).absolutePath()));
        QFile f(real(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    std::function<bool(const QString &)> isExecutable() const
    {
        return [this](const QString &path) { return QFileInfo(real(path)).isFile(); };
    }

private:
    QTemporaryDir m_dir;
};

QProcessEnvironment windowsEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"ProgramFiles"_s, u"D:\\Apps"_s);
    env.insert(u"ProgramData"_s, u"C:\\ProgramData"_s);
    env.insert(u"LOCALAPPDATA"_s, u"C:\\Users\\Zoë\\AppData\\Local"_s);
    return env;
}

} // namespace

class TestDockerLocations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLocationIsAbsoluteAndOnce_data();
    void everyLocationIsAbsoluteAndOnce();
    void finds_data();
    void finds();
    void windowsDefaultsWithoutTheEnvironment();
    void findCliAfterPath();
};

void TestDockerLocations::everyLocationIsAbsoluteAndOnce_data()
{
    QTest::addColumn<int>("os");
    QTest::newRow("linux") << int(Os::Linux);
    QTest::newRow("macos") << int(Os::MacOS);
    QTest::newRow("windows") << int(Os::Windows);
}

void TestDockerLocations::everyLocationIsAbsoluteAndOnce()
{
    QFETCH(int, os);
    const QList<Berth::Platform::DockerLocation> locations =
        Berth::Platform::dockerLocations(Os(os), u"/home/zoë"_s, windowsEnvironment());
    QVERIFY(locations.size() >= 5);
    QStringList seen;
    static const QRegularExpression absolute(u"^(/|[A-Z]:/)"_s);
    for (const Berth::Platform::DockerLocation &l : locations) {
        QVERIFY2(absolute.match(l.folder).hasMatch(), qPrintable(l.folder));
        QVERIFY2(!l.folder.contains(u'\\') && !l.folder.endsWith(u'/'), qPrintable(l.folder));
        QVERIFY2(!seen.contains(l.folder), qPrintable(l.folder));
        QVERIFY(!l.installedBy.isEmpty());
        seen << l.folder;
    }
}

void TestDockerLocations::finds_data()
{
    QTest::addColumn<int>("os");
    QTest::addColumn<QStringList>("files"); // the fake tree
    QTest::addColumn<QString>("expected");
    const QString home = u"/home/zoë"_s;
    QTest::newRow("linux: nothing") << int(Os::Linux) << QStringList() << QString();
    QTest::newRow("linux: the package") << int(Os::Linux) << QStringList{u"/usr/bin/docker"_s, u"/snap/bin/docker"_s}
                                        << u"/usr/bin/docker"_s;
    QTest::newRow("linux: Rancher Desktop") << int(Os::Linux) << QStringList{home + u"/.rd/bin/docker"_s}
                                            << home + u"/.rd/bin/docker"_s;
    QTest::newRow("linux: podman only") << int(Os::Linux) << QStringList{u"/usr/bin/podman"_s} << u"/usr/bin/podman"_s;
    QTest::newRow("linux: a docker folder is not a CLI") << int(Os::Linux)
                                                         << QStringList{u"/usr/local/bin/docker/x"_s, u"/usr/bin/podman"_s}
                                                         << u"/usr/bin/podman"_s;
    QTest::newRow("macos: Colima from Homebrew") << int(Os::MacOS) << QStringList{u"/opt/homebrew/bin/docker"_s}
                                                 << u"/opt/homebrew/bin/docker"_s;
    QTest::newRow("macos: OrbStack") << int(Os::MacOS) << QStringList{home + u"/.orbstack/bin/docker"_s}
                                     << home + u"/.orbstack/bin/docker"_s;
    QTest::newRow("macos: Docker Desktop's bundle") << int(Os::MacOS)
                                                    << QStringList{u"/Applications/Docker.app/Contents/Resources/bin/docker"_s}
                                                    << u"/Applications/Docker.app/Contents/Resources/bin/docker"_s;
    QTest::newRow("macos: Homebrew before OrbStack") << int(Os::MacOS)
                                                     << QStringList{home + u"/.orbstack/bin/docker"_s, u"/opt/homebrew/bin/docker"_s}
                                                     << u"/opt/homebrew/bin/docker"_s;
    QTest::newRow("macos: docker anywhere before podman") << int(Os::MacOS)
                                                          << QStringList{u"/opt/homebrew/bin/podman"_s, home + u"/.rd/bin/docker"_s}
                                                          << home + u"/.rd/bin/docker"_s;
    QTest::newRow("macos: Podman's installer") << int(Os::MacOS) << QStringList{u"/opt/podman/bin/podman"_s}
                                               << u"/opt/podman/bin/podman"_s;
    QTest::newRow("windows: Docker Desktop in ProgramFiles")
        << int(Os::Windows) << QStringList{u"D:/Apps/Docker/Docker/resources/bin/docker.exe"_s}
        << u"D:/Apps/Docker/Docker/resources/bin/docker.exe"_s;
    QTest::newRow("windows: without .exe it is not a program")
        << int(Os::Windows) << QStringList{u"D:/Apps/Docker/Docker/resources/bin/docker"_s} << QString();
    QTest::newRow("windows: Rancher Desktop per user")
        << int(Os::Windows) << QStringList{u"C:/Users/Zoë/AppData/Local/Programs/Rancher Desktop/resources/resources/win32/bin/docker.exe"_s}
        << u"C:/Users/Zoë/AppData/Local/Programs/Rancher Desktop/resources/resources/win32/bin/docker.exe"_s;
    QTest::newRow("windows: Podman") << int(Os::Windows) << QStringList{u"D:/Apps/RedHat/Podman/podman.exe"_s}
                                     << u"D:/Apps/RedHat/Podman/podman.exe"_s;
}

void TestDockerLocations::finds()
{
    QFETCH(int, os);
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    FakeTree tree;
    for (const QString &f : files)
        tree.add(f);
    const auto locations = Berth::Platform::dockerLocations(Os(os), u"/home/zoë"_s, windowsEnvironment());
    QCOMPARE(Berth::Platform::firstDockerCli(Berth::Platform::folders(locations), Os(os), tree.isExecutable()), expected);
}

void TestDockerLocations::windowsDefaultsWithoutTheEnvironment()
{
    const auto locations = Berth::Platform::dockerLocations(Os::Windows, u"C:\\Users\\ann"_s, QProcessEnvironment());
    QCOMPARE(locations.first().folder, u"C:/Program Files/Docker/Docker/resources/bin"_s);
    bool perUser = false;
    for (const auto &l : locations)
        perUser = perUser || l.folder.startsWith(u"C:/Users/ann/AppData/Local/"_s);
    QVERIFY(perUser);
}

// DockerEnvironment::findCli: PATH first, then the install folders, on real files here.
void TestDockerLocations::findCliAfterPath()
{
    QTemporaryDir dir;
    const auto program = [&dir](const QString &path) {
        const QString file = dir.filePath(path);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file;
    };
    const QString installed = program(u"Applications/Docker.app/Contents/Resources/bin/docker"_s);
    const QString notExecutable = dir.filePath(u"brew/docker"_s);
    QDir().mkpath(dir.filePath(u"brew"_s));
    QFile(notExecutable).open(QIODevice::WriteOnly);
    QProcessEnvironment gui; // a Dock-started app: no shell PATH
    gui.insert(u"PATH"_s, u"/nonexistent"_s);
    const QStringList folders{dir.filePath(u"brew"_s), QFileInfo(installed).absolutePath()};
    QCOMPARE(Berth::DockerEnvironment::findCli(QString(), gui, folders), installed);
    // On PATH: that one first.
    const QString onPath = program(u"path/docker"_s);
    gui.insert(u"PATH"_s, dir.filePath(u"path"_s));
    QCOMPARE(Berth::DockerEnvironment::findCli(QString(), gui, folders), onPath);
    // Only podman in a folder, docker nowhere: podman.
    const QString podman = program(u"podman-only/podman"_s);
    gui.insert(u"PATH"_s, u"/nonexistent"_s);
    QCOMPARE(Berth::DockerEnvironment::findCli(QString(), gui, {dir.filePath(u"podman-only"_s)}), podman);
}

QTEST_GUILESS_MAIN(TestDockerLocations)
#include "tst_dockerlocations.moc"
