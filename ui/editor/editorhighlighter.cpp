#include "editor/editorhighlighter.h"

#include "editor/syntaxengine.h"
#include "editor/syntaxengineloader.h"

#include <QTextDocument>

namespace Berth {

EditorHighlighter::EditorHighlighter(QTextDocument *document)
    : QObject(document)
{
    if (SyntaxEngine *engine = syntaxEngine())
        m_backend = engine->attach(document, [this] { Q_EMIT finished(); });
}

// A child of the document: deleted with it, and the backend (which does not touch the document
// when destroyed) with this.
EditorHighlighter::~EditorHighlighter() = default;

void EditorHighlighter::setDefinition(const QString &name)
{
    if (m_backend)
        m_backend->setDefinition(name);
}

QString EditorHighlighter::definitionName() const
{
    return m_backend ? m_backend->definitionName() : QString();
}

void EditorHighlighter::setTheme(const QString &name)
{
    if (m_backend)
        m_backend->setTheme(name);
}

void EditorHighlighter::rehighlight()
{
    if (m_backend)
        m_backend->rehighlight();
}

bool EditorHighlighter::isBusy() const
{
    return m_backend && m_backend->isBusy();
}

void EditorHighlighter::finish()
{
    if (m_backend)
        m_backend->finish();
}

} // namespace Berth
