// The e2e flow: what it checks in the running stack (tables, tests, logs, production).
#include "e2eflow.h"
#include "e2ehelpers.h"

#include "process/commandjob.h"
#include "docker/containerstatus.h"
#include "docker/dockerenvironment.h"
#include "models/testresultmodel.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace BerthE2E {

bool Flow::checkTables(QString *why)
{
    if (!m_spec.database.isPostgres()) {
        // No database service: the project's SQLite database, on the sqlite_data volume that app
        // and manage share (not in the bind-mounted project).
        const QString db = m_spec.sqliteDir() + u"/db.sqlite3"_s;
        if (!compose(m_project, {u"exec"_s, u"-T"_s, u"app"_s, u"test"_s, u"-s"_s, db}, why, nullptr, 60000)) {
            *why = u"no "_s + db + u" in the app container after migrate: "_s + *why;
            return false;
        }
        if (QFileInfo::exists(QDir(m_projectDir).filePath(m_spec.django.projectDir + u"/db.sqlite3"_s))) {
            *why = u"migrate wrote the project's db.sqlite3, not the volume's"_s;
            return false;
        }
        return true;
    }
    QByteArray result;
    const QStringList psql{u"exec"_s, u"-T"_s, u"database"_s, u"psql"_s, u"-U"_s, m_spec.database.user,
                           u"-d"_s, m_spec.database.name, u"-tAc"_s,
                           u"select count(*) from information_schema.tables where table_name in "
                           u"('django_migrations','auth_user','django_session')"_s};
    if (!compose(m_project, psql, why, &result, 60000))
        return false;
    if (result.trimmed() != "3") {
        *why = u"expected Django's 3 tables in Postgres, psql said: "_s + QString::fromUtf8(result);
        return false;
    }
    if (QFileInfo::exists(QDir(m_projectDir).filePath(m_spec.django.projectDir + u"/db.sqlite3"_s))) {
        *why = u"migrate wrote a db.sqlite3: Django did not use Postgres"_s;
        return false;
    }
    out() << "[e2e]   django_migrations, auth_user, django_session are in " << m_spec.database.name << Qt::endl;
    return true;
}

bool Flow::runTests(QString *why)
{
    const QString report = u".berth-e2e-junit.xml"_s;
    const QString hostReport = QDir(m_projectDir).filePath(m_spec.django.projectDir + u'/' + report);
    QFile::remove(hostReport);
    QByteArray output;
    const bool ok = compose(m_project,
                            {u"run"_s, u"--rm"_s, u"tests"_s, m_spec.container.path + u'/',
                             u"--junitxml="_s + m_spec.container.path + u'/' + report},
                            why, nullptr);
    Berth::TestResultModel results;
    QString error;
    if (!results.loadFile(hostReport, &error)) {
        *why += u"\nno junit report: "_s + error;
        return false;
    }
    const auto summary = results.summary();
    out() << "[e2e]   junit: " << summary.tests << " tests, " << summary.passed() << " passed, " << summary.failed
          << " failed, " << summary.errors << " errors" << Qt::endl;
    QFile::remove(hostReport);
    if (!ok || summary.tests < 3 || summary.failed + summary.errors > 0) {
        *why += u"\ntests did not all pass (%1 of %2)"_s.arg(summary.passed()).arg(summary.tests);
        return false;
    }
    return true;
}

bool Flow::checkLogs(QString *why)
{
    QByteArray logs;
    if (!compose(m_project, {u"logs"_s, u"--no-color"_s, u"app"_s}, why, &logs, 60000))
        return false;
    // uwsgi's request log: "... GET / => generated N bytes in M msecs (HTTP/1.0 200) ...".
    static const QRegularExpression request(u"GET / => generated \\d+ bytes .*HTTP/1\\.[01] 200"_s);
    if (!request.match(QString::fromUtf8(logs)).hasMatch()) {
        *why = u"no uwsgi request line for GET / in the app's logs:\n"_s + QString::fromUtf8(logs.right(3000));
        return false;
    }
    return true;
}

