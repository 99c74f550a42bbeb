#include "shellquoting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Quote {

QString shell(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (!word.isEmpty() && plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', "'\\''"_L1);
    return u'\'' + quoted + u'\'';
}

QString shellWords(const QStringList &words)
{
    QStringList parts;
    parts.reserve(words.size());
    for (const QString &word : words)
        parts.append(shell(word));
    return parts.join(u' ');
}

} // namespace Berth::Quote
