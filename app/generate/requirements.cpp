#include "generate/requirements.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth {

QString requirementName(const QString &line)
{
    static const QRegularExpression name(u"^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)"_s);
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'-'))
        return {};
    const QRegularExpressionMatch m = name.match(trimmed);
    if (!m.hasMatch())
        return {};
    // PEP 503 normalisation: runs of -, _ and . are one '-', case-insensitive.
    static const QRegularExpression separators(u"[-_.]+"_s);
    return m.captured(1).toLower().replace(separators, u"-"_s);
}

QByteArray mergeRequirements(const QByteArray &existing, const QList<NeededRequirement> &needed, QStringList *added)
{
    QString text = QString::fromUtf8(existing);
    // pip splits lines at CR too: a CR left in would end a line for pip but not for Berth, and
    // the LF Berth appends after a last bare CR would make a CRLF.
    text.replace("\r\n"_L1, "\n"_L1);
    text.replace(u'\r', u'\n');
    QSet<QString> present;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString n = requirementName(line);
        if (!n.isEmpty())
            present.insert(n);
    }
    QStringList missing;
    for (const NeededRequirement &r : needed) {
        bool satisfied = false;
        for (const QString &n : r.satisfiedBy)
            satisfied = satisfied || present.contains(n);
        if (!satisfied)
            missing.append(r.line.leftJustified(24) + "  # "_L1 + r.why);
    }
    if (added)
        *added = missing;
    if (missing.isEmpty())
        return text.toUtf8();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    if (!text.isEmpty())
        text += u'\n';
    text += "# Added by Berth: what the Docker setup needs (your own lines above are kept as they are).\n"_L1;
    text += missing.join(u'\n') + u'\n';
    return text.toUtf8();
}

} // namespace Berth
