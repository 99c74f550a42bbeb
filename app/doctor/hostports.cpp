// Doctor: host ports the setup publishes that something on this machine already listens on.
#include "doctor/doctor.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

namespace {

// TCP ports in LISTEN state (0A) from /proc/net/tcp and tcp6: "sl local_address rem_address st …"
// with local_address as HEXADDR:HEXPORT. Only Linux has them; elsewhere the check is skipped
// (berthcore links Qt Core only, so there is no socket probe to fall back on).
QSet<int> listeningPorts()
{
    QSet<int> ports;
#ifdef Q_OS_LINUX
    for (const QString &path : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        f.readLine(); // the header
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            bool ok = false;
            const int port = fields.at(1).mid(fields.at(1).lastIndexOf(':') + 1).toInt(&ok, 16);
            if (ok)
                ports.insert(port);
        }
    }
#endif
    return ports;
}

} // namespace

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
                listening = listeningPorts(), read = true;
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
