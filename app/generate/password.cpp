#include "generate/password.h"

#include <QRandomGenerator>

namespace Berth {

QString generatePassword()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    constexpr quint32 size = sizeof(alphabet) - 1;
    QString password;
    password.reserve(32);
    QRandomGenerator *random = QRandomGenerator::system();
    // A letter or digit first, so the password never looks like a command-line option.
    password += QLatin1Char(alphabet[random->bounded(size - 3)]);
    for (int i = 1; i < 32; ++i)
        password += QLatin1Char(alphabet[random->bounded(size)]);
    return password;
}

} // namespace Berth
