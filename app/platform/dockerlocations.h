#pragma once

#include "platform/hostsystem.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace Berth::Platform {

// One folder a docker-compatible CLI is installed in, and what installs it there.
struct DockerLocation {
    QString folder;      // absolute, with '/' separators
    QString installedBy; // "Docker Desktop", "Homebrew (Colima, Podman)", "OrbStack", …
};

// Where the docker CLI is installed on os, in the order Berth tries them after PATH. A GUI app
// started from the macOS Dock or the Windows Start menu does not get the shell's PATH, so these
// are how it finds Docker Desktop, Colima (Homebrew's docker), OrbStack, Rancher Desktop and
// Podman (its docker-compatible CLI). home is the user's home folder; on Windows, environment
// gives ProgramFiles, ProgramData and LOCALAPPDATA (their usual values when unset).
QList<DockerLocation> dockerLocations(Os os, const QString &home, const QProcessEnvironment &environment);
// The folders of locations, in order.
QStringList folders(const QList<DockerLocation> &locations);
// The folders of dockerLocations() on this system.
QStringList dockerInstallFolders();

// The first CLI in folders: each of programs (`docker`, then `podman`) in each folder in order,
// with `.exe` on Windows. isExecutable says whether a path is an executable file (the real one
// by default; a fake file tree in tests). Empty when there is none.
QString firstDockerCli(const QStringList &folders, Os os,
                       const std::function<bool(const QString &)> &isExecutable = {},
                       const QStringList &programs = {QStringLiteral("docker"), QStringLiteral("podman")});

} // namespace Berth::Platform
