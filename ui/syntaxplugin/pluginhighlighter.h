#pragma once

#include "editor/syntaxengine.h"

#include <memory>

namespace Berth {

class ChunkedHighlighter;

// The plugin's side of SyntaxHighlighterBackend: a ChunkedHighlighter chosen by names.
class PluginHighlighter : public SyntaxHighlighterBackend
{
public:
    PluginHighlighter(QTextDocument *document, std::function<void()> onFinished);
    ~PluginHighlighter() override;

    void setDefinition(const QString &name) override;
    QString definitionName() const override;
    void setTheme(const QString &name) override;
    void rehighlight() override;
    bool isBusy() const override;
    void finish() override;

private:
    std::unique_ptr<ChunkedHighlighter> m_highlighter;
    std::function<void()> m_onFinished;
};

} // namespace Berth
