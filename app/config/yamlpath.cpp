#include "config/yamlpath.h"

#include <QCoreApplication>

namespace Berth::Config {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config::YamlPath", text);
}

bool needsQuotes(const QString &key)
{
    if (key.isEmpty())
        return true;
    for (QChar c : key)
        if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\\')
            return true;
    return false;
}

} // namespace

std::optional<YamlPath> YamlPath::parse(const QString &text, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<YamlPath> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    YamlPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return failed(tr("the path is empty; give keys separated by dots, like services.web.image"));
    bool expectKey = true; // at the start and after a dot
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            bool ok = false;
            const int index = close < 0 ? -1 : text.mid(i + 1, close - i - 1).toInt(&ok);
            if (close < 0 || !ok || index < 0)
                return failed(tr("\"%1\": an item is written [N], with N a number from 0").arg(text));
            path.segments.append({QString(), index});
            i = close + 1;
            expectKey = false;
        } else if (c == u'.') {
            if (expectKey)
                return failed(tr("\"%1\": an empty key between dots").arg(text));
            expectKey = true;
            ++i;
        } else if (!expectKey) {
            return failed(tr("\"%1\": a dot or [N] must follow a key or an item").arg(text));
        } else if (c == u'"') {
            QString key;
            ++i;
            while (i < n && text.at(i) != u'"') {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                key += text.at(i++);
            }
            if (i >= n)
                return failed(tr("\"%1\": a quoted key is not closed").arg(text));
            ++i;
            path.segments.append({key, -1});
            expectKey = false;
        } else {
            const qsizetype start = i;
            while (i < n && text.at(i) != u'.' && text.at(i) != u'[')
                ++i;
            path.segments.append({text.mid(start, i - start), -1});
            expectKey = false;
        }
    }
    if (expectKey)
        return failed(tr("\"%1\": the path ends with a dot").arg(text));
    return path;
}

QString YamlPath::toString() const
{
    QString out;
    for (const Segment &s : segments) {
        if (s.isIndex()) {
            out += u'[' + QString::number(s.index) + u']';
            continue;
        }
        if (!out.isEmpty())
            out += u'.';
        if (needsQuotes(s.key)) {
            QString escaped = s.key;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            out += u'"' + escaped + u'"';
        } else {
            out += s.key;
        }
    }
    return out;
}

YamlPath YamlPath::child(const QString &key) const
{
    YamlPath p = *this;
    p.segments.append({key, -1});
    return p;
}

YamlPath YamlPath::item(int index) const
{
    YamlPath p = *this;
    p.segments.append({QString(), index});
    return p;
}

bool YamlPath::isWithin(const YamlPath &other) const
{
    return segments.size() >= other.segments.size()
           && std::equal(other.segments.begin(), other.segments.end(), segments.begin());
}

} // namespace Berth::Config
