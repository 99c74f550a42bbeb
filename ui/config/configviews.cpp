#include "config/configviews.h"

#include "config/composeconfigview.h"
#include "config/iniconfigview.h"
#include "config/inikeys.h"
#include "config/nginxconfigview.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
bool isNginxSite(const QString &path, const QString &definitionName)
{
    if (definitionName == "nginx Configuration"_L1)
        return true;
    const QFileInfo info(path);
    return info.suffix() == "conf"_L1 && info.absolutePath().contains("nginx"_L1);
}
// docker-compose.yml, compose.yaml, docker-compose.override.yml, compose.prod.yaml, …
bool isComposeFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return (suffix == "yml"_L1 || suffix == "yaml"_L1) && info.fileName().toLower().contains("compose"_L1);
}
} // namespace

bool hasConfigView(const QString &path, const QString &definitionName)
{
    return Config::iniFlavourForFile(path).has_value() || isNginxSite(path, definitionName) || isComposeFile(path);
}

ConfigView *createConfigView(const QString &path, const QString &definitionName, QTextDocument *document, QWidget *parent)
{
    // The views know their file, so an edit of a value berth.yaml holds becomes a spec change.
    if (const std::optional<Config::IniFlavour> flavour = Config::iniFlavourForFile(path)) {
        auto *view = new IniConfigView(*flavour, document, parent);
        view->setFilePath(path);
        return view;
    }
    if (isNginxSite(path, definitionName)) {
        auto *view = new NginxConfigView(document, parent);
        view->setFilePath(path);
        return view;
    }
    if (isComposeFile(path)) {
        auto *view = new ComposeConfigView(document, parent);
        view->setFilePath(path);
        return view;
    }
    return nullptr;
}

} // namespace Berth
