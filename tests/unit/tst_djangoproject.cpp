#include "../common/filehelpers.h"
#include "django/djangoproject.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;

namespace {


// The files `django-admin startproject NAME [DIR]` makes that detection reads.
void startproject(const QString &dir, const QString &name)
{
    QVERIFY(writeFile(dir + "/manage.py"_L1,
                      "import os\nimport sys\n\n\ndef main():\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', '"
                          + name.toUtf8() + ".settings')\n"));
    QVERIFY(writeFile(dir + u'/' + name + "/__init__.py"_L1, ""));
    QVERIFY(writeFile(dir + u'/' + name + "/settings.py"_L1, "WSGI_APPLICATION = '" + name.toUtf8() + ".wsgi.application'\n"));
    QVERIFY(writeFile(dir + u'/' + name + "/wsgi.py"_L1, ""));
}

} // namespace

class TestDjangoProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articleLayout();
    void manageInRoot();
    void settingsPackageAndNoWsgiSetting();
    void nothingFound();
    void virtualenvIsSkipped();
    void otherPytestConfigs();
};

void TestDjangoProject::articleLayout()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s), u"app"_s);
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "Django\n"));
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QVERIFY(info.found);
    QCOMPARE(info.managePy, u"app/manage.py"_s);
    QCOMPARE(info.projectDir, u"app"_s);
    QCOMPARE(info.settingsModule, u"app.settings"_s);
    QCOMPARE(info.wsgiModule, u"app.wsgi"_s);
    QCOMPARE(info.requirementsFile, u"app/requirements.txt"_s);
    QVERIFY2(info.problems.isEmpty(), qPrintable(info.problems.join(u"; "_s)));
}

void TestDjangoProject::manageInRoot()
{
    QTemporaryDir dir;
    startproject(dir.path(), u"mysite"_s);
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.projectDir, u"."_s);
    QCOMPARE(info.settingsModule, u"mysite.settings"_s);
    QCOMPARE(info.wsgiModule, u"mysite.wsgi"_s);
    QVERIFY(info.requirementsFile.isEmpty());
}

void TestDjangoProject::settingsPackageAndNoWsgiSetting()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"src/manage.py"_s), "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings.dev\")\n"));
    QVERIFY(writeFile(dir.filePath(u"src/config/settings/__init__.py"_s), ""));
    QVERIFY(writeFile(dir.filePath(u"src/config/settings/dev.py"_s), "DEBUG = True\n"));
    QVERIFY(writeFile(dir.filePath(u"src/config/settings/wsgi.py"_s), ""));
    QVERIFY(writeFile(dir.filePath(u"requirements.txt"_s), "Django\n"));
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.projectDir, u"src"_s);
    QCOMPARE(info.settingsModule, u"config.settings.dev"_s);
    QCOMPARE(info.wsgiModule, u"config.settings.wsgi"_s);
    QVERIFY(info.requirementsFile.isEmpty());
    QCOMPARE(info.problems.size(), 1); // requirements.txt outside src/
    QVERIFY(info.problems.first().contains("requirements.txt"_L1));
}

void TestDjangoProject::nothingFound()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"a/b/c/manage.py"_s), "")); // too deep
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QVERIFY(!info.found);
    QCOMPARE(info.problems.size(), 1);
}

void TestDjangoProject::virtualenvIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u".venv/x/manage.py"_s), ""));
    QVERIFY(writeFile(dir.filePath(u"venv/manage.py"_s), ""));
    startproject(dir.filePath(u"web"_s), u"web"_s);
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.managePy, u"web/manage.py"_s);
    QVERIFY(info.problems.isEmpty());
}

void TestDjangoProject::otherPytestConfigs()
{
    QTemporaryDir dir;
    QVERIFY(Berth::otherPytestConfigs(dir.path()).isEmpty());
    QVERIFY(writeFile(dir.filePath(u"pyproject.toml"_s), "[tool.pytest.ini_options]\n"));
    QVERIFY(writeFile(dir.filePath(u"setup.cfg"_s), "[tool:pytest]\n"));
    QCOMPARE(Berth::otherPytestConfigs(dir.path()).size(), 2);
}

QTEST_GUILESS_MAIN(TestDjangoProject)
#include "tst_djangoproject.moc"
