#include "platform/dockerlocations.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth::Platform {

namespace {

// A Windows folder from the environment (C:\Program Files), with '/' separators.
QString windowsFolder(const QProcessEnvironment &environment, const QString &name, const QString &fallback)
{
    QString value = environment.value(name);
    if (value.isEmpty())
        value = fallback;
    return QDir::fromNativeSeparators(value).replace(u'\\', u'/');
}

} // namespace

QList<DockerLocation> dockerLocations(Os os, const QString &home, const QProcessEnvironment &environment)
{
    const QString h = QDir::fromNativeSeparators(home);
    switch (os) {
    case Os::Windows: {
        const QString programFiles = windowsFolder(environment, u"ProgramFiles"_s, u"C:/Program Files"_s);
        const QString programData = windowsFolder(environment, u"ProgramData"_s, u"C:/ProgramData"_s);
        const QString localAppData = windowsFolder(environment, u"LOCALAPPDATA"_s, h + u"/AppData/Local"_s);
        return {
            {programFiles + u"/Docker/Docker/resources/bin"_s, u"Docker Desktop"_s},
            {programData + u"/DockerDesktop/version-bin"_s, u"Docker Desktop"_s},
            {localAppData + u"/Programs/Rancher Desktop/resources/resources/win32/bin"_s, u"Rancher Desktop (per user)"_s},
            {programFiles + u"/Rancher Desktop/resources/resources/win32/bin"_s, u"Rancher Desktop"_s},
            {programFiles + u"/RedHat/Podman"_s, u"Podman"_s},
        };
    }
    case Os::MacOS:
        return {
            {u"/usr/local/bin"_s, u"Docker Desktop, Homebrew on Intel (Colima, Podman)"_s},
            {u"/opt/homebrew/bin"_s, u"Homebrew on Apple silicon (Colima, Podman)"_s},
            {h + u"/.docker/bin"_s, u"Docker Desktop (per user)"_s},
            {u"/Applications/Docker.app/Contents/Resources/bin"_s, u"Docker Desktop"_s},
            {h + u"/.orbstack/bin"_s, u"OrbStack"_s},
            {u"/Applications/OrbStack.app/Contents/MacOS/xbin"_s, u"OrbStack"_s},
            {h + u"/.rd/bin"_s, u"Rancher Desktop"_s},
            {u"/Applications/Rancher Desktop.app/Contents/Resources/resources/darwin/bin"_s, u"Rancher Desktop"_s},
            {u"/opt/podman/bin"_s, u"Podman"_s},
        };
    case Os::Linux:
    case Os::OtherUnix:
        break;
    }
    return {
        {u"/usr/bin"_s, u"the system's packages"_s},
        {u"/usr/local/bin"_s, u"a manual install"_s},
        {u"/snap/bin"_s, u"Snap"_s},
        {h + u"/.docker/bin"_s, u"Docker Desktop for Linux"_s},
        {h + u"/.rd/bin"_s, u"Rancher Desktop"_s},
        {h + u"/.local/bin"_s, u"a per-user install"_s},
        {h + u"/bin"_s, u"a per-user install"_s},
    };
}

QStringList folders(const QList<DockerLocation> &locations)
{
    QStringList out;
    for (const DockerLocation &l : locations)
        out.append(l.folder);
    return out;
}

QStringList dockerInstallFolders()
{
    return folders(dockerLocations(currentOs(), QDir::homePath(), QProcessEnvironment::systemEnvironment()));
}

QString firstDockerCli(const QStringList &folders, Os os, const std::function<bool(const QString &)> &isExecutable,
                       const QStringList &programs)
{
    const QString suffix = os == Os::Windows ? u".exe"_s : QString();
    for (const QString &program : programs) {
        for (const QString &folder : folders) {
            const QString path = folder + u'/' + program + suffix;
            if (isExecutable ? isExecutable(path) : QFileInfo(path).isFile() && QFileInfo(path).isExecutable())
                return path;
        }
    }
    return {};
}

} // namespace Berth::Platform
