// Doctor: host ports the setup publishes that something on this machine already listens on.
#include "doctor/doctor.h"

#include "platform/systemprobes.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {


QList<Problem> checkHostPortsTaken(const SetupFiles &files, const Config::ComposeModel &merged)
{
    QList<Problem> problems;
    QSet<int> listening;
    bool read = false;
    QSet<int> reported;
    for (const Config::ComposeService &s : merged.services) {
        for (const Config::ComposePort &p : s.ports) {
            bool ok = false;
            const int port = p.published.toInt(&ok);
            if (!ok || port <= 0 || (!p.protocol.isEmpty() && p.protocol != u"tcp") || reported.contains(port))
                continue;
            if (!read)
                listening = Platform::listeningTcpPorts(), read = true;
            if (!listening.contains(port))
                continue;
            reported.insert(port);
            problems.append({u"host-port-taken"_s, Problem::Severity::Warning, files.compose, s.line,
                             QCoreApplication::translate("Berth::Doctor", "Host port %1 of %2 is in use on this machine (by this stack if it is up, or by another program)")
                                 .arg(port).arg(s.name),
                             QCoreApplication::translate("Berth::Doctor", "Something listens on port %1 already. If it is not this project's "
                                                         "%2, `docker compose up` fails with \"address already in use\": stop the "
                                                         "other program, or publish %2 on another host port.")
                                 .arg(port).arg(s.name),
                             {}});
        }
    }
    return problems;
}

} // namespace Berth::Doctor
