#pragma once

#include "editor/syntaxengine.h"

#include <QObject>

namespace Berth {

// The plugin's entry point: Berth's SyntaxEngine over the application's one
// KSyntaxHighlighting::Repository (syntaxrepository.h).
class SyntaxEnginePlugin : public QObject, public SyntaxEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BerthSyntaxEngine_iid)
    Q_INTERFACES(Berth::SyntaxEngine)
public:
    explicit SyntaxEnginePlugin(QObject *parent = nullptr);

    std::unique_ptr<SyntaxHighlighterBackend> attach(QTextDocument *document,
                                                     std::function<void()> onFinished) override;
    QStringList definitionNames() const override;
    bool hasDefinition(const QString &name) const override;
    QString definitionNameForFileName(const QString &fileName) const override;
    QList<SyntaxThemeInfo> themes() const override;
    SyntaxThemeColors theme(const QString &name) const override;
    QString version() const override;
};

} // namespace Berth
