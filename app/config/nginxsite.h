#pragma once

#include "config/textedit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Config {

struct NginxArg {
    QString value;          // without quotes and escapes
    qsizetype start = 0;    // the token as written, quotes included
    qsizetype end = 0;
    QChar quote;            // '"', '\'' or null
};

// One directive (`listen 80;`) or block (`location /static/ { ... }`) with its positions.
struct NginxDirective {
    QString name;
    QList<NginxArg> args;
    int line = 0;             // 1-based
    qsizetype start = 0;      // the name
    qsizetype end = 0;        // after ';' or the closing '}'
    qsizetype blockStart = 0; // its own comment lines directly above it, or start
    qsizetype bodyStart = -1; // after '{'; -1 for a simple directive
    qsizetype bodyEnd = -1;   // at '}'
    int parent = -1;
    QList<int> children;

    bool isBlock() const { return bodyStart >= 0; }
};

// An nginx site (Berth's app.conf or anyone's: comments, several server blocks, quoted strings)
// read far enough to find and patch the parts the Configuration view shows. Everything else
// stays text; edits come back as TextEdits.
class NginxSite
{
public:
    enum class Field { ServerName, Listen, ClientMaxBodySize, StaticLocation, MediaLocation, Upstream };
    static constexpr int FieldCount = 6;

    struct FieldValue {
        bool editable = false; // false: the site has no place for it (the reason is in note)
        bool present = false;  // false: editable, and setting it adds a directive
        QString value;
        int directive = -1;    // the directive whose arguments hold the value
        QString note;          // what the value is, where it is, or why it cannot be edited
    };

    static NginxSite parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QString &text() const { return m_text; }
    const QList<NginxDirective> &directives() const { return m_directives; }

    // Indexes of the server blocks (not an upstream's `server host:port;`).
    QList<int> servers() const;
    // The server that passes requests to the application; the first one without a `return`
    // otherwise; -1 without any.
    int mainServer() const;
    // The first child of `parent` (-1: top level) with this name.
    int child(int parent, const QString &name) const;

    FieldValue field(Field field, int server) const;
    // Sets the field's value in place, or adds its directive; nothing when not editable.
    QList<TextEdit> setField(Field field, int server, const QString &value) const;
    // Empty when nginx takes the value; otherwise what is wrong and what is allowed.
    QString validate(Field field, int server, const QString &value) const;

    QList<TextEdit> setArgs(int directive, const QStringList &args) const;
    // After the block's last simple directive before its first block, at that line's indentation.
    QList<TextEdit> addDirective(int block, const QString &name, const QStringList &args) const;
    // The directive's lines with its own comments above it.
    QList<TextEdit> remove(int directive) const;

private:
    QString lineIndent(qsizetype pos) const;
    qsizetype lineStartOf(qsizetype pos) const;
    qsizetype lineEndOf(qsizetype pos) const; // after the line break
    int findDescendant(int block, const QStringList &names) const;
    int location(int server, const QString &prefix) const;

    QString m_text;
    QString m_error;
    QString m_lineBreak = QStringLiteral("\n");
    QList<NginxDirective> m_directives;
};

} // namespace Berth::Config
