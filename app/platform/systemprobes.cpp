#include "platform/systemprobes.h"

#include <QFile>
#include <QList>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Berth::Platform {

QSet<int> listeningPortsOf(const QByteArray &procNetTcp)
{
    // "sl local_address rem_address st …", local_address as HEXADDR:HEXPORT, LISTEN is 0A.
    QSet<int> ports;
    for (const QByteArray &line : procNetTcp.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || fields.at(3) != "0A")
            continue;
        bool ok = false;
        const int port = fields.at(1).mid(fields.at(1).lastIndexOf(':') + 1).toInt(&ok, 16);
        if (ok && port > 0)
            ports.insert(port);
    }
    return ports;
}

QSet<int> listeningTcpPorts(bool *supported)
{
    QSet<int> ports;
#ifdef Q_OS_LINUX
    if (supported)
        *supported = true;
    for (const QString &path : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            ports += listeningPortsOf(f.readAll());
    }
#else
    if (supported)
        *supported = false;
#endif
    return ports;
}

void lowerCurrentThreadPriority(int niceness)
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    // Relative: nicer than the thread is now, whatever that is.
    const auto thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, thread, qMin(19, now + niceness));
    lowered = true;
#else
    Q_UNUSED(niceness);
#endif
}

} // namespace Berth::Platform
