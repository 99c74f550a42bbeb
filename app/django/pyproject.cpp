#include "django/pyproject.h"

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// A small TOML reader: tables, keys and values far enough to find [project] dependencies and
// dynamic. Values Berth does not need are skipped with their strings, arrays and inline tables.
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {
    }

    PyProjectDependencies read()
    {
        PyProjectDependencies result;
        while (m_error.isEmpty()) {
            skipBlank(true);
            if (atEnd())
                break;
            if (peek() == u'[') {
                readHeader();
                result.projectTable = result.projectTable || m_table == "project"_L1;
                continue;
            }
            const QString key = readKey();
            if (!m_error.isEmpty())
                break;
            const QString full = m_table.isEmpty() ? key : m_table + u'.' + key;
            QStringList strings;
            bool isArray = false;
            readValue(0, &strings, &isArray);
            if (!m_error.isEmpty())
                break;
            if (full.startsWith("project."_L1))
                result.projectTable = true;
            if (full == "project.dependencies"_L1 && isArray) {
                result.declared = true;
                result.dependencies = strings;
            } else if (full == "project.dynamic"_L1 && isArray) {
                result.dynamic = strings.contains(u"dependencies"_s);
            }
            skipBlank(false);
            if (!atEnd() && peek() != u'\n')
                fail(u"unexpected text after the value of %1"_s.arg(full));
        }
        if (!m_error.isEmpty())
            result.error = u"line %1: %2"_s.arg(lineNumber()).arg(m_error.simplified().left(200));
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }
    int lineNumber() const { return int(m_text.left(m_pos).count(u'\n')) + 1; }

    // Spaces, tabs and comments; newlines too when newlines is set.
    void skipBlank(bool newlines)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\r' || (newlines && c == u'\n')) {
                ++m_pos;
            } else if (c == u'#') {
                while (!atEnd() && peek() != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    // A key: bare or quoted parts joined by dots, as "a.b" (quotes removed).
    QString readKeyPath(QChar end)
    {
        QStringList parts;
        while (m_error.isEmpty()) {
            skipBlank(false);
            const QChar c = peek();
            if (c == u'"' || c == u'\'') {
                QStringList s;
                bool isArray = false;
                readValue(0, &s, &isArray);
                parts.append(s.value(0));
            } else {
                const qsizetype start = m_pos;
                while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'-'))
                    ++m_pos;
                if (m_pos == start) {
                    fail(u"a key was expected"_s);
                    break;
                }
                parts.append(m_text.mid(start, m_pos - start));
            }
            skipBlank(false);
            if (peek() == u'.') {
                ++m_pos;
                continue;
            }
            if (peek() != end)
                fail(u"'%1' was expected after the key %2"_s.arg(end).arg(parts.join(u'.')));
            break;
        }
        return parts.join(u'.');
    }

    void readHeader()
    {
        ++m_pos;
        const bool arrayOfTables = peek() == u'[';
        if (arrayOfTables)
            ++m_pos;
        m_table = readKeyPath(u']');
        ++m_pos;
        if (arrayOfTables && peek() == u']')
            ++m_pos;
        skipBlank(false);
        if (!atEnd() && peek() != u'\n')
            fail(u"unexpected text after the table header [%1]"_s.arg(m_table));
    }

    QString readKey()
    {
        const QString key = readKeyPath(u'=');
        ++m_pos;
        skipBlank(false);
        return key;
    }

    // One value; strings inside an array are appended to strings (a string value alone too).
    void readValue(int depth, QStringList *strings, bool *isArray)
    {
        if (depth > 64) {
            fail(u"values nested too deeply"_s);
            return;
        }
        const QChar c = peek();
        if (c == u'"' || c == u'\'') {
            strings->append(readString());
        } else if (c == u'[') {
            *isArray = depth == 0;
            ++m_pos;
            while (m_error.isEmpty()) {
                skipBlank(true);
                if (atEnd()) {
                    fail(u"an array is not closed"_s);
                    return;
                }
                if (peek() == u']') {
                    ++m_pos;
                    return;
                }
                QStringList inner;
                bool innerArray = false;
                readValue(depth + 1, depth == 0 ? strings : &inner, &innerArray);
                skipBlank(true);
                if (peek() == u',')
                    ++m_pos;
                else if (peek() != u']')
                    fail(u"',' or ']' was expected in an array"_s);
            }
        } else if (c == u'{') {
            ++m_pos;
            while (m_error.isEmpty()) {
                skipBlank(false);
                if (peek() == u'}') {
                    ++m_pos;
                    return;
                }
                readKey();
                QStringList inner;
                bool innerArray = false;
                readValue(depth + 1, &inner, &innerArray);
                skipBlank(false);
                if (peek() == u',')
                    ++m_pos;
                else if (peek() != u'}')
                    fail(u"',' or '}' was expected in an inline table"_s);
            }
        } else {
            // Numbers, booleans, dates: up to the end of the value.
            const qsizetype start = m_pos;
            while (!atEnd() && peek() != u'\n' && peek() != u',' && peek() != u']' && peek() != u'}' && peek() != u'#')
                ++m_pos;
            if (m_text.mid(start, m_pos - start).trimmed().isEmpty())
                fail(u"a value was expected"_s);
        }
    }

    QString readString()
    {
        const QChar quote = peek();
        const bool multiLine = peek(1) == quote && peek(2) == quote;
        m_pos += multiLine ? 3 : 1;
        QString value;
        while (true) {
            if (atEnd() || (!multiLine && peek() == u'\n')) {
                fail(u"a string is not closed"_s);
                return value;
            }
            const QChar c = peek();
            if (c == quote && (!multiLine || (peek(1) == quote && peek(2) == quote))) {
                m_pos += multiLine ? 3 : 1;
                return value;
            }
            if (c == u'\\' && quote == u'"') {
                const QChar next = peek(1);
                m_pos += 2;
                switch (next.unicode()) {
                case 'n': value += u'\n'; break;
                case 't': value += u'\t'; break;
                case '"': value += u'"'; break;
                case '\\': value += u'\\'; break;
                default: value += next; break; // \uXXXX and line-ending backslashes: kept as text
                }
                continue;
            }
            value += c;
            ++m_pos;
        }
    }

    const QString m_text;
    qsizetype m_pos = 0;
    QString m_table;
    QString m_error;
};

} // namespace

PyProjectDependencies readPyProjectDependencies(const QByteArray &toml)
{
    QString text = QString::fromUtf8(toml.left(4 * 1024 * 1024));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return Reader(text).read();
}

} // namespace Berth
