#pragma once

#include <QByteArray>
#include <QSet>

namespace Berth::Platform {

// TCP ports something on this machine listens on. Linux reads /proc/net/tcp and tcp6;
// elsewhere `supported` is false and the set empty (berthcore links Qt Core only, so there is
// no socket probe to fall back on).
QSet<int> listeningTcpPorts(bool *supported = nullptr);
// The LISTEN sockets' ports in the text of /proc/net/tcp or tcp6 (or both, one after the
// other; header lines are skipped), wherever that text was read (a remote engine's host too).
QSet<int> listeningPortsOf(const QByteArray &procNetTcp);

// Makes the calling thread `niceness` steps nicer than it is (Linux; nothing elsewhere), once
// per thread: for background work that must leave the CPU to the window.
void lowerCurrentThreadPriority(int niceness);

} // namespace Berth::Platform
