#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Berth {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // Berth's own definitions (an env-file syntax, which KSyntaxHighlighting lacks) live in
        // the resources under :/berth/syntax/.
        r->addCustomSearchPath(u":/berth"_s);
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Definition definitionByName(const QString &name)
{
    return syntaxRepository().definitionForName(name);
}

KSyntaxHighlighting::Theme themeByName(const QString &name)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme theme = syntaxRepository().theme(name);
        if (theme.isValid())
            return theme;
    }
    return syntaxRepository().themeForPalette(QGuiApplication::palette());
}

} // namespace Berth
