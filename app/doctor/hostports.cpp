// Doctor: host ports the setup publishes that something already listens on, where the stack
// will run: this machine, or a remote engine's host (asked through docker, see EnginePorts).
#include "doctor/doctor.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Doctor", text);
}

} // namespace

QList<Problem> checkHostPortsTaken(const SetupFiles &files, const Config::ComposeModel &merged, const PortsInUse *given)
{
    QList<Problem> problems;
    PortsInUse here;
    bool read = given != nullptr;
    const PortsInUse &ports = given ? *given : here;
    QSet<int> reported;
    for (const Config::ComposeService &s : merged.services) {
        for (const Config::ComposePort &p : s.ports) {
            bool ok = false;
            const int port = p.published.toInt(&ok);
            if (!ok || port <= 0 || (!p.protocol.isEmpty() && p.protocol != u"tcp") || reported.contains(port))
                continue;
            if (!read)
                here = PortsInUse::thisMachine(), read = true;
            if (!ports.taken(port))
                continue;
            reported.insert(port);
            const QString container = ports.containers.value(port);
            QString title;
            if (ports.where.isEmpty())
                title = tr("Host port %1 of %2 is in use on this machine (by this stack if it is up, or by another program)")
                            .arg(port).arg(s.name);
            else if (!container.isEmpty())
                title = tr("Host port %1 of %2 is in use on %3, by the container %4").arg(port).arg(s.name, ports.where, container);
            else
                title = tr("Host port %1 of %2 is in use on %3, by a program outside Docker").arg(port).arg(s.name, ports.where);
            problems.append({u"host-port-taken"_s, Problem::Severity::Warning, files.compose, s.line, title,
                             tr("Something listens on port %1 already. If it is not this project's %2, `docker compose up` "
                                "fails with \"address already in use\": stop the other program, or publish %2 on another "
                                "host port.")
                                 .arg(port).arg(s.name),
                             {}});
        }
    }
    return problems;
}

} // namespace Berth::Doctor
