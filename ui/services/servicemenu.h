#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QAction;
class QMenu;
class QModelIndex;
class QWidget;

namespace Berth {

// What a service's row offers: the service actions (restart, stop, logs in a terminal …),
// then Show Logs (the log pane filtered to it), Copy Container ID and one Open for each
// published port. The menu is the caller's to show and delete.
struct ServiceMenuHooks
{
    QList<QAction *> serviceActions;
    std::function<void(const QString &service)> showLogs;
    QString siteHost; // "localhost", or the remote engine's host
};

QMenu *createServiceMenu(const QModelIndex &row, const ServiceMenuHooks &hooks, QWidget *parent);
// http://HOST:PORT/ for each published port of the row's service.
QList<QUrl> servicePortUrls(const QModelIndex &row, const QString &siteHost);

} // namespace Berth
