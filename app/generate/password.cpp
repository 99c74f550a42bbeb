#include "generate/password.h"

#include <random>

namespace Berth {

QString generatePassword(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    constexpr unsigned size = sizeof(alphabet) - 1;
    // The operating system's cryptographic source (getrandom or /dev/urandom with libstdc++ on
    // Linux, arc4random with libc++, rand_s with MSVC), not a seeded pseudo-random engine.
    std::random_device source;
    // A letter or digit first, so the password never looks like a command-line option.
    std::uniform_int_distribution<unsigned> first(0, size - 4);
    std::uniform_int_distribution<unsigned> any(0, size - 1);
    QString password;
    password.reserve(length);
    password += QLatin1Char(alphabet[first(source)]);
    for (int i = 1; i < length; ++i)
        password += QLatin1Char(alphabet[any(source)]);
    return password;
}

QString generateSecretKey()
{
    return generatePassword(64);
}

} // namespace Berth
