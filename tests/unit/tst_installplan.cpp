// Where a project keeps its Python packages (requirements file, -r includes, a pip-format lock,
// pyproject.toml's [project] dependencies) and what the generated image installs from them.
#include "../common/filehelpers.h"
#include "django/djangoproject.h"
#include "django/pyproject.h"
#include "generate/generator.h"
#include "generate/installplan.h"
#include "project/projectspec.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using BerthTest::readFile;
using BerthTest::writeFile;
using namespace Berth;

namespace {

void startproject(const QString &dir)
{
    QVERIFY(writeFile(dir + "/manage.py"_L1,
                      "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n"));
    QVERIFY(writeFile(dir + "/shop/__init__.py"_L1, ""));
    QVERIFY(writeFile(dir + "/shop/settings.py"_L1, "WSGI_APPLICATION = 'shop.wsgi.application'\n"));
    QVERIFY(writeFile(dir + "/shop/wsgi.py"_L1, ""));
}

const QByteArray pyproject = "[build-system]\nrequires = [\"setuptools\"]\n\n[project]\nname = \"shop\"\n"
                             "dependencies = [\n  \"Django>=4.2,<6.0\",  # LTS\n  'psycopg2-binary>=2.9',\n]\n\n"
                             "[project.optional-dependencies]\ndev = [\"pytest-django\"]\n";

ProjectSpec detectedSpec(const QString &dir)
{
    ProjectSpec spec;
    applyDetected(spec, detectDjangoProject(dir));
    return spec;
}

} // namespace

class TestInstallPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pyprojectDependencies_data();
    void pyprojectDependencies();
    void detectionOrder();
    void pyprojectOnly();
    void pyprojectScriptReadsWhatBerthRead();
    void lockFile();
    void locksPipCannotRead();
    void requirementsSummary();
};

void TestInstallPlan::pyprojectDependencies_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("dynamic");
    QTest::addColumn<QStringList>("dependencies");
    QTest::addColumn<bool>("error");
    QTest::newRow("multi-line, comments, both quotes") << pyproject << true << false
                                                       << QStringList{u"Django>=4.2,<6.0"_s, u"psycopg2-binary>=2.9"_s} << false;
    QTest::newRow("one line") << "[project]\ndependencies = [\"django\", \"sentry-sdk[django]>=2 ; python_version>'3.10'\"]\n"_ba
                              << true << false
                              << QStringList{u"django"_s, u"sentry-sdk[django]>=2 ; python_version>'3.10'"_s} << false;
    QTest::newRow("empty") << "[project]\nname = 'x'\ndependencies = []\n"_ba << true << false << QStringList{} << false;
    QTest::newRow("dynamic") << "[project]\ndynamic = [\"version\", \"dependencies\"]\n"_ba << false << true
                             << QStringList{} << false;
    QTest::newRow("only optional dependencies") << "[project.optional-dependencies]\ndependencies = [\"x\"]\n"_ba
                                                << false << false << QStringList{} << false;
    QTest::newRow("another table's dependencies") << "[tool.poetry]\ndependencies = [\"x\"]\n[project]\nname = \"a\"\n"_ba
                                                  << false << false << QStringList{} << false;
    QTest::newRow("dotted key at the root") << "project.dependencies = ['a', 'b']\n"_ba << true << false
                                            << QStringList{u"a"_s, u"b"_s} << false;
    QTest::newRow("inline tables, arrays of tables, multi-line strings")
        << "[[tool.x]]\na = {b = [1, 2], c = \"]\"}\nd = \"\"\"\n[project]\ndependencies = ['no']\n\"\"\"\n"
           "[project]\nauthors = [{name = \"A\", email = \"a@b\"}]\ndependencies = [\n  \"a\\\"b\", # x\n]\n"_ba
        << true << false << QStringList{u"a\"b"_s} << false;
    QTest::newRow("not closed") << "[project]\ndependencies = [\"django\"\n"_ba << false << false << QStringList{} << true;
    QTest::newRow("not TOML") << "<html>\n"_ba << false << false << QStringList{} << true;
}

void TestInstallPlan::pyprojectDependencies()
{
    QFETCH(QByteArray, toml);
    QFETCH(bool, declared);
    QFETCH(bool, dynamic);
    QFETCH(QStringList, dependencies);
    QFETCH(bool, error);
    const PyProjectDependencies py = readPyProjectDependencies(toml);
    QCOMPARE(py.declared, declared);
    QCOMPARE(py.dynamic, dynamic);
    if (!error || declared)
        QCOMPARE(py.dependencies, dependencies);
    QVERIFY2(py.error.isEmpty() != error, qPrintable(py.error));
    QVERIFY(!py.error.contains(u'\n'));
}

