#pragma once

#include <QString>

namespace Berth {

// A fresh random password for the database: 32 characters from letters and digits plus "-_.",
// an alphabet no env-file, YAML, shell or connection-string reader treats specially (no $ # ' "
// \ or spaces), from the system's cryptographic random source.
QString generatePassword();

} // namespace Berth
