#include "servicecolumns.h"

#include "models/servicemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Berth {

ServiceColumns::ServiceColumns(QTableView *table) : QObject(table), m_table(table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceModel::ServiceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServiceModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServiceModel::HealthColumn, QHeaderView::ResizeToContents);
    // The ports take the room left; CPU and memory only what their figures need.
    header->setSectionResizeMode(ServiceModel::PortsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ServiceModel::UsageColumn, QHeaderView::ResizeToContents);
    table->installEventFilter(this);
    if (QAbstractItemModel *model = table->model()) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ServiceColumns::fit);
        connect(model, &QAbstractItemModel::modelReset, this, &ServiceColumns::fit);
        // A health appearing changes what fits. The usage figures (every second while docker
        // stats runs) do not come here: their column sizes itself.
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (topLeft.column() <= ServiceModel::HealthColumn && bottomRight.column() >= ServiceModel::HealthColumn)
                fit();
        });
    }
}

bool ServiceColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ServiceColumns::fit()
{
    // What every column needs with the health in its own column and the ports written out.
    int need = m_table->frameWidth() * 2;
    if (m_table->verticalScrollBar()->isVisible())
        need += m_table->verticalScrollBar()->width();
    const QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // QTableView makes sizeHintForColumn protected
    for (int c = 0; c < ServiceModel::ColumnCount; ++c)
        need += qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    const bool narrow = need > m_table->width();
    if (m_table->isColumnHidden(ServiceModel::HealthColumn) != narrow) {
        m_table->setColumnHidden(ServiceModel::HealthColumn, narrow);
        m_table->resizeColumnToContents(ServiceModel::StateColumn);
        m_table->viewport()->update();
    }
}

bool ServiceColumns::healthInState(const QTableView *table)
{
    return table && table->isColumnHidden(ServiceModel::HealthColumn);
}

QString ServiceColumns::compactPorts(const QString &text)
{
    QStringList ports;
    for (const QString &part : text.split(", "_L1)) {
        const qsizetype arrow = part.indexOf("->"_L1);
        if (arrow < 0)
            continue;
        const QString port = u':' + part.left(arrow).section(u':', -1);
        if (!ports.contains(port))
            ports.append(port);
    }
    return ports.isEmpty() ? text : ports.join(", "_L1);
}

} // namespace Berth
