#include "core/quoting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Quote {

namespace {

QString escapeDoubleQuoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += "\\\""_L1; break;
        case '\\': out += "\\\\"_L1; break;
        case '\n': out += "\\n"_L1; break;
        case '\r': out += "\\r"_L1; break;
        case '\t': out += "\\t"_L1; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out;
}

} // namespace

QString yaml(const QString &value)
{
    return u'"' + escapeDoubleQuoted(value) + u'"';
}

QString compose(const QString &value)
{
    QString dollarsDoubled = value;
    dollarsDoubled.replace(u'$', "$$"_L1);
    return yaml(dollarsDoubled);
}

QString composeList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(compose(v));
    return u'[' + quoted.join(", "_L1) + u']';
}

QString envValue(const QString &value)
{
    static const QRegularExpression bare(u"^[A-Za-z0-9_.,:/@%+=-]*$"_s);
    if (bare.match(value).hasMatch())
        return value;
    if (value.contains(u'\'') || value.contains(u'\n') || value.contains(u'\r'))
        return {};
    return u'\'' + value + u'\'';
}

QString python(const QString &value)
{
    return u'"' + escapeDoubleQuoted(value) + u'"';
}

} // namespace Berth::Quote
