// Doctor: Django's STATIC_ROOT, the volume that holds it, and where nginx serves /static/ from.
#include "doctor/doctor.h"

#include "config/nginxsite.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Doctor", text);
}

QString withoutSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// A Python expression for a path, as far as text tells: a string, Path("..."), or the environment
// with a default. Empty when it cannot tell.
QString pathValue(QString expr, const QHash<QString, QString> &env)
{
    expr = expr.trimmed();
    static const QRegularExpression literal(uR"(^(?:str\()?(?:(?:pathlib\.)?Path\()?\s*["']([^"']*)["']\s*\)?\)?$)"_s);
    static const QRegularExpression fromEnv(uR"(^os\.(?:environ\.get|getenv)\(\s*["'](\w+)["']\s*(?:,\s*(.+))?\)$)"_s);
    static const QRegularExpression subscript(uR"(^os\.environ\[\s*["'](\w+)["']\s*\]$)"_s);
    if (const QRegularExpressionMatch m = literal.match(expr); m.hasMatch())
        return m.captured(1);
    if (const QRegularExpressionMatch m = fromEnv.match(expr); m.hasMatch())
        return env.contains(m.captured(1)) ? env.value(m.captured(1)) : pathValue(m.captured(2), env);
    if (const QRegularExpressionMatch m = subscript.match(expr); m.hasMatch())
        return env.value(m.captured(1));
    return {};
}

// The container path a volume entry "SOURCE:TARGET[:MODE]" mounts at, for this source.
QString mountOf(const Config::ComposeService &s, const QString &source)
{
    for (const QString &v : s.volumes)
        if (v.section(u':', 0, 0) == source)
            return withoutSlash(v.section(u':', 1, 1));
    return {};
}

// The source of the volume mounted at path (or above it) in the service; empty without one.
QString sourceAt(const Config::ComposeService &s, const QString &path)
{
    QString best, bestTarget;
    for (const QString &v : s.volumes) {
        const QString target = withoutSlash(v.section(u':', 1, 1));
        if (target.isEmpty() || !(path == target || path.startsWith(target + u'/')))
            continue;
        if (target.size() > bestTarget.size())
            best = v.section(u':', 0, 0), bestTarget = target;
    }
    return best;
}

} // namespace

QList<Problem> checkStaticRoot(const SetupFiles &files, const Config::ComposeModel &merged)
{
    QList<Problem> problems;
    const int app = merged.appService();
    if (app < 0 || files.nginxText.isEmpty())
        return problems;
    const Config::ComposeService &appService = merged.services.at(app);
    int nginx = merged.indexOf(u"nginx"_s);
    for (qsizetype i = 0; nginx < 0 && i < merged.services.size(); ++i)
        if (merged.services.at(i).image.contains(u"nginx"_s))
            nginx = int(i);
    const Config::NginxSite site = Config::NginxSite::parse(files.nginxText);
    const int server = site.isValid() ? site.mainServer() : -1;
    if (nginx < 0 || server < 0)
        return problems;
    const Config::NginxSite::FieldValue location = site.field(Config::NginxSite::Field::StaticLocation, server);
    if (!location.present || location.value.contains(u'$'))
        return problems;
    const bool isAlias = site.directives().at(location.directive).name == "alias"_L1;
    const QString served = withoutSlash(isAlias ? location.value : QString(withoutSlash(location.value) + "/static"_L1));
    const int siteLine = site.directives().at(location.directive).line;

    // STATIC_ROOT: the last assignment in the settings production runs.
    QString expr, settingsFile;
    int settingsLine = 0;
    static const QRegularExpression assignment(uR"(^STATIC_ROOT\s*=\s*(.+?)\s*(?:#.*)?$)"_s, QRegularExpression::MultilineOption);
    for (const SettingsText &s : productionSettings(files.projectDir)) {
        QRegularExpressionMatchIterator it = assignment.globalMatch(s.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            expr = m.captured(1);
            settingsFile = s.file;
            settingsLine = int(s.text.left(m.capturedStart()).count(u'\n')) + 1;
        }
    }
    const QString staticRoot = withoutSlash(pathValue(expr, serviceEnvironment(files.projectDir, appService)));
    const Config::ComposeService &nginxService = merged.services.at(nginx);

    // Where the volume holding STATIC_ROOT is mounted in the nginx container.
    const QString volume = staticRoot.startsWith(u'/') ? sourceAt(appService, staticRoot) : QString();
    const QString inNginx = volume.isEmpty() ? QString() : mountOf(nginxService, volume);
    const QString expected = inNginx.isEmpty() ? QString() : QString(inNginx + staticRoot.mid(mountOf(appService, volume).size()));
    if (!expected.isEmpty()) {
        if (served == expected)
            return problems;
        Problem p{u"static-root"_s, Problem::Severity::Error, files.nginxSite, siteLine,
                  tr("nginx serves /static/ from %1, but the static files are at %2 in its container").arg(served, expected),
                  tr("collectstatic writes to STATIC_ROOT (%1 in %2), on the volume %3, which the nginx container "
                     "mounts at %4: every static file is then a 404. Point the location's alias there.")
                      .arg(staticRoot, settingsFile, volume, inNginx),
                  {}};
        if (isAlias) {
            const QList<Config::TextEdit> edits = site.setField(Config::NginxSite::Field::StaticLocation, server, QString(expected + u'/'));
            if (!edits.isEmpty())
                p.fixes = {{files.nginxSite, edits, tr("serve /static/ from %1/").arg(expected), QString()}};
        }
        problems.append(p);
        return problems;
    }
    if (staticRoot.isEmpty()) {
        problems.append({u"static-root"_s, Problem::Severity::Warning, settingsFile.isEmpty() ? files.nginxSite : settingsFile,
                         settingsLine, tr("The doctor cannot tell where collectstatic puts the static files"),
                         expr.isEmpty() ? tr("No production settings file assigns STATIC_ROOT, as far as the doctor reads "
                                             "them. nginx serves /static/ from %1.").arg(served)
                                        : tr("STATIC_ROOT = %1 is not a plain path the doctor can read. Make sure it is "
                                             "on a volume that nginx mounts at %2.").arg(expr, served),
                         {}});
        return problems;
    }
    if (volume.isEmpty()) {
        problems.append({u"static-root"_s, Problem::Severity::Error, files.compose, appService.line,
                         tr("STATIC_ROOT %1 is on no volume of %2").arg(staticRoot, appService.name),
                         tr("collectstatic writes the files inside the %1 container only, where nginx cannot read "
                            "them. Mount a volume at %2 in %1 and the same volume in nginx.").arg(appService.name, staticRoot),
                         {}});
        return problems;
    }
    problems.append({u"static-root"_s, Problem::Severity::Error, files.compose, nginxService.line,
                         tr("nginx does not mount %1, which holds STATIC_ROOT").arg(volume),
                         tr("collectstatic writes to %1 in %2, on the volume %3; mount %3 in %4 too (read-only is "
                            "enough) where the site's /static/ alias points.").arg(staticRoot, appService.name, volume, nginxService.name),
                         {}});
    return problems;
}

} // namespace Berth::Doctor
