#pragma once

#include <QHash>
#include <QString>

namespace Berth {

// Renders the templates in app/generate/templates/ (compiled in as :/berth/templates/NAME).
// The language is deliberately tiny: {{ name }} inserts a value the caller has already escaped
// for the target format; a line holding only {% if name %}, {% if not name %}, {% else %} or
// {% endif %} keeps or drops the lines up to the matching one (nesting allowed). Unknown names
// and unbalanced blocks are programming errors: they render as "{{!name}}" / "{%!...%}" so the
// golden tests fail loudly.
class TemplateRenderer
{
public:
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    void set(const QString &name, bool flag) { m_flags.insert(name, flag); }
    void set(const QString &name, int value) { m_values.insert(name, QString::number(value)); }
    void set(const QString &name, const char *) = delete; // say Quote::... or u""_s explicitly

    QString render(const QString &templateName) const;
    QString renderText(const QString &text) const;

private:
    QString substitute(const QString &line) const;
    QHash<QString, QString> m_values;
    QHash<QString, bool> m_flags;
};

} // namespace Berth
