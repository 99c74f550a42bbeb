#include "pluginhighlighter.h"

#include "chunkedhighlighter.h"
#include "syntaxrepository.h"

namespace Berth {

PluginHighlighter::PluginHighlighter(QTextDocument *document, std::function<void()> onFinished)
    : m_highlighter(std::make_unique<ChunkedHighlighter>(document)), m_onFinished(std::move(onFinished))
{
    QObject::connect(m_highlighter.get(), &ChunkedHighlighter::finished, m_highlighter.get(), [this] {
        if (m_onFinished)
            m_onFinished();
    });
}

PluginHighlighter::~PluginHighlighter() = default;

void PluginHighlighter::setDefinition(const QString &name)
{
    m_highlighter->setDefinition(definitionByName(name));
}

QString PluginHighlighter::definitionName() const
{
    const KSyntaxHighlighting::Definition definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

void PluginHighlighter::setTheme(const QString &name)
{
    // ChunkedHighlighter::setTheme() re-highlights (KSyntaxHighlighting's own does not, PITFALLS.md).
    m_highlighter->setTheme(themeByName(name));
}

void PluginHighlighter::rehighlight()
{
    m_highlighter->rehighlight();
}

bool PluginHighlighter::isBusy() const
{
    return m_highlighter->isBusy();
}

void PluginHighlighter::finish()
{
    m_highlighter->finish();
}

} // namespace Berth
