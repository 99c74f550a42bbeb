#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTextDocument;

namespace Berth {

class SyntaxHighlighterBackend;

// A CodeEditor's highlighting: the plugin's highlighter for its document (see syntaxengine.h),
// or nothing at all (plain text) when the plugin could not be loaded. Creating one loads the
// plugin if that has not happened yet.
class EditorHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit EditorHighlighter(QTextDocument *document);
    ~EditorHighlighter() override;

    // False when the plugin is missing: every call below is then a no-op.
    bool isActive() const { return m_backend != nullptr; }

    // Unknown or empty name: plain text.
    void setDefinition(const QString &name);
    // The definition in use; empty for plain text.
    QString definitionName() const;
    // Empty or unknown name: the theme that suits the application palette. Re-highlights
    // (KSyntaxHighlighting's own setTheme() does not, PITFALLS.md).
    void setTheme(const QString &name);
    void rehighlight();
    // True while blocks remain to be highlighted (in 6 ms slices from the event loop).
    bool isBusy() const;
    // Highlights everything that is left now (tests; saving a screenshot).
    void finish();

Q_SIGNALS:
    // The highlighter has reached the end of its work (a full pass, or the lines an edit changed).
    void finished();

private:
    std::unique_ptr<SyntaxHighlighterBackend> m_backend;
};

} // namespace Berth
