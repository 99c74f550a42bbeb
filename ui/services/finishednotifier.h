#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace Berth {

class ProjectSession;

// Says that long work ended while Berth's window was in the background: a desktop notification
// (the system tray's, which is the notification service on Linux desktops, Notification Center on
// macOS and a toast on Windows) with the result, and the window asks for attention (taskbar or
// Dock). Work the user watched end (the window active) or that took less than
// minimumDuration() is not announced.
class FinishedNotifier : public QObject
{
    Q_OBJECT
public:
    struct Notice
    {
        QString title;
        QString body;
        bool succeeded = false;
    };
    using Sink = std::function<void(const Notice &)>;

    // widget: any widget of the window (its top-level window is looked up when work ends).
    FinishedNotifier(ProjectSession *session, QWidget *widget);

    void setMinimumDuration(int milliseconds) { m_minimumMs = milliseconds; }
    int minimumDuration() const { return m_minimumMs; }
    // Where notices go instead of the desktop (tests).
    void setSink(Sink sink) { m_sink = std::move(sink); }

private:
    void finished(const QString &title, bool succeeded, const QString &message);
    void show(const Notice &notice);

    ProjectSession *m_session;
    QPointer<QWidget> m_widget;
    QSystemTrayIcon *m_tray = nullptr;
    Sink m_sink;
    QElapsedTimer m_clock;
    QString m_testSummary;
    bool m_tests = false;
    int m_minimumMs = 3000;
};

} // namespace Berth
