#include "djangochores.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Berth::DjangoChores {

QStringList manage(const ComposeConfig &config, const QStringList &command)
{
    if (config.service(u"manage"_s))
        return QStringList{u"run"_s, u"--rm"_s, u"manage"_s} + command;
    return QStringList{u"run"_s, u"--rm"_s, u"app"_s, u"python"_s, u"manage.py"_s} + command;
}

QStringList createSuperuser(const ComposeConfig &config, const QString &username, const QString &email)
{
    QStringList command{u"createsuperuser"_s, u"--noinput"_s, u"--username"_s, username};
    if (!email.isEmpty())
        command << u"--email"_s << email;
    QStringList arguments = manage(config, command);
    arguments.insert(2, QString::fromUtf16(passwordVariable));
    arguments.insert(2, u"-e"_s);
    return arguments;
}

TestRun runTests(const ComposeConfig &config, const QString &projectDirectory, bool failedOnly)
{
    TestRun run;
    const ServiceDefinition *tests = config.service(u"tests"_s);
    if (!tests)
        return run;
    run.arguments = {u"run"_s, u"--rm"_s, u"tests"_s};
    const QString report = QDir(projectDirectory).filePath(u".berth/test-results.xml"_s);
    const QString inContainer = tests->containerPath(report);
    if (!inContainer.isEmpty()) {
        run.reportHostPath = report;
        run.arguments << u"--junitxml="_s + inContainer;
    }
    if (failedOnly)
        run.arguments << u"--last-failed"_s;
    return run;
}

} // namespace Berth::DjangoChores
