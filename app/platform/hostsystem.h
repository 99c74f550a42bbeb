#pragma once

#include <optional>

namespace Berth::Platform {

// The operating system Berth runs on, for behaviour that differs by platform but is decided
// at run time (messages, where programs are installed), so that every platform's branch is
// compiled and tested everywhere.
enum class Os { Linux, MacOS, Windows, OtherUnix };
Os currentOs();

// The user's numeric ids, where the engine shares the host's file ownership (Linux): files a
// container writes into a bind-mounted project then belong to the user, not to root. Docker
// Desktop (macOS, Windows) maps ownership itself: nullopt there.
struct HostUser {
    int uid = -1;
    int gid = -1;
};
std::optional<HostUser> hostUser();

} // namespace Berth::Platform
