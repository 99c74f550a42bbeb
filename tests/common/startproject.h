#pragma once

// `django-admin startproject NAME` in parent, with the build root's Django (header-only: each
// test is one executable). False when it cannot run or fails.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace BerthTest {

inline bool startProject(const QString &parent, const QString &name)
{
    QProcess p;
    p.setWorkingDirectory(parent);
    p.start(QStringLiteral("django-admin"), {QStringLiteral("startproject"), name});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace BerthTest
