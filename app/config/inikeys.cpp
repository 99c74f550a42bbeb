#include "config/inikeys.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Config {

namespace {
using T = IniKey;

// The options Berth writes into uwsgi.ini (app/generate/templates/uwsgi.ini) and the ones Django
// setups commonly add. Ranges are uwsgi 2.0's: buffer-size is a 16-bit packet size.
const QList<IniKey> uwsgiKeys = {
    {"strict", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Refuse to start on an unknown or misspelled option instead of ignoring it.")},
    {"http-socket", T::Address, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Address uwsgi answers plain HTTP on, such as :8000 (what nginx's proxy_pass reaches).")},
    {"socket", T::Address, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Address of a uwsgi-protocol socket, for nginx's uwsgi_pass. Never publish it to the network.")},
    {"http", T::Address, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Starts uwsgi's own HTTP router process on this address, in front of the workers.")},
    {"chdir", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Folder uwsgi changes into before loading the application (the Django project).")},
    {"module", T::Module, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "The WSGI module to load, such as mysite.wsgi (optionally :application).")},
    {"wsgi-file", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "A Python file that defines the WSGI application, instead of module.")},
    {"master", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Run a master process that starts, watches and restarts the workers.")},
    {"processes", T::Int, 1, 1024, "1", QT_TRANSLATE_NOOP("Berth::Config", "Number of worker processes.")},
    {"threads", T::Int, 1, 1024, "1", QT_TRANSLATE_NOOP("Berth::Config", "Threads per worker process; more than one also enables threads.")},
    {"enable-threads", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Let the application start its own Python threads.")},
    {"single-interpreter", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "One Python interpreter per worker, as Django expects.")},
    {"buffer-size", T::Int, 4096, 65535, "4096", QT_TRANSLATE_NOOP("Berth::Config", "Largest request header block in bytes. Too small gives “invalid request block size” and a 502 in nginx for large cookies.")},
    {"harakiri", T::Int, 0, 86400, "0", QT_TRANSLATE_NOOP("Berth::Config", "Seconds after which a running request is stopped and its worker restarted; 0 never.")},
    {"max-requests", T::Int, 0, 100000000, "0", QT_TRANSLATE_NOOP("Berth::Config", "Recycle a worker after this many requests; 0 never.")},
    {"max-worker-lifetime", T::Int, 0, 31536000, "0", QT_TRANSLATE_NOOP("Berth::Config", "Recycle a worker after this many seconds; 0 never.")},
    {"max-worker-lifetime-delta", T::Int, 0, 31536000, "0", QT_TRANSLATE_NOOP("Berth::Config", "Seconds added per worker to max-worker-lifetime, so workers do not all restart at once.")},
    {"die-on-term", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Stop on SIGTERM (what docker stop sends) instead of reloading, as uwsgi before 2.1 does.")},
    {"need-app", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Stop when the application fails to import, instead of answering every request with an error.")},
    {"vacuum", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Remove the sockets and pid files uwsgi created when it stops.")},
    {"lazy-apps", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Load the application in each worker instead of once in the master before forking.")},
    {"py-autoreload", T::Int, 0, 3600, "0", QT_TRANSLATE_NOOP("Berth::Config", "Check the Python modules every N seconds and reload when one changed (development only); 0 off.")},
    {"listen", T::Int, 1, 65535, "100", QT_TRANSLATE_NOOP("Berth::Config", "Length of the socket's queue of waiting connections.")},
    {"http-timeout", T::Int, 1, 86400, "60", QT_TRANSLATE_NOOP("Berth::Config", "Seconds the HTTP router waits for a worker's answer.")},
    {"socket-timeout", T::Int, 1, 86400, "4", QT_TRANSLATE_NOOP("Berth::Config", "Seconds of inactivity after which a socket connection is closed.")},
    {"post-buffering", T::Int, 0, 1073741824, "0", QT_TRANSLATE_NOOP("Berth::Config", "Buffer request bodies larger than this many bytes on disk before the application reads them; 0 off.")},
    {"uid", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "User the workers run as.")},
    {"gid", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Group the workers run as.")},
    {"pidfile", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "File the master's process id is written to.")},
    {"logto", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "File the log goes to instead of standard error.")},
    {"disable-logging", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Do not log each request (errors are still logged).")},
    {"touch-reload", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Reload uwsgi when this file's modification time changes.")},
    {"virtualenv", T::Path, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Python virtual environment to use.")},
    {"env", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "An environment variable for the application, as NAME=value. Repeat the key for more."), true},
    {"static-map", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Serve a URL prefix from a folder, as /static=/path/to/folder. Repeat the key for more."), true},
    {"hook-asap", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "An action run as soon as uwsgi starts, such as exec:command. Repeat the key for more."), true},
};

const QList<IniKey> pytestKeys = {
    {"DJANGO_SETTINGS_MODULE", T::Module, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "The settings module pytest-django loads for the tests, such as mysite.settings.")},
    {"python_files", T::String, 0, 0, "test_*.py *_test.py", QT_TRANSLATE_NOOP("Berth::Config", "File name patterns, separated by spaces, of the files pytest collects tests from.")},
    {"python_classes", T::String, 0, 0, "Test", QT_TRANSLATE_NOOP("Berth::Config", "Class name prefixes or patterns of the test classes.")},
    {"python_functions", T::String, 0, 0, "test", QT_TRANSLATE_NOOP("Berth::Config", "Function name prefixes or patterns of the test functions.")},
    {"addopts", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Options added to every pytest command line, such as --reuse-db -ra.")},
    {"testpaths", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Folders searched for tests when none is given on the command line.")},
    {"norecursedirs", T::String, 0, 0, "*.egg .* _darcs build CVS dist node_modules venv {arch}", QT_TRANSLATE_NOOP("Berth::Config", "Folder name patterns pytest does not descend into.")},
    {"minversion", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "The oldest pytest version this configuration accepts.")},
    {"required_plugins", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Plugins that must be installed, separated by spaces, such as pytest-django>=4.5.")},
    {"markers", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Custom markers, one per line, as name: description.")},
    {"filterwarnings", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Warning filters, one per line, such as error or ignore::DeprecationWarning.")},
    {"xfail_strict", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "An xfail test that passes fails the run.")},
    {"log_cli", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "Show log records live while the tests run.")},
    {"log_cli_level", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "The lowest level of live log records, such as INFO.")},
    {"pythonpath", T::String, 0, 0, "", QT_TRANSLATE_NOOP("Berth::Config", "Folders added to sys.path, separated by spaces.")},
    {"django_find_project", T::Bool, 0, 0, "true", QT_TRANSLATE_NOOP("Berth::Config", "pytest-django looks for manage.py and adds its folder to sys.path.")},
    {"FAIL_INVALID_TEMPLATE_VARS", T::Bool, 0, 0, "false", QT_TRANSLATE_NOOP("Berth::Config", "pytest-django fails a test that renders an unknown template variable.")},
};
} // namespace

QString IniKey::translatedMeaning() const
{
    return QCoreApplication::translate("Berth::Config", meaning);
}

QString iniSection(IniFlavour flavour)
{
    return flavour == IniFlavour::Uwsgi ? u"uwsgi"_s : u"pytest"_s;
}

std::optional<IniFlavour> iniFlavourForFile(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name == "pytest.ini"_L1)
        return IniFlavour::Pytest;
    if (name.endsWith(".ini"_L1) && name.contains("uwsgi"_L1))
        return IniFlavour::Uwsgi;
    return std::nullopt;
}

const QList<IniKey> &iniKeys(IniFlavour flavour)
{
    return flavour == IniFlavour::Uwsgi ? uwsgiKeys : pytestKeys;
}

const IniKey *iniKey(IniFlavour flavour, const QString &key)
{
    for (const IniKey &known : iniKeys(flavour)) {
        if (QLatin1StringView(known.key) == key)
            return &known;
    }
    return nullptr;
}

std::optional<bool> iniBool(const QString &value)
{
    // pytest's _strtobool and uwsgi's flags take these spellings.
    static const QStringList yes = {u"1"_s, u"true"_s, u"yes"_s, u"on"_s, u"y"_s, u"t"_s};
    static const QStringList no = {u"0"_s, u"false"_s, u"no"_s, u"off"_s, u"n"_s, u"f"_s};
    const QString v = value.trimmed().toLower();
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

QString validateIniValue(const IniKey &key, const QString &value)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Berth::Config", text); };
    const QString v = value.trimmed();
    switch (key.type) {
    case IniKey::Bool:
        if (!iniBool(v))
            return tr("“%1” is not a yes or no: use true or false.").arg(value);
        return {};
    case IniKey::Int: {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok)
            return tr("“%1” is not a whole number: use %2 to %3.").arg(value).arg(key.min).arg(key.max);
        if (n < key.min || n > key.max)
            return tr("%1 is out of range: use %2 to %3.").arg(n).arg(key.min).arg(key.max);
        return {};
    }
    case IniKey::Address: {
        if (v.startsWith(u'/') || v.startsWith(u'@') || v.startsWith(u'='))
            return {}; // a Unix socket, an abstract socket, a shared socket
        const qsizetype colon = v.lastIndexOf(u':');
        bool ok = false;
        const int port = colon < 0 ? 0 : v.mid(colon + 1).toInt(&ok);
        if (colon < 0 || !ok || port < 1 || port > 65535)
            return tr("“%1” is not an address: use :PORT or HOST:PORT with a port from 1 to 65535, or a socket path.").arg(value);
        return {};
    }
    case IniKey::Module: {
        static const QRegularExpression dotted(u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(:[A-Za-z_][A-Za-z0-9_]*)?$"_s);
        if (!dotted.match(v).hasMatch())
            return tr("“%1” is not a Python module name: use dotted names such as mysite.settings.").arg(value);
        return {};
    }
    case IniKey::Path:
    case IniKey::String: {
        if (v.isEmpty() && !key.repeatable)
            return {};
        if (v.isEmpty())
            return tr("An empty value does nothing here: remove the line instead.");
        const QLatin1StringView name(key.key);
        if (name == "env"_L1 && (!v.contains(u'=') || v.startsWith(u'=')))
            return tr("“%1” is not a variable: use NAME=value.").arg(value);
        if (name == "static-map"_L1 && (!v.startsWith(u'/') || !v.contains(u'=')))
            return tr("“%1” is not a mapping: use /url-prefix=/folder, such as /static=/app/static.").arg(value);
        return {};
    }
    }
    return {};
}

} // namespace Berth::Config
