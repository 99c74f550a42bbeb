#pragma once

#include <QList>

class QWidget;

namespace Berth {

// Moves widgets, in order, right after the last widget of container's part of the focus chain:
// a part made later (a dock's content built on first use) is reached by Tab where it is shown.
void followInTabOrder(QWidget *container, const QList<QWidget *> &widgets);
// Tab takes widgets in this order (QWidget::setTabOrder for each neighbouring pair).
void chainTabOrder(const QList<QWidget *> &widgets);

} // namespace Berth