void TestInstallPlan::detectionOrder()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), pyproject));
    QCOMPARE(detectDjangoProject(dir.path()).requirementsFile, u"app/pyproject.toml"_s);
    QCOMPARE(detectedSpec(dir.path()).django.requirementsFile, u"pyproject.toml"_s);
    // A pip-format lock wins over pyproject.toml, a requirements file over both.
    QVERIFY(writeFile(dir.filePath(u"app/requirements.lock"_s), "django==5.1\n"));
    QCOMPARE(detectDjangoProject(dir.path()).requirementsFile, u"app/requirements.lock"_s);
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "django\n"));
    QCOMPARE(detectDjangoProject(dir.path()).requirementsFile, u"app/requirements.txt"_s);
    // Dependencies a build backend computes are not Berth's to read: it writes requirements.txt.
    QTemporaryDir dynamic;
    startproject(dynamic.filePath(u"app"_s));
    QVERIFY(writeFile(dynamic.filePath(u"app/pyproject.toml"_s), "[project]\ndynamic = ['dependencies']\n"));
    QVERIFY(detectDjangoProject(dynamic.path()).requirementsFile.isEmpty());
}

void TestInstallPlan::pyprojectOnly()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), pyproject));
    const ProjectSpec spec = detectedSpec(dir.path());
    const InstallPlan plan = planInstall(spec, dir.path());
    QCOMPARE(plan.kind, InstallPlan::Kind::PyProject);
    QCOMPARE(plan.berthFile, u"app/berth-requirements.txt"_s);
    QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(u'\n')));
    const QString summary = plan.summary();
    QVERIFY2(summary.contains("app/pyproject.toml, [project] dependencies (2;"_L1), qPrintable(summary));
    QVERIFY2(summary.contains("no pip install ."_L1) && summary.contains("pytest>=7.0, pytest-django>=4.5"_L1), qPrintable(summary));
    QVERIFY(!summary.contains(u'\n'));

    const FileSet files = generate(spec, dir.path());
    // pyproject.toml is never a generated file; Berth's additions have a file of their own.
    QVERIFY(!files.file(u"app/pyproject.toml"_s));
    QVERIFY(!files.file(u"app/requirements.txt"_s));
    const QByteArray berths = files.file(u"app/berth-requirements.txt"_s)->content;
    QVERIFY2(berths.contains("\npytest>=7.0") && berths.contains("\npytest-django>=4.5"), berths.constData());
    QVERIFY2(!berths.contains("Django>=") && !berths.contains("psycopg"), berths.constData());
    const QByteArray dockerfile = files.file(u"Dockerfile"_s)->content;
    const qsizetype code = dockerfile.indexOf("COPY --chown=app:app ./app /opt/app");
    for (const char *line : {"COPY --chown=app:app ./app/pyproject.toml /opt/app/pyproject.toml\n",
                             "COPY --chown=app:app ./app/berth-requirements.txt /opt/app/berth-requirements.txt\n",
                             "python3 -m pip install -r /tmp/pyproject-requirements.txt -r /opt/app/berth-requirements.txt"})
        QVERIFY2(dockerfile.indexOf(line) >= 0 && dockerfile.indexOf(line) < code, line);
    // (The comment above the install says "no `pip install .`"; no command does it.)
    QVERIFY(!QString::fromUtf8(dockerfile).contains(QRegularExpression(u"pip install \\.(\\s|$)"_s)));
    QVERIFY(!dockerfile.contains("{{"));

    // Everything there already: Berth's file says so and still exists (the Dockerfile names it).
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s),
                      "[project]\ndependencies = ['django', 'psycopg', 'pytest', 'pytest-django']\n"));
    const FileSet full = generate(spec, dir.path());
    QVERIFY(full.file(u"app/berth-requirements.txt"_s)->content.contains("# Nothing to add"));

    // Python before 3.11 has no tomllib, which the Dockerfile's reading of pyproject.toml needs.
    ProjectSpec old = spec;
    old.container.pythonImage = u"python:3.10-slim"_s;
    QVERIFY(planInstall(old, dir.path()).warnings.join(u'\n').contains("tomllib"_L1));
}

