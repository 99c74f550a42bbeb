#pragma once

#include "composeconfig.h"

#include <QStringList>

namespace Berth {

// The compose arguments of the everyday Django chores for a project's effective config. The
// generated setup has a `manage` service whose entrypoint is manage.py and a `tests` service
// running pytest; other projects get manage.py run in their `app` service.
namespace DjangoChores {

// The variable createsuperuser --noinput reads the password from.
inline constexpr char16_t passwordVariable[] = u"DJANGO_SUPERUSER_PASSWORD";

QStringList manage(const ComposeConfig &config, const QStringList &command);
// `-e NAME` without a value hands the variable from Compose's environment to the container,
// so the password is in no argument list (set it on the job's environment).
QStringList createSuperuser(const ComposeConfig &config, const QString &username, const QString &email);

struct TestRun
{
    QStringList arguments;  // empty: the project has no tests service
    QString reportHostPath; // where the JUnit report appears on the host, "" when not mounted
};
// pytest through the tests service, writing its JUnit report into PROJECT/.berth/ through the
// service's bind mount of the project folder.
TestRun runTests(const ComposeConfig &config, const QString &projectDirectory, bool failedOnly);

} // namespace DjangoChores

} // namespace Berth
