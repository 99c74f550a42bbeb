#include "focusorder.h"

#include <QWidget>

namespace Berth {

void followInTabOrder(QWidget *container, const QList<QWidget *> &widgets)
{
    QWidget *last = container;
    for (QWidget *w = container->nextInFocusChain(); w != container && container->isAncestorOf(w); w = w->nextInFocusChain())
        last = w;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        QWidget::setTabOrder(last, w);
        last = w;
    }
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace Berth