void TestInstallPlan::pyprojectScriptReadsWhatBerthRead()
{
    // The Dockerfile's reading of pyproject.toml, run with a real Python on the file Berth read:
    // the image installs exactly the dependencies Berth saw (and so did not add twice).
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("no python3 on PATH");
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), pyproject));
    const InstallPlan plan = planInstall(detectedSpec(dir.path()), dir.path());
    static const QRegularExpression script(u"python3 -c '([^']+)'"_s);
    const QRegularExpressionMatch m = script.match(plan.dockerInstall);
    QVERIFY2(m.hasMatch(), qPrintable(plan.dockerInstall));
    QProcess p;
    p.start(python, {u"-c"_s, m.captured(1), dir.filePath(u"app/pyproject.toml"_s)});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts), plan.dependencies);
}

void TestInstallPlan::lockFile()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    const QByteArray lock = "# generated by a locker\ndjango==5.1.4 \\\n    --hash=sha256:abc\nsqlparse==0.5.0\n";
    QVERIFY(writeFile(dir.filePath(u"app/requirements.lock"_s), lock));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), pyproject));
    const ProjectSpec spec = detectedSpec(dir.path());
    const InstallPlan plan = planInstall(spec, dir.path());
    QCOMPARE(plan.kind, InstallPlan::Kind::Lock);
    QVERIFY2(plan.summary().contains("app/requirements.lock (a lock file pip installs as it is)"_L1), qPrintable(plan.summary()));
    const FileSet files = generate(spec, dir.path());
    QVERIFY(!files.file(u"app/requirements.lock"_s)); // never edited
    QVERIFY(files.file(u"app/berth-requirements.txt"_s)->content.contains("\npsycopg[binary]>=3.1"));
    // Two installs: a hashed lock puts pip in --require-hashes mode, which Berth's lines would fail.
    const QByteArray dockerfile = files.file(u"Dockerfile"_s)->content;
    QVERIFY2(dockerfile.contains("    python3 -m pip install -r /opt/app/requirements.lock \\\n"
                                 " && python3 -m pip install -r /opt/app/berth-requirements.txt\n"),
             dockerfile.constData());

    // A lock that installs the project itself needs the code, which comes after the install.
    QVERIFY(writeFile(dir.filePath(u"app/requirements.lock"_s), "-e file:.\ndjango==5.1.4\n"));
    QVERIFY(planInstall(spec, dir.path()).warnings.join(u'\n').contains("installs the project itself (-e file:.)"_L1));
}

void TestInstallPlan::locksPipCannotRead()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    QVERIFY(writeFile(dir.filePath(u"app/pyproject.toml"_s), pyproject));
    QVERIFY(writeFile(dir.filePath(u"app/uv.lock"_s), "version = 1\n"));
    QVERIFY(writeFile(dir.filePath(u"app/poetry.lock"_s), "[[package]]\n"));
    const QString warnings = planInstall(detectedSpec(dir.path()), dir.path()).warnings.join(u'\n');
    QVERIFY2(warnings.contains("app/uv.lock is there, but pip does not install from it: the image installs app/pyproject.toml"_L1),
             qPrintable(warnings));
    QVERIFY(warnings.contains("uv export --format requirements-txt"_L1));
    QVERIFY(warnings.contains("poetry export"_L1));
    QCOMPARE(warnings.count(u'\n'), 1);
}

void TestInstallPlan::requirementsSummary()
{
    QTemporaryDir dir;
    startproject(dir.filePath(u"app"_s));
    // Nothing found: Berth writes requirements.txt and says so.
    QVERIFY2(planInstall(detectedSpec(dir.path()), dir.path()).summary().contains("Berth writes app/requirements.txt"_L1),
             qPrintable(planInstall(detectedSpec(dir.path()), dir.path()).summary()));
    QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), "-r requirements/base.txt\n"));
    QVERIFY(writeFile(dir.filePath(u"app/requirements/base.txt"_s), "Django==5.1\n"));
    const InstallPlan plan = planInstall(detectedSpec(dir.path()), dir.path());
    QCOMPARE(plan.kind, InstallPlan::Kind::Requirements);
    QVERIFY2(plan.summary().contains("app/requirements.txt with -r/-c includes (requirements/base.txt)"_L1),
             qPrintable(plan.summary()));
    // The default Dockerfile line is the one it always was.
    QCOMPARE(plan.dockerInstall, u"RUN --mount=type=cache,target=/root/.cache/pip \\\n"
                                 u"    python3 -m pip install -r /opt/app/requirements.txt"_s);
}

QTEST_GUILESS_MAIN(TestInstallPlan)
#include "tst_installplan.moc"
