// The doctor on a setup Berth generated (no problem), then broken one way at a time: each check
// finds its problem, and its fix, applied, makes it go.
#include "cli/cli.h"
#include "config/yamleditor.h"
#include "doctor/doctor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {
int berth(const QStringList &args, QString *output = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = Cli::run(QStringList{u"berth"_s} + args, o, e);
    o.flush();
    if (output)
        *output = out;
    return code;
}

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Edits the compose file of dir with YamlEditor, as a user would in the Configuration view.
bool editCompose(const QString &dir, const std::function<Config::YamlEditResult(const Config::YamlEditor &)> &edit)
{
    const QString path = QDir(dir).filePath(u"docker-compose.yml"_s);
    const QString text = read(path);
    const Config::YamlTree tree = Config::YamlTree::parse(text);
    const Config::YamlEditResult r = edit(Config::YamlEditor(tree));
    return r.ok() && write(path, Config::applied(text, r.edits));
}

// The problems' ids; an edit of Berth's files is one too (berth-file-edited), left out here
// where a test breaks a file on purpose.
QStringList ids(const QList<Doctor::Problem> &problems, bool withEdited = false)
{
    QStringList out;
    for (const Doctor::Problem &p : problems)
        if (withEdited || p.id != u"berth-file-edited")
            out << p.id;
    return out;
}

// Applies every problem's first fix with this id, one file at a time.
void applyFixes(const QString &dir, const QString &id)
{
    const Doctor::SetupFiles files = Doctor::SetupFiles::read(dir);
    for (const Doctor::Problem &p : Doctor::diagnose(files)) {
        if (p.id != id || p.fixes.isEmpty())
            continue;
        const Doctor::Fix &f = p.fixes.first();
        const QString path = QDir(dir).filePath(f.file);
        QVERIFY(write(path, Config::applied(read(path), f.edits)));
        return applyFixes(dir, id); // positions changed: diagnose again
    }
}
} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init();
    void generatedSetupIsHealthy();
    void healthyWithoutHealthcheck();
    void nginxUpstreamAgainstUwsgi();
    void undeclaredNetworkAndVolume();
    void portPublishedTwiceAndOpenWhileDebug();
    void missingEnvFile();
    void cliPrintsAndFixes();
    void berthFilesAgainstTheSpec();
};

void TestDoctor::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    QVERIFY(write(QDir(m_dir.path()).filePath(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, QDir(m_dir.path()).filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
}

void TestDoctor::generatedSetupIsHealthy()
{
    const Doctor::SetupFiles files = Doctor::SetupFiles::read(m_dir.path());
    QCOMPARE(files.compose, u"docker-compose.yml");
    QCOMPARE(files.overrideFile, u"docker-compose.override.yml");
    QCOMPARE(files.uwsgiIni, u"app/uwsgi.ini");
    QCOMPARE(files.nginxSite, u"data/nginx/app.conf");
    QCOMPARE(ids(Doctor::diagnose(files)), QStringList());
}

void TestDoctor::healthyWithoutHealthcheck()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.unset(*Config::YamlPath::parse(u"services.database.healthcheck"_s));
    }));
    const QList<Doctor::Problem> problems = Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()));
    QCOMPARE(ids(problems).count(u"healthy-without-healthcheck"_s), 3); // app, manage, tests
    QVERIFY(problems.first().title.contains(u"database"));
    QVERIFY(!problems.first().fixes.isEmpty());
    applyFixes(m_dir.path(), u"healthy-without-healthcheck"_s);
    QCOMPARE(ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()))), QStringList());
    QVERIFY(read(QDir(m_dir.path()).filePath(u"docker-compose.yml"_s)).contains(u"condition: service_started"));
}

void TestDoctor::nginxUpstreamAgainstUwsgi()
{
    const QString site = QDir(m_dir.path()).filePath(u"data/nginx/app.conf"_s);
    const QString text = read(site);
    QVERIFY(text.contains(u"app:8000"));
    QVERIFY(write(site, QString(text).replace(u"app:8000"_s, u"app:9000"_s)));
    const QList<Doctor::Problem> problems = Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()));
    QCOMPARE(ids(problems), QStringList{u"uwsgi-port-nginx"_s});
    QVERIFY(problems.first().title.contains(u"9000") && problems.first().title.contains(u"8000"));
    applyFixes(m_dir.path(), u"uwsgi-port-nginx"_s);
    QCOMPARE(read(site), text);
}

