#pragma once

#include <QString>

namespace Berth {

// A fresh random password for the database: 32 (length) characters from letters and digits plus "-_.",
// an alphabet no env-file, YAML, shell or connection-string reader treats specially (no $ # ' "
// \ or spaces), from the system's cryptographic random source.
QString generatePassword(int length = 32);

// A fresh Django SECRET_KEY: 64 characters of the same alphabet (Django's deploy check asks for at
// least 50 characters, 5 of them different, and not startproject's "django-insecure-" prefix).
QString generateSecretKey();

} // namespace Berth
