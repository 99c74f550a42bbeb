#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <memory>

class QTextDocument;

// The seam between Berth and KF6 SyntaxHighlighting. Linking KSyntaxHighlighting brings in
// QtNetwork and through it libproxy, curl, Kerberos... (~40 shared objects, ~30 ms of dynamic
// loading before main()), so the library lives in a plugin (ui/syntaxplugin) that is loaded after
// the first paint or when an editor first needs it (editor/syntaxengineloader.h). This header is
// all the two sides share: header-only, no Q_OBJECT (a meta-object compiled into both the static
// berthui and the plugin would exist twice), no KSyntaxHighlighting types.

namespace Berth {

// The colours of a theme that the editor paints itself (KSyntaxHighlighting::Theme's editor
// colours, resolved), so CodeEditor needs no KSyntaxHighlighting type.
struct SyntaxThemeColors {
    QString name; // the theme's name; empty: no theme (plain text in the palette's colours)
    QColor background;
    QColor text;
    QColor selection;
    QColor iconBorder;
    QColor lineNumbers;
    QColor currentLineNumber;
    QColor currentLine;

    bool isValid() const { return !name.isEmpty(); }
};

struct SyntaxThemeInfo {
    QString name;           // what settings store and SyntaxEngine::theme() takes
    QString translatedName; // what menus show
};

// Highlights one QTextDocument: a slice at a time from the event loop, and after an edit from the
// edited block until a block's end state is unchanged.
class SyntaxHighlighterBackend
{
public:
    virtual ~SyntaxHighlighterBackend() = default;

    // A definition by name ("YAML", "Dockerfile", "nginx Configuration"...); an unknown or empty
    // name means plain text. Re-highlights.
    virtual void setDefinition(const QString &name) = 0;
    // The definition in use; empty for plain text.
    virtual QString definitionName() const = 0;
    // A theme by name; an empty or unknown name follows the application palette. Re-highlights.
    virtual void setTheme(const QString &name) = 0;
    // Throws away every block's state and formats and starts over from the first line.
    virtual void rehighlight() = 0;
    // True while blocks remain to be highlighted.
    virtual bool isBusy() const = 0;
    // Highlights everything that is left now.
    virtual void finish() = 0;

protected:
    SyntaxHighlighterBackend() = default;
    Q_DISABLE_COPY_MOVE(SyntaxHighlighterBackend)
};

// What the plugin offers: one repository of definitions and themes for the whole application.
class SyntaxEngine
{
public:
    virtual ~SyntaxEngine() = default;

    // Starts highlighting document (plain text until setDefinition()). onFinished is called each
    // time the highlighter has reached the end of its work. The backend must be destroyed before
    // the document.
    virtual std::unique_ptr<SyntaxHighlighterBackend> attach(QTextDocument *document,
                                                             std::function<void()> onFinished) = 0;

    // Every definition's name, and whether a name is one of them.
    virtual QStringList definitionNames() const = 0;
    virtual bool hasDefinition(const QString &name) const = 0;
    // The definition KSyntaxHighlighting would choose by file name alone (empty: none).
    virtual QString definitionNameForFileName(const QString &fileName) const = 0;

    virtual QList<SyntaxThemeInfo> themes() const = 0;
    // The theme for a stored name; an empty or unknown name means the one that suits the
    // application palette (light or dark).
    virtual SyntaxThemeColors theme(const QString &name) const = 0;

    // The KF6 SyntaxHighlighting version the plugin was built with (and ships with).
    virtual QString version() const = 0;

protected:
    SyntaxEngine() = default;
    Q_DISABLE_COPY_MOVE(SyntaxEngine)
};

} // namespace Berth

// Bump the number when the interface changes: an old plugin then fails to load with a message
// instead of calling through a different vtable.
#define BerthSyntaxEngine_iid "org.berth.Berth.SyntaxEngine/1"
Q_DECLARE_INTERFACE(Berth::SyntaxEngine, BerthSyntaxEngine_iid)
