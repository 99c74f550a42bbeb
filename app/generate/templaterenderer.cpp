#include "generate/templaterenderer.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Berth {

QString TemplateRenderer::render(const QString &templateName) const
{
    QFile f(":/berth/templates/"_L1 + templateName);
    if (!f.open(QIODevice::ReadOnly))
        return u"{%!missing template "_s + templateName + u"%}\n"_s;
    return renderText(QString::fromUtf8(f.readAll()));
}

QString TemplateRenderer::substitute(const QString &line) const
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(line).mid(last, m.capturedStart() - last);
        const auto value = m_values.constFind(m.captured(1));
        out += value != m_values.constEnd() ? *value : u"{{!"_s + m.captured(1) + u"}}"_s;
        last = m.capturedEnd();
    }
    out += QStringView(line).mid(last);
    return out;
}

QString TemplateRenderer::renderText(const QString &text) const
{
    static const QRegularExpression control(u"^\\s*\\{%\\s*(if|if not|else|endif)\\s*([A-Za-z0-9_]*)\\s*%\\}\\s*$"_s);
    // Each open block: is its current branch shown, and was the enclosing output shown.
    struct Block { bool shown; bool parentShown; };
    QList<Block> stack;
    bool shown = true;
    QString out;
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    for (const QString &line : std::as_const(lines)) {
        const QRegularExpressionMatch m = control.match(line);
        if (!m.hasMatch()) {
            if (shown)
                out += substitute(line) + u'\n';
            continue;
        }
        const QString keyword = m.captured(1);
        const QString name = m.captured(2);
        if (keyword.startsWith("if"_L1)) {
            const auto flag = m_flags.constFind(name);
            if (flag == m_flags.constEnd()) {
                out += u"{%!unknown flag "_s + name + u"%}\n"_s;
                continue;
            }
            const bool condition = keyword == "if"_L1 ? *flag : !*flag;
            stack.append({condition, shown});
            shown = shown && condition;
        } else if (keyword == "else"_L1 && !stack.isEmpty()) {
            stack.last().shown = !stack.last().shown;
            shown = stack.last().parentShown && stack.last().shown;
        } else if (keyword == "endif"_L1 && !stack.isEmpty()) {
            shown = stack.takeLast().parentShown;
        } else {
            out += u"{%!unbalanced "_s + keyword + u"%}\n"_s;
        }
    }
    if (!stack.isEmpty())
        out += u"{%!unclosed if%}\n"_s;
    return out;
}

} // namespace Berth
