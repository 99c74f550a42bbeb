// ProjectSpec::validate(): one rule per key. The rules are strict on purpose: every value ends
// up in a Dockerfile, a compose file, an nginx site, an ini file or Python, and a value that needs
// no escaping anywhere is one the user can also read back without surprises.
#include "project/projectspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

class Checker
{
public:
    QList<SpecError> errors;

    void fail(const char *key, const QString &value, const QString &message)
    {
        errors.append({QLatin1StringView(key), value, message});
    }

    bool matches(const char *key, const QString &value, const QRegularExpression &re, const QString &allowed)
    {
        if (re.match(value).hasMatch())
            return true;
        fail(key, value, allowed);
        return false;
    }

    void range(const char *key, int value, int min, int max, const QString &what)
    {
        if (value < min || value > max)
            fail(key, QString::number(value), QCoreApplication::translate("Berth::Spec", "must be %1 from %2 to %3").arg(what).arg(min).arg(max));
    }
};

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(u'^' + pattern + u'$');
}

const QString pythonModule = u"[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*"_s;
const QString imageRef =
    u"([a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?/)?"       // registry host[:port]/
    u"[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*" // repository path
    u"(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"                   // :tag
    u"(@sha256:[a-f0-9]{64})?"_s;                             // @digest

bool isAddress(const QString &value)
{
    static const QRegularExpression v4(
        re(u"((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"_s));
    static const QRegularExpression v6(re(u"[0-9a-fA-F:]{2,39}"_s));
    return v4.match(value).hasMatch() || (v6.match(value).hasMatch() && value.count(u':') >= 2);
}

void checkRelativeFile(Checker &c, const char *key, const QString &value)
{
    static const QRegularExpression segment(re(u"[A-Za-z0-9_][A-Za-z0-9_.-]*"_s));
    const QStringList parts = value.split(u'/');
    bool ok = !value.isEmpty() && value.size() <= 200;
    for (const QString &p : parts)
        ok = ok && segment.match(p).hasMatch() && p != ".."_L1;
    if (!ok)
        c.fail(key, value,
               QCoreApplication::translate("Berth::Spec", "must be a relative path of letters, digits, '_', '-', '.' separated by '/', without '..'"));
}

void checkImage(Checker &c, const char *key, const QString &value)
{
    static const QRegularExpression image(re(imageRef));
    c.matches(key, value, image,
              QCoreApplication::translate("Berth::Spec", "must be an image reference like \"name:tag\" (lower-case name, no spaces)"));
}

} // namespace

bool isAlpineImage(const QString &image)
{
    // The tag (after the last '/', before any digest) names the variant: python:3.13-alpine,
    // python:alpine3.20, python:3-alpine.
    const QString lastPart = image.section(u'@', 0, 0).section(u'/', -1);
    const QString tag = lastPart.contains(u':') ? lastPart.section(u':', 1) : QString();
    return tag.contains("alpine"_L1);
}

