#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Berth {

// What the log view searches for: plain text or a regular expression, with or without case.
class LogSearch
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // False (and the old search kept) for an invalid regular expression.
    bool set(const QString &text, bool regularExpression, bool caseSensitive);
    bool isEmpty() const { return m_text.isEmpty(); }
    bool matches(const QString &text) const;
    // Every non-empty match in text, left to right.
    QList<Range> ranges(const QString &text) const;

private:
    QString m_text;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
};

} // namespace Berth