void TestDoctor::undeclaredNetworkAndVolume()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.networks"_s), u"extra"_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.volumes"_s), u"cache:/cache"_s);
    }));
    QCOMPARE(ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()))),
             (QStringList{u"missing-network"_s, u"missing-volume"_s}));
    applyFixes(m_dir.path(), u"missing-network"_s);
    applyFixes(m_dir.path(), u"missing-volume"_s);
    QCOMPARE(ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()))), QStringList());
}

void TestDoctor::portPublishedTwiceAndOpenWhileDebug()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.ports"_s), u"\"5555:8000\""_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.set(*Config::YamlPath::parse(u"services.app.environment.DEBUG"_s), u"\"1\""_s);
    }));
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.database.ports"_s), u"\"127.0.0.1:5555:5432\""_s);
    }));
    const QStringList found = ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path())));
    QVERIFY2(found.contains(u"host-port-twice") && found.contains(u"port-open-while-debug"), qPrintable(found.join(u' ')));
    applyFixes(m_dir.path(), u"port-open-while-debug"_s);
    QVERIFY(read(QDir(m_dir.path()).filePath(u"docker-compose.yml"_s)).contains(u"- \"127.0.0.1:5555:8000\""));
    QVERIFY(!ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()))).contains(u"port-open-while-debug"));
}

void TestDoctor::missingEnvFile()
{
    QVERIFY(QFile::remove(QDir(m_dir.path()).filePath(u"data/django/django_env"_s)));
    const QList<Doctor::Problem> problems = Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()));
    QVERIFY(ids(problems).contains(u"missing-env-file"));
    QVERIFY(problems.first().fixes.isEmpty()); // no safe fix: the secrets are the user's
}

void TestDoctor::cliPrintsAndFixes()
{
    QVERIFY(editCompose(m_dir.path(), [](const Config::YamlEditor &e) {
        return e.add(*Config::YamlPath::parse(u"services.app.networks"_s), u"extra"_s);
    }));
    QString out;
    QCOMPARE(berth({u"doctor"_s, m_dir.path(), u"--diff"_s}, &out), 1);
    QVERIFY2(out.contains(u"docker-compose.yml:") && out.contains(u"error: app joins the network extra")
                 && out.contains(u"+  extra: {}"),
             qPrintable(out));
    QCOMPARE(berth({u"doctor"_s, m_dir.path(), u"--fix"_s}, &out), 1);
    // What is left: the compose file is no longer as Berth wrote it (the user's edit and its fix).
    QCOMPARE(berth({u"doctor"_s, m_dir.path()}, &out), 1);
    QVERIFY2(!out.contains(u"missing-network") && out.contains(u"[berth-file-edited]"), qPrintable(out));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, QDir(m_dir.path()).filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path(),
                    u"--force"_s}),
             0);
    QCOMPARE(berth({u"doctor"_s, m_dir.path()}, &out), 0);
    QVERIFY(out.contains(u"no problems found"));
    QCOMPARE(berth({u"doctor"_s, QDir(m_dir.path()).filePath(u"nope"_s)}), 1);
}

void TestDoctor::berthFilesAgainstTheSpec()
{
    const QDir dir(m_dir.path());
    // Edited by hand: said, with no fix (the edit is the user's).
    const QString ini = dir.filePath(u"app/uwsgi.ini"_s);
    QVERIFY(write(ini, read(ini) + u"# mine\n"_s));
    QList<Doctor::Problem> problems = Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()));
    QCOMPARE(ids(problems, true), QStringList{u"berth-file-edited"_s});
    QCOMPARE(problems.first().file, u"app/uwsgi.ini");
    QVERIFY(problems.first().fixes.isEmpty());
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, m_dir.path(), u"--force"_s}), 0);
    // berth.yaml changed after the files were written: stale, and the fix writes what it says.
    QCOMPARE(berth({u"config"_s, u"set"_s, dir.filePath(u"berth.yaml"_s), u"app_server.processes"_s, u"5"_s}), 0);
    problems = Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path()));
    QVERIFY2(ids(problems, true).contains(u"berth-file-stale"), qPrintable(ids(problems, true).join(u' ')));
    applyFixes(m_dir.path(), u"berth-file-stale"_s);
    QVERIFY(read(ini).contains(u"processes = 5"));
    QCOMPARE(ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path())), true), QStringList());
    // Missing.
    QVERIFY(QFile::remove(dir.filePath(u"app/pytest.ini"_s)));
    QCOMPARE(ids(Doctor::diagnose(Doctor::SetupFiles::read(m_dir.path())), true), QStringList{u"berth-file-missing"_s});
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