QList<SpecError> ProjectSpec::validate() const
{
    Checker c;

    // compose
    static const QRegularExpression projectName(re(u"[a-z0-9][a-z0-9_-]{0,62}"_s));
    c.matches("compose.project_name", compose.projectName, projectName,
              QCoreApplication::translate("Berth::Spec", "must start with a lower-case letter or digit and contain only a-z, 0-9, '-' and '_' (at most 63)"));
    static const QRegularExpression yamlFile(re(u"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\\.ya?ml"_s));
    const QString yamlFileRule = QCoreApplication::translate("Berth::Spec", "must be a file name ending in .yml or .yaml (letters, digits, '_', '-', '.')");
    if (c.matches("compose.file", compose.file, yamlFile, yamlFileRule) && compose.file == "berth.yaml"_L1)
        c.fail("compose.file", compose.file, QCoreApplication::translate("Berth::Spec", "must not be berth.yaml, the spec itself"));
    if (!compose.overrideFile.isEmpty()) {
        if (c.matches("compose.override_file", compose.overrideFile, yamlFile, yamlFileRule + u", or \"\""_s)
            && (compose.overrideFile == compose.file || compose.overrideFile == "berth.yaml"_L1))
            c.fail("compose.override_file", compose.overrideFile, QCoreApplication::translate("Berth::Spec", "must differ from compose.file and berth.yaml"));
    }

    // django
    if (django.projectDir != "."_L1) {
        checkRelativeFile(c, "django.project_dir", django.projectDir);
        if (django.projectDir == "data"_L1 || django.projectDir.startsWith("data/"_L1) || django.projectDir.startsWith(".berth"_L1))
            c.fail("django.project_dir", django.projectDir, QCoreApplication::translate("Berth::Spec", "must not be data/ or .berth/, which Berth uses"));
    }
    static const QRegularExpression module(re(pythonModule));
    const QString moduleRule = QCoreApplication::translate("Berth::Spec", "must be a dotted Python module name of ASCII letters, digits and '_' (like app.settings)");
    if (c.matches("django.settings_module", django.settingsModule, module, moduleRule)
        && dockerSettingsModule() == django.settingsModule)
        c.fail("django.settings_module", django.settingsModule, QCoreApplication::translate("Berth::Spec", "must not be Berth's own docker_settings module"));
    c.matches("django.wsgi_module", django.wsgiModule, module, moduleRule);
    for (const auto &[key, value] : {std::pair{"django.dev_settings_module", &django.devSettingsModule},
                                     std::pair{"django.test_settings_module", &django.testSettingsModule}}) {
        if (value->isEmpty())
            continue;
        if (c.matches(key, *value, module, moduleRule + u", or \"\""_s) && value->endsWith(".docker_settings"_L1))
            c.fail(key, *value, QCoreApplication::translate("Berth::Spec", "must not be Berth's own docker_settings module"));
    }
    checkRelativeFile(c, "django.requirements_file", django.requirementsFile);

    // container
    static const QRegularExpression absPath(re(u"(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+"_s));
    if (c.matches("container.path", container.path, absPath,
                  QCoreApplication::translate("Berth::Spec", "must be an absolute path of letters, digits, '_', '-', '.' (like /opt/app), without a trailing '/'"))) {
        static const QStringList system = {u"/bin"_s, u"/boot"_s, u"/dev"_s, u"/etc"_s, u"/lib"_s, u"/proc"_s,
                                           u"/root"_s, u"/sbin"_s, u"/sys"_s, u"/tmp"_s, u"/usr"_s, u"/var"_s,
                                           u"/usr/local"_s, u"/usr/local/bin"_s, u"/usr/lib"_s, u"/var/www"_s,
                                           u"/var/www/static"_s};
        if (system.contains(container.path) || container.path.split(u'/').contains(".."_L1))
            c.fail("container.path", container.path, QCoreApplication::translate("Berth::Spec", "must not be a system folder of the image or contain '..'"));
    }
    checkImage(c, "container.python_image", container.pythonImage);
    {
        const qsizetype before = c.errors.size();
        checkRelativeFile(c, "container.dockerfile", container.dockerfile);
        if (c.errors.size() == before
            && (!container.dockerfile.section(u'/', -1).contains("Dockerfile"_L1) || container.dockerfile.startsWith("data/"_L1)
                || container.dockerfile.startsWith(".berth/"_L1)))
            c.fail("container.dockerfile", container.dockerfile,
                   QCoreApplication::translate("Berth::Spec", "must be a file whose name contains \"Dockerfile\" (like Dockerfile or berth/Dockerfile), not under "
                   "data/ or .berth/"));
    }
    // The Dockerfile uses apt-get, groupadd and useradd, which Alpine images do not have (apk,
    // addgroup, adduser), and uwsgi needs musl build tools there: refuse it here instead of a
    // build that fails half-way.
    if (isAlpineImage(container.pythonImage))
        c.fail("container.python_image", container.pythonImage,
               QCoreApplication::translate("Berth::Spec", "Alpine images are not supported (the Dockerfile needs apt-get and useradd); use a Debian-based "
               "image such as python:3.13 or python:3.13-slim"));
    c.range("container.host_uid", container.hostUid, 1, 2147483646, u"a user id"_s);
    c.range("container.host_gid", container.hostGid, 1, 2147483646, u"a group id"_s);

    // app server
    c.range("app_server.port", appServer.port, 1024, 65535,
            QCoreApplication::translate("Berth::Spec", "a port (the container does not run as root, so not below 1024)"));
    c.range("app_server.processes", appServer.processes, 1, 64, u"a number"_s);
    c.range("app_server.threads", appServer.threads, 1, 64, u"a number"_s);
    c.range("app_server.autoreload_seconds", appServer.autoreloadSeconds, 0, 60, QCoreApplication::translate("Berth::Spec", "a number of seconds"));
    c.range("app_server.host_port", appServer.hostPort, 0, 65535, QCoreApplication::translate("Berth::Spec", "a port (0: not published)"));
    const QString addressRule = QCoreApplication::translate("Berth::Spec", "must be an IP address like 127.0.0.1, ::1 or 0.0.0.0 (every interface)");
    if (!isAddress(appServer.hostBind))
        c.fail("app_server.host_bind", appServer.hostBind, addressRule);

    // nginx
    if (nginx.enabled) {
        checkImage(c, "nginx.image", nginx.image);
        c.range("nginx.http_port", nginx.httpPort, 1, 65535, u"a port"_s);
        c.range("nginx.https_port", nginx.httpsPort, 0, 65535, QCoreApplication::translate("Berth::Spec", "a port (0: not published)"));
        static const QRegularExpression serverName(re(u"[A-Za-z0-9*_.-]{1,253}( [A-Za-z0-9*_.-]{1,253}){0,15}"_s));
        c.matches("nginx.server_name", nginx.serverName, serverName,
                  QCoreApplication::translate("Berth::Spec", "must be host names of ASCII letters, digits, '-', '.', '*', separated by single spaces"));
        if (!isAddress(nginx.hostBind))
            c.fail("nginx.host_bind", nginx.hostBind, addressRule);
    }

    // database
    static const QStringList engines = {u"postgres"_s, u"none"_s};
    if (!engines.contains(database.engine))
        c.fail("database.engine", database.engine, QCoreApplication::translate("Berth::Spec", "must be one of: postgres, none"));
    if (database.isPostgres()) {
        checkImage(c, "database.image", database.image);
        static const QRegularExpression identifier(re(u"[a-z_][a-z0-9_]{0,62}"_s));
        const QString idRule = QCoreApplication::translate("Berth::Spec", "must be a lower-case SQL identifier: a-z, 0-9 and '_', not starting with a digit (at most 63)");
        c.matches("database.user", database.user, identifier, idRule);
        c.matches("database.name", database.name, identifier, idRule);
        c.range("database.host_port", database.hostPort, 0, 65535, QCoreApplication::translate("Berth::Spec", "a port (0: not published)"));
        if (!isAddress(database.hostBind))
            c.fail("database.host_bind", database.hostBind, addressRule);
    }

    // manage, tests
    static const QStringList manageCommands = {u"shell"_s, u"shell_plus"_s};
    if (!manageCommands.contains(manage.command))
        c.fail("manage.command", manage.command, QCoreApplication::translate("Berth::Spec", "must be one of: shell, shell_plus (shell_plus adds django-extensions)"));
    for (const QString &arg : tests.pytestArgs) {
        bool printable = !arg.isEmpty() && arg.size() <= 500;
        for (const QChar ch : arg)
            printable = printable && ch.isPrint();
        if (!printable) {
            c.fail("tests.pytest_args", arg, QCoreApplication::translate("Berth::Spec", "each argument must be non-empty printable text without line breaks"));
            break;
        }
    }

    // One host port, one service: Docker refuses to start the second.
    struct Published { const char *key; int port; };
    QList<Published> published;
    if (appServer.hostPort > 0)
        published.append({"app_server.host_port", appServer.hostPort});
    if (nginx.enabled) {
        published.append({"nginx.http_port", nginx.httpPort});
        if (nginx.httpsPort > 0)
            published.append({"nginx.https_port", nginx.httpsPort});
    }
    if (database.isPostgres() && database.hostPort > 0)
        published.append({"database.host_port", database.hostPort});
    for (qsizetype i = 0; i < published.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (published[i].port == published[j].port && published[i].port > 0 && published[i].port <= 65535)
                c.fail(published[i].key, QString::number(published[i].port),
                       QCoreApplication::translate("Berth::Spec", "is already used by %1; each published port must be different")
                           .arg(QLatin1StringView(published[j].key)));
        }
    }
    return c.errors;
}

} // namespace Berth
