#pragma once

#include <QEvent>
#include <QObject>

// Counts the events of one type that reach an object. A test waits for the count to grow (a
// palette change delivered, a paint done) instead of sleeping and hoping it happened.
class EventCounter : public QObject
{
public:
    EventCounter(QObject *target, QEvent::Type type)
        : m_type(type)
    {
        target->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++m_count;
        return false;
    }

private:
    QEvent::Type m_type;
    int m_count = 0;
};
