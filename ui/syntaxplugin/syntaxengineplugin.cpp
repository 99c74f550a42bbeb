#include "syntaxengineplugin.h"

#include "pluginhighlighter.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>

namespace Berth {

SyntaxEnginePlugin::SyntaxEnginePlugin(QObject *parent)
    : QObject(parent)
{
    // Loading the repository parses every definition's header (tens of milliseconds): do it
    // now, while the plugin is being loaded after the first paint, not when the first file opens.
    syntaxRepository();
}

std::unique_ptr<SyntaxHighlighterBackend> SyntaxEnginePlugin::attach(QTextDocument *document,
                                                                     std::function<void()> onFinished)
{
    return std::make_unique<PluginHighlighter>(document, std::move(onFinished));
}

QStringList SyntaxEnginePlugin::definitionNames() const
{
    QStringList names;
    for (const KSyntaxHighlighting::Definition &definition : syntaxRepository().definitions())
        names.append(definition.name());
    return names;
}

bool SyntaxEnginePlugin::hasDefinition(const QString &name) const
{
    return definitionByName(name).isValid();
}

QString SyntaxEnginePlugin::definitionNameForFileName(const QString &fileName) const
{
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForFileName(fileName);
    return definition.isValid() ? definition.name() : QString();
}

QList<SyntaxThemeInfo> SyntaxEnginePlugin::themes() const
{
    QList<SyntaxThemeInfo> list;
    for (const KSyntaxHighlighting::Theme &theme : syntaxRepository().themes())
        list.append({theme.name(), theme.translatedName()});
    return list;
}

SyntaxThemeColors SyntaxEnginePlugin::theme(const QString &name) const
{
    using KSyntaxHighlighting::Theme;
    const Theme theme = themeByName(name);
    SyntaxThemeColors colors;
    if (!theme.isValid())
        return colors;
    colors.name = theme.name();
    colors.background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    colors.text = QColor::fromRgba(theme.textColor(Theme::Normal));
    colors.selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    colors.iconBorder = QColor::fromRgba(theme.editorColor(Theme::IconBorder));
    colors.lineNumbers = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    colors.currentLineNumber = QColor::fromRgba(theme.editorColor(Theme::CurrentLineNumber));
    colors.currentLine = QColor::fromRgba(theme.editorColor(Theme::CurrentLine));
    return colors;
}

QString SyntaxEnginePlugin::version() const
{
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

} // namespace Berth
