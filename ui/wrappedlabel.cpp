#include "wrappedlabel.h"

#include <QEvent>
#include <QLabel>

namespace Berth {

namespace {

class Fitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fitWrappedLabel(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

void fitWrappedLabel(QLabel *label)
{
    const int need = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
    // Only a change: setting the same minimum again would ask for another layout pass.
    if (need >= 0 && label->minimumHeight() != need)
        label->setMinimumHeight(need);
}

void keepWrappedLabelFitted(QLabel *label)
{
    label->installEventFilter(new Fitter(label));
}

} // namespace Berth
