#include "doctor/doctor.h"

#include "config/composemodel.h"
#include "config/inidocument.h"
#include "config/nginxsite.h"
#include "config/yamleditor.h"
#include "config/yamlscalar.h"
#include "docker/composeproject.h"
#include "generate/generatedpaths.h"
#include "project/specfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Berth::Doctor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Doctor", text);
}

using namespace Config;
using namespace Qt::StringLiterals;

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(f.read(4 * 1024 * 1024));
}

QString relative(const QString &dir, const QString &path)
{
    return QDir(dir).relativeFilePath(path);
}

bool isOn(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1" || v == u"true" || v == u"yes" || v == u"on";
}

// The port at the end of `:8000`, `0.0.0.0:8000`, `app:8000`, `http://app:8000/`; -1 without one.
int portOf(const QString &address)
{
    static const QRegularExpression port(QStringLiteral(":(\\d{1,5})/?$"));
    const QRegularExpressionMatch m = port.match(address.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Context {
    const SetupFiles &files;
    QList<Problem> problems;

    void add(Problem p) { problems.append(std::move(p)); }

    // A fix of the compose file from a YamlEditor result (nothing when the editor refuses).
    QList<Fix> composeFix(const QString &file, const YamlEditResult &r, const QString &summary) const
    {
        if (!r.ok())
            return {};
        return {{file, r.edits, summary, QString()}};
    }
};

void checkCompose(Context &c, const QString &file, const QString &text, const ComposeModel &merged)
{
    const YamlTree tree = YamlTree::parse(text);
    const ComposeModel model = ComposeModel::read(tree);
    if (!model.error.isEmpty()) {
        c.add({u"compose-unreadable"_s, Problem::Severity::Error, file, tree.errorLine(), tr("The compose file does not parse"),
               model.error, {}});
        return;
    }
    const YamlEditor editor(tree);
    for (const ComposeService &s : model.services) {
        // service_healthy on a service without a healthcheck waits forever.
        for (const ComposeDependency &d : s.dependsOn) {
            const int target = merged.indexOf(d.service);
            if (d.condition != u"service_healthy" || target < 0 || merged.services.at(target).hasHealthcheck())
                continue;
            Problem p{u"healthy-without-healthcheck"_s, Problem::Severity::Error, file, s.line,
                      tr("%1 waits for %2 to be healthy, but %2 has no healthcheck").arg(s.name, d.service),
                      tr("Compose starts %1 only when %2 reports healthy, which a service without a healthcheck never "
                         "does (unless its image has a HEALTHCHECK). Give %2 a healthcheck, or wait only for its start.")
                          .arg(s.name, d.service),
                      {}};
            if (!s.dependsOnIsList)
                p.fixes = c.composeFix(file, editor.set(s.path().child(u"depends_on"_s).child(d.service).child(u"condition"_s),
                                                        u"service_started"_s),
                                       tr("wait for %1 to start instead").arg(d.service));
            c.add(p);
        }
        // Published on every interface while DEBUG is on.
        bool debug = false;
        const int mergedIndex = merged.indexOf(s.name);
        if (mergedIndex >= 0)
            for (const ComposeVariable &v : merged.services.at(mergedIndex).environment)
                debug = debug || ((v.name == u"DEBUG" || v.name == u"DJANGO_DEBUG") && isOn(v.value));
        for (const ComposePort &port : s.ports) {
            if (!debug || !port.onAllInterfaces())
                continue;
            Problem p{u"port-open-while-debug"_s, Problem::Severity::Warning, file, s.line,
                      tr("%1 publishes port %2 on every interface while DEBUG is on").arg(s.name, port.published),
                      tr("With DEBUG on, Django shows settings and tracebacks to whoever reaches it; on 0.0.0.0 that "
                         "is anyone on your network. Publish on 127.0.0.1 instead."),
                      {}};
            ComposePort local = port;
            local.hostIp = u"127.0.0.1"_s;
            p.fixes = c.composeFix(file,
                                   port.longSyntax ? editor.set(port.path.child(u"host_ip"_s), u"127.0.0.1"_s)
                                                   : editor.set(port.path, doubleQuoted(local.shortForm())),
                                   tr("publish on 127.0.0.1"));
            c.add(p);
        }
        // Networks and volumes that are not declared.
        for (const QString &network : s.networks) {
            if (network == u"default" || model.networks.contains(network) || merged.networks.contains(network))
                continue;
            c.add({u"missing-network"_s, Problem::Severity::Error, file, s.line,
                   tr("%1 joins the network %2, which the file does not declare").arg(s.name, network),
                   tr("Compose refuses to start a service on an undeclared network. Declare it under networks:."),
                   c.composeFix(file, editor.set(YamlPath{{{u"networks"_s, -1}, {network, -1}}}, u"{}"_s),
                                tr("declare the network %1").arg(network))});
        }
        for (const QString &volume : s.volumes) {
            const QString source = volume.section(u':', 0, 0);
            if (source.isEmpty() || source.startsWith(u'.') || source.startsWith(u'/') || source.startsWith(u'~')
                || source.startsWith(u'$') || !volume.contains(u':') || model.volumes.contains(source)
                || merged.volumes.contains(source))
                continue;
            c.add({u"missing-volume"_s, Problem::Severity::Error, file, s.line,
                   tr("%1 mounts the named volume %2, which the file does not declare").arg(s.name, source),
                   tr("Compose refuses a named volume that is not declared under volumes:."),
                   c.composeFix(file, editor.set(YamlPath{{{u"volumes"_s, -1}, {source, -1}}}, u"{}"_s),
                                tr("declare the volume %1").arg(source))});
        }
        // env files that are not there.
        for (const QString &envFile : s.envFiles) {
            if (envFile.contains(u'$') || QFileInfo::exists(QDir(c.files.projectDir).filePath(envFile)))
                continue;
            c.add({u"missing-env-file"_s, Problem::Severity::Error, file, s.line,
                   tr("%1 reads the env file %2, which does not exist").arg(s.name, envFile),
                   tr("Compose stops with an error for a missing env_file. Create it (Berth's wizard writes its "
                      "secrets files), or remove the entry."),
                   {}});
        }
    }
}

void checkPortsTwice(Context &c, const ComposeModel &merged)
{
    struct Use {
        QString service;
        QString ip; // "" for every interface
    };
    QHash<QString, QList<Use>> byPort; // published port (and protocol) -> who publishes it
    for (const ComposeService &s : merged.services) {
        if (!s.profiles.isEmpty())
            continue; // tools run one at a time
        for (const ComposePort &p : s.ports) {
            if (p.published.isEmpty() || p.published.contains(u'$'))
                continue;
            const QString key = p.published + u'/' + (p.protocol.isEmpty() ? u"tcp"_s : p.protocol);
            const QString ip = p.onAllInterfaces() ? QString() : p.hostIp;
            for (const Use &other : byPort.value(key)) {
                // Two binds clash on the same address, or when either takes every interface.
                if (other.service == s.name || !(other.ip.isEmpty() || ip.isEmpty() || other.ip == ip))
                    continue;
                c.add({u"host-port-twice"_s, Problem::Severity::Error, c.files.compose, s.line,
                       tr("Host port %1 is published by both %2 and %3").arg(p.published, other.service, s.name),
                       tr("Only one container can listen on a host port; the second fails to start with "
                          "\"port is already allocated\". Change one of them."),
                       {}});
                break;
            }
            byPort[key].append({s.name, ip});
        }
    }
}

void checkUwsgiPorts(Context &c, const ComposeModel &merged)
{
    if (c.files.uwsgiText.isEmpty())
        return;
    const IniDocument ini = IniDocument::parse(c.files.uwsgiText);
    const QString socket = ini.value(u"uwsgi"_s, u"http-socket"_s).value_or(ini.value(u"uwsgi"_s, u"socket"_s).value_or(QString()));
    const int uwsgiPort = portOf(socket);
    if (uwsgiPort < 0)
        return;
    if (!c.files.nginxText.isEmpty()) {
        const NginxSite site = NginxSite::parse(c.files.nginxText);
        const int server = site.isValid() ? site.mainServer() : -1;
        const NginxSite::FieldValue upstream = server >= 0 ? site.field(NginxSite::Field::Upstream, server) : NginxSite::FieldValue();
        const int nginxPort = portOf(upstream.value);
        if (nginxPort > 0 && nginxPort != uwsgiPort) {
            QString fixed = upstream.value;
            fixed.replace(QRegularExpression(QStringLiteral(":%1(/?)$").arg(nginxPort)), QStringLiteral(":%1\\1").arg(uwsgiPort));
            Problem p{u"uwsgi-port-nginx"_s, Problem::Severity::Error, c.files.nginxSite, 0,
                      tr("nginx sends requests to port %1, but uwsgi listens on %2").arg(nginxPort).arg(uwsgiPort),
                      tr("Every request through nginx then ends in 502 Bad Gateway. The port in nginx's upstream must "
                         "be uwsgi's (%1 in %2).").arg(socket, c.files.uwsgiIni),
                      {}};
            const QList<TextEdit> edits = site.setField(NginxSite::Field::Upstream, server, fixed);
            if (!edits.isEmpty())
                p.fixes = {{c.files.nginxSite, edits, tr("send nginx's requests to port %1").arg(uwsgiPort), QString()}};
            c.add(p);
        }
    }
    const int app = merged.appService();
    if (app < 0)
        return;
    for (const ComposePort &p : merged.services.at(app).ports) {
        if (p.target.toInt() > 0 && p.target.toInt() != uwsgiPort)
            c.add({u"uwsgi-port-compose"_s, Problem::Severity::Warning, c.files.compose, merged.services.at(app).line,
                   tr("%1 publishes container port %2, but uwsgi listens on %3").arg(merged.services.at(app).name, p.target)
                       .arg(uwsgiPort),
                   tr("The published port leads nowhere: nothing in the container listens on it."), {}});
    }
}

} // namespace

SetupFiles SetupFiles::read(const QString &projectDir)
{
    SetupFiles files;
    files.projectDir = projectDir;
    const QDir dir(projectDir);
    const QString specPath = dir.filePath(QStringLiteral("berth.yaml"));
    QList<GeneratedPath> paths;
    if (QFileInfo::exists(specPath)) {
        QList<SpecError> errors;
        const ProjectSpec spec = SpecFile::read(specPath, &errors);
        if (errors.isEmpty())
            paths = generatedPaths(spec);
    }
    for (const GeneratedPath &p : std::as_const(paths)) {
        if (!QFileInfo::exists(dir.filePath(p.path)))
            continue;
        if (p.role == FileRole::Compose && files.compose.isEmpty())
            files.compose = p.path;
        else if (p.role == FileRole::Compose)
            files.overrideFile = p.path;
        else if (p.role == FileRole::UwsgiIni)
            files.uwsgiIni = p.path;
        else if (p.role == FileRole::NginxSite)
            files.nginxSite = p.path;
    }
    if (files.compose.isEmpty()) {
        const ComposeProject found = ComposeProject::discover(projectDir);
        if (!found.composeFile.isEmpty())
            files.compose = relative(projectDir, found.composeFile);
        if (!found.overrideFiles.isEmpty())
            files.overrideFile = relative(projectDir, found.overrideFiles.first());
    }
    files.composeText = files.compose.isEmpty() ? QString() : readText(dir.filePath(files.compose));
    files.overrideText = files.overrideFile.isEmpty() ? QString() : readText(dir.filePath(files.overrideFile));
    files.uwsgiText = files.uwsgiIni.isEmpty() ? QString() : readText(dir.filePath(files.uwsgiIni));
    files.nginxText = files.nginxSite.isEmpty() ? QString() : readText(dir.filePath(files.nginxSite));
    return files;
}

QList<Problem> diagnose(const SetupFiles &files, const PortsInUse *ports)
{
    Context c{files, {}};
    if (files.composeText.isEmpty())
        return c.problems;
    // What compose sees: the override's services and keys over the main file's.
    ComposeModel merged = ComposeModel::read(YamlTree::parse(files.composeText));
    const ComposeModel over = ComposeModel::read(YamlTree::parse(files.overrideText));
    for (const ComposeService &s : over.services) {
        const int i = merged.indexOf(s.name);
        if (i < 0) {
            merged.services.append(s);
            continue;
        }
        ComposeService &m = merged.services[i];
        m.environment += s.environment;
        m.ports += s.ports;
        m.envFiles += s.envFiles;
        m.volumes += s.volumes;
        if (!s.healthcheck.isEmpty())
            m.healthcheck = s.healthcheck;
    }
    merged.networks += over.networks;
    merged.volumes += over.volumes;
    checkCompose(c, files.compose, files.composeText, merged);
    if (!files.overrideText.isEmpty())
        checkCompose(c, files.overrideFile, files.overrideText, merged);
    checkPortsTwice(c, merged);
    checkUwsgiPorts(c, merged);
    c.problems += checkStaticRoot(files, merged);
    c.problems += checkDatabaseEnv(files, merged);
    c.problems += checkSecretKeyInRepo(files, merged);
    c.problems += checkHostPortsTaken(files, merged, ports);
    c.problems += checkBerthFiles(files.projectDir);
    const QHash<QString, QString> texts{{files.compose, files.composeText}, {files.overrideFile, files.overrideText},
                                        {files.uwsgiIni, files.uwsgiText}, {files.nginxSite, files.nginxText}};
    for (Problem &p : c.problems)
        for (Fix &f : p.fixes)
            if (f.original.isEmpty())
                f.original = texts.value(f.file);
    return c.problems;
}

} // namespace Berth::Doctor