bool Flow::production(QString *why)
{
    // docker-compose.yml alone: the image's code, DEBUG off, static files from nginx.
    const Berth::ComposeProject prod = m_project.withoutOverrides();
    if (!compose(prod, {u"up"_s, u"-d"_s}, why))
        return false;
    if (!waitUntilServing(prod, why))
        return false;
    // Until the production app answers: nginx says 502 while uwsgi starts (collectstatic runs
    // first), and the development container may still be answering.
    const auto starting = [](const HttpReply &r) {
        return r.status == 0 || r.status == 502 || r.status == 503 || r.status == 504
            || (r.status == 200 && r.body.contains("The install worked successfully"));
    };
    HttpReply home = get(sitePort(), u"/"_s);
    for (int i = 0; i < 90 && starting(home); ++i) {
        QThread::msleep(1000);
        home = get(sitePort(), u"/"_s);
    }
    out() << "[e2e]   GET / -> " << home.status << " (DEBUG off: no URL pattern for /)" << Qt::endl;
    if (home.status != 404) {
        *why = u"with DEBUG off / should be 404, got %1 %2\n%3"_s.arg(home.status).arg(home.error,
                   QString::fromUtf8(home.headers + "\n\n" + home.body.left(1500)));
        return false;
    }
    HttpReply login;
    if (!httpOk(u"/admin/login/"_s, "Django administration", why, &login))
        return false;
    static const QRegularExpression css(u"href=\"([^\"]+\\.css)\""_s);
    const QRegularExpressionMatch m = css.match(QString::fromUtf8(login.body));
    if (!m.hasMatch()) {
        *why = u"the login page links no stylesheet"_s;
        return false;
    }
    // From nginx, or without it from uwsgi's static-map: Django serves no static files with DEBUG off.
    HttpReply style;
    if (!httpOk(m.captured(1), "{", why, &style))
        return false;
    if (!style.headers.toLower().contains("content-type: text/css")) {
        *why = u"the stylesheet is not served as text/css:\n"_s + QString::fromUtf8(style.headers);
        return false;
    }
    // Django's deploy checks in the production image: only what needs TLS may be left.
    if (!compose(prod, {u"run"_s, u"--rm"_s, u"-T"_s, u"manage"_s, u"check"_s, u"--deploy"_s}, why, nullptr, 180000))
        return false;
    const QString report = m_lastLog; // Django prints the warnings on stderr
    static const QRegularExpression warning(u"\\(security\\.(W\\d+)\\)"_s);
    QStringList ids;
    for (auto it = warning.globalMatch(report); it.hasNext();)
        ids.append(it.next().captured(1));
    ids.sort();
    out() << "[e2e]   check --deploy: " << (ids.isEmpty() ? u"no warnings"_s : ids.join(u", "_s)) << Qt::endl;
    if (ids != QStringList{u"W004"_s, u"W008"_s, u"W012"_s, u"W016"_s}) {
        *why = u"manage.py check --deploy reports more than the TLS warnings (W004, W008, W012, W016):\n"_s
             + report.right(4000);
        return false;
    }
    return settingsInUse(prod, u"production"_s, why);
}

bool Flow::dockerIgnoreApplied(QString *why)
{
    // Beside the project's own Dockerfile Berth's is berth/Dockerfile, and its ignore file is
    // berth/Dockerfile.dockerignore, which BuildKit must read instead of the context's (absent)
    // .dockerignore: node_modules and .env of the project must not be in the image.
    if (m_options.layout != "own-docker-files"_L1)
        return true;
    const QString app = m_spec.container.path;
    QByteArray printed;
    if (!docker({u"run"_s, u"--rm"_s, m_spec.compose.projectName + u"-app"_s, u"python3"_s, u"-c"_s,
                 u"import os, sys; print('leaked=' + ','.join(p for p in sys.argv[1:] if os.path.exists(p)))"_s,
                 app + u"/node_modules"_s, app + u"/.env"_s, app + u"/manage.py"_s},
                why, &printed))
        return false;
    const QString expected = u"leaked="_s + app + u"/manage.py"_s;
    if (!printed.trimmed().endsWith(expected.toUtf8())) {
        *why = u"berth/Dockerfile.dockerignore was not applied: expected only manage.py of these in the image, got "_s
             + QString::fromUtf8(printed.trimmed());
        return false;
    }
    out() << "[e2e]   the image has no node_modules and no .env: BuildKit read berth/Dockerfile.dockerignore" << Qt::endl;
    return true;
}

} // namespace BerthE2E
