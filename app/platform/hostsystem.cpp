#include "platform/hostsystem.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Berth::Platform {

Os currentOs()
{
#if defined(Q_OS_LINUX)
    return Os::Linux;
#elif defined(Q_OS_MACOS)
    return Os::MacOS;
#elif defined(Q_OS_WIN)
    return Os::Windows;
#else
    return Os::OtherUnix;
#endif
}

std::optional<HostUser> hostUser()
{
#ifdef Q_OS_LINUX
    return HostUser{int(::getuid()), int(::getgid())};
#else
    return std::nullopt;
#endif
}

} // namespace Berth::Platform
