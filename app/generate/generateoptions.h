#pragma once

#include <QString>

namespace Berth {

struct GenerateOptions
{
    // The database password to write instead of the project's existing one or a fresh one (the
    // wizard shows one password for its whole session). Ignored when Quote::envValue cannot
    // write it; generatePassword() passwords always can.
    QString databasePassword;
};

} // namespace Berth
