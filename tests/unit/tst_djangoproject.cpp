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
    void settingsPackageFollowsStarImports_data();
    void settingsPackageFollowsStarImports();
    void settingsPackageFallsBackToWsgiBesideUrls();
    void starImportCyclesEnd();
    void settingsVariants();
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

// startproject's layout turned into a settings package the way real projects do it: base.py
// holds startproject's settings (WSGI_APPLICATION among them), dev.py and production.py
// star-import it, and manage.py names the dev settings.
void settingsPackage(const QString &dir, const QString &name, const QByteArray &devImport)
{
    startproject(dir, name);
    const QString package = dir + u'/' + name;
    QVERIFY(writeFile(package + "/settings/base.py"_L1,
                      "ROOT_URLCONF = '" + name.toUtf8() + ".urls'\n" + readFile(package + "/settings.py"_L1)));
    QVERIFY(QFile::remove(package + "/settings.py"_L1));
    QVERIFY(writeFile(package + "/settings/__init__.py"_L1, ""));
    QVERIFY(writeFile(package + "/settings/dev.py"_L1, devImport + "\nDEBUG = True\n"));
    QVERIFY(writeFile(package + "/settings/production.py"_L1, "from .base import *  # noqa\nDEBUG = False\n"));
    QVERIFY(writeFile(package + "/urls.py"_L1, "urlpatterns = []\n"));
    QByteArray manage = readFile(dir + "/manage.py"_L1);
    manage.replace(QByteArray(name.toUtf8() + ".settings'"), QByteArray(name.toUtf8() + ".settings.dev'"));
    QVERIFY(writeFile(dir + "/manage.py"_L1, manage));
}

void TestDjangoProject::settingsPackageFollowsStarImports_data()
{
    QTest::addColumn<QByteArray>("devImport");
    QTest::newRow("relative") << QByteArray("from .base import *  # noqa: F401,F403");
    QTest::newRow("absolute") << QByteArray("from proj.settings.base import *");
    QTest::newRow("package-relative") << QByteArray("from ..settings.base import *");
}

void TestDjangoProject::settingsPackageFollowsStarImports()
{
    QFETCH(QByteArray, devImport);
    QTemporaryDir dir;
    settingsPackage(dir.filePath(u"web"_s), u"proj"_s, devImport);
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.settingsModule, u"proj.settings.dev"_s);
    // WSGI_APPLICATION is in base.py, which dev.py star-imports.
    QCOMPARE(info.wsgiModule, u"proj.wsgi"_s);
    QVERIFY2(info.problems.isEmpty(), qPrintable(info.problems.join(u"; "_s)));
    // The variants per use: production for the image, manage.py's dev for development.
    QCOMPARE(info.imageSettingsModule, u"proj.settings.production"_s);
    QCOMPARE(info.devSettingsModule, u"proj.settings.dev"_s);
    QVERIFY(info.testSettingsModule.isEmpty());
}

void TestDjangoProject::settingsVariants()
{
    QTemporaryDir dir;
    settingsPackage(dir.path(), u"proj"_s, "from .base import *");
    QVERIFY(writeFile(dir.filePath(u"proj/settings/testing.py"_s), "from .base import *\n"));
    QVERIFY(QFile::rename(dir.filePath(u"proj/settings/production.py"_s), dir.filePath(u"proj/settings/prod.py"_s)));
    QVERIFY(QFile::rename(dir.filePath(u"proj/settings/dev.py"_s), dir.filePath(u"proj/settings/local.py"_s)));
    QByteArray manage = readFile(dir.filePath(u"manage.py"_s));
    manage.replace("proj.settings.dev", "proj.settings.prod");
    QVERIFY(writeFile(dir.filePath(u"manage.py"_s), manage));
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.settingsModule, u"proj.settings.prod"_s);
    QCOMPARE(info.imageSettingsModule, u"proj.settings.prod"_s);
    QCOMPARE(info.devSettingsModule, u"proj.settings.local"_s);
    QCOMPARE(info.testSettingsModule, u"proj.settings.testing"_s);
    // A plain settings.py has no variants.
    QTemporaryDir plain;
    startproject(plain.path(), u"mysite"_s);
    const Berth::DjangoProjectInfo single = Berth::detectDjangoProject(plain.path());
    QVERIFY(single.imageSettingsModule.isEmpty() && single.devSettingsModule.isEmpty());
}

void TestDjangoProject::settingsPackageFallsBackToWsgiBesideUrls()
{
    // No star import to follow (the settings are read from the environment): the wsgi.py of the
    // package that holds urls.py, never the default app.wsgi.
    QTemporaryDir dir;
    settingsPackage(dir.filePath(u"web"_s), u"proj"_s, "import os\nfrom importlib import import_module");
    Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.wsgiModule, u"proj.wsgi"_s);
    // A star import of a library is not followed (and a WSGI_APPLICATION there is not taken).
    QVERIFY(writeFile(dir.filePath(u"web/proj/settings/dev.py"_s), "from somelib.settings import *\n"));
    QVERIFY(writeFile(dir.filePath(u"web/somelib/settings.py"_s), "WSGI_APPLICATION = 'somelib.wsgi.application'\n"));
    QCOMPARE(Berth::detectDjangoProject(dir.path()).wsgiModule, u"proj.wsgi"_s);
    // Without any wsgi.py: no module, and a problem that says what to set.
    QVERIFY(QFile::remove(dir.filePath(u"web/proj/wsgi.py"_s)));
    info = Berth::detectDjangoProject(dir.path());
    QVERIFY(info.wsgiModule.isEmpty());
    QVERIFY(info.problems.join(u' ').contains("django.wsgi_module"_L1));
}

void TestDjangoProject::starImportCyclesEnd()
{
    QTemporaryDir dir;
    settingsPackage(dir.filePath(u"web"_s), u"proj"_s, "from .dev import *\nfrom .production import *");
    QVERIFY(writeFile(dir.filePath(u"web/proj/settings/production.py"_s), "from .dev import *\n"));
    QVERIFY(QFile::remove(dir.filePath(u"web/proj/settings/base.py"_s)));
    const Berth::DjangoProjectInfo info = Berth::detectDjangoProject(dir.path());
    QCOMPARE(info.wsgiModule, u"proj.wsgi"_s); // the urls.py fallback, after the cycle ended
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
