#include "servicemenu.h"

#include "models/servicemodel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QModelIndex>

using namespace Qt::StringLiterals;

namespace Berth {

QList<QUrl> servicePortUrls(const QModelIndex &row, const QString &siteHost)
{
    QList<QUrl> urls;
    for (const int port : row.data(ServiceModel::PublishedPortsRole).value<QList<int>>())
        urls.append(QUrl(u"http://%1:%2/"_s.arg(siteHost).arg(port)));
    return urls;
}

QMenu *createServiceMenu(const QModelIndex &row, const ServiceMenuHooks &hooks, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"serviceMenu"_s);
    const QString service = row.data(ServiceModel::ServiceNameRole).toString();
    menu->addActions(hooks.serviceActions);
    menu->addSeparator();
    QAction *logs = menu->addAction(QCoreApplication::translate("Berth::ServiceMenu", "Show Logs of %1").arg(service));
    logs->setObjectName(u"showServiceLogs"_s);
    QObject::connect(logs, &QAction::triggered, menu, [show = hooks.showLogs, service] {
        if (show)
            show(service);
    });
    const QStringList ids = row.data(ServiceModel::ContainerIdsRole).toStringList();
    QAction *copy = menu->addAction(QCoreApplication::translate("Berth::ServiceMenu", "Copy Container ID"));
    copy->setObjectName(u"copyContainerId"_s);
    copy->setEnabled(!ids.isEmpty());
    if (ids.isEmpty())
        copy->setToolTip(QCoreApplication::translate("Berth::ServiceMenu", "The service has no container yet."));
    // Several containers (scale): all ids, one a line.
    QObject::connect(copy, &QAction::triggered, menu, [ids] { QGuiApplication::clipboard()->setText(ids.join(u'\n')); });
    const QList<QUrl> urls = servicePortUrls(row, hooks.siteHost);
    if (!urls.isEmpty())
        menu->addSeparator();
    for (const QUrl &url : urls) {
        QAction *open = menu->addAction(QCoreApplication::translate("Berth::ServiceMenu", "Open %1").arg(url.toString()));
        open->setObjectName(u"openPort"_s);
        open->setData(url);
        QObject::connect(open, &QAction::triggered, menu, [url] { QDesktopServices::openUrl(url); });
    }
    return menu;
}

} // namespace Berth
