#include "logsearch.h"

namespace Berth {

bool LogSearch::set(const QString &text, bool regularExpression, bool caseSensitive)
{
    if (regularExpression) {
        QRegularExpression regex(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid())
            return false;
        m_regex = regex;
    }
    m_text = text;
    m_useRegex = regularExpression;
    m_case = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return true;
}

bool LogSearch::matches(const QString &text) const
{
    if (m_useRegex)
        return m_regex.match(text).hasMatch();
    return text.contains(m_text, m_case);
}

QList<LogSearch::Range> LogSearch::ranges(const QString &text) const
{
    QList<Range> result;
    if (m_text.isEmpty())
        return result;
    if (m_useRegex) {
        auto it = m_regex.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedLength() == 0)
                break;
            result.append({match.capturedStart(), match.capturedLength()});
        }
        return result;
    }
    for (qsizetype at = text.indexOf(m_text, 0, m_case); at >= 0; at = text.indexOf(m_text, at + m_text.size(), m_case))
        result.append({at, m_text.size()});
    return result;
}

} // namespace Berth
