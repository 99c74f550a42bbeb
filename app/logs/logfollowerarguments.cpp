// The docker command lines of LogFollower, and the parsing of its container listing.
#include "logfollower.h"

#include "docker/dockerenvironment.h"

using namespace Qt::StringLiterals;

namespace Berth {

QString LogFollower::program() const
{
    return m_environment->cliPath();
}

QStringList LogFollower::listArguments() const
{
    return {u"ps"_s,
            u"--all"_s,
            u"--no-trunc"_s,
            u"--filter"_s,
            u"label=com.docker.compose.project="_s + m_project.name,
            u"--filter"_s,
            u"label=com.docker.compose.oneoff=False"_s,
            u"--format"_s,
            u"{{.ID}}\t{{.Names}}\t{{.Label \"com.docker.compose.service\"}}\t"
            u"{{.Label \"com.docker.compose.container-number\"}}\t{{.State}}"_s};
}

QStringList LogFollower::historyArguments(const QString &containerId, int tail) const
{
    return {u"logs"_s, u"--timestamps"_s, u"--tail"_s, QString::number(tail), containerId};
}

QStringList LogFollower::bulkArguments(const QString &containerId, qint64 untilNs) const
{
    return {u"logs"_s, u"--until"_s, LogLine::formatTimestamp(untilNs), containerId};
}

QStringList LogFollower::readArguments(const QString &containerId, qint64 sinceNs) const
{
    QStringList arguments{u"logs"_s, u"--timestamps"_s};
    if (sinceNs > 0)
        arguments << u"--since"_s << LogLine::formatTimestamp(sinceNs);
    return arguments << containerId;
}

QStringList LogFollower::followArguments(const QString &containerId, qint64 sinceNs, bool newLinesOnly) const
{
    QStringList arguments{u"logs"_s, u"--follow"_s, u"--timestamps"_s};
    if (sinceNs > 0)
        arguments << u"--since"_s << LogLine::formatTimestamp(sinceNs);
    else if (newLinesOnly)
        arguments << u"--tail"_s << u"0"_s;
    arguments << containerId;
    return arguments;
}

QString LogFollower::apiPath(const QStringList &arguments)
{
    // logs [--follow] [--timestamps] [--tail N] [--since TIME] [--until TIME] CONTAINER
    const auto seconds = [](const QString &time) {
        const qint64 ns = LogLine::parseTimestamp(time);
        return u"%1.%2"_s.arg(ns / 1000000000).arg(ns % 1000000000, 9, 10, QChar(u'0'));
    };
    QString query = u"stdout=1&stderr=1"_s;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        if (option == "--follow"_L1)
            query += u"&follow=1"_s;
        else if (option == "--timestamps"_L1)
            query += u"&timestamps=1"_s;
        else if (option == "--tail"_L1)
            query += u"&tail="_s + arguments.at(++i);
        else if (option == "--since"_L1)
            query += u"&since="_s + seconds(arguments.at(++i));
        else if (option == "--until"_L1)
            query += u"&until="_s + seconds(arguments.at(++i));
    }
    return u"/containers/%1/logs?%2"_s.arg(arguments.value(arguments.size() - 1), query);
}

bool LogFollower::parseContainer(QStringView line, const QString &projectName, Container *container)
{
    const QList<QStringView> fields = line.trimmed().split(u'\t');
    if (fields.size() != 5 || fields.at(0).isEmpty() || fields.at(2).isEmpty())
        return false;
    container->id = fields.at(0).toString();
    container->service = fields.at(2).toString();
    container->state = fields.at(4).toString();
    // Compose prefixes a container's lines with SERVICE-NUMBER; a container_name has no number.
    const QStringView number = fields.at(3);
    if (!number.isEmpty())
        container->prefix = container->service + u'-' + number;
    else {
        QStringView name = fields.at(1);
        if (name.size() > projectName.size() && name.startsWith(projectName) && name.at(projectName.size()) == u'-')
            name = name.mid(projectName.size() + 1);
        container->prefix = name.toString();
    }
    return true;
}

} // namespace Berth
