#include "finishednotifier.h"

#include "models/testresultmodel.h"
#include "session/projectsession.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Berth {

FinishedNotifier::FinishedNotifier(ProjectSession *session, QWidget *widget)
    : QObject(widget)
    , m_session(session)
    , m_widget(widget)
{
    // testsStarted comes before the run's actionStarted; both are forgotten when it finishes.
    connect(session, &ProjectSession::actionStarted, this, [this] { m_clock.start(); });
    connect(session, &ProjectSession::testsStarted, this, [this] { m_tests = true; });
    connect(session, &ProjectSession::testReportRead, this, [this](const QString &message) {
        const TestResultModel::Summary s = m_session->testResults()->summary();
        m_testSummary = !message.isEmpty() ? message
                                           : tr("%1 passed, %2 failed, %3 errors").arg(s.passed()).arg(s.failed).arg(s.errors);
    });
    connect(session, &ProjectSession::actionFinished, this, &FinishedNotifier::finished);
}

void FinishedNotifier::finished(const QString &title, bool succeeded, const QString &message)
{
    const qint64 took = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_clock.invalidate();
    const bool tests = std::exchange(m_tests, false);
    const QString testSummary = std::exchange(m_testSummary, {});
    if (!m_widget || m_widget->window()->isActiveWindow() || took < m_minimumMs)
        return;
    Notice notice;
    const TestResultModel::Summary summary = m_session->testResults()->summary();
    notice.succeeded = succeeded && (!tests || summary.failed + summary.errors == 0);
    //: A desktop notification's title: "Run Tests finished" / "Build failed"
    notice.title = notice.succeeded ? tr("%1 finished").arg(title) : tr("%1 failed").arg(title);
    if (tests && !testSummary.isEmpty())
        notice.body = testSummary;
    else if (!succeeded && !message.isEmpty())
        notice.body = message.section(u'\n', 0, 0);
    else
        notice.body = tr("Done in %1 s.").arg((took + 500) / 1000);
    show(notice);
}

void FinishedNotifier::show(const Notice &notice)
{
    if (m_sink) {
        m_sink(notice);
        return;
    }
    QWidget *window = m_widget->window();
    QApplication::alert(window);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        // A click on the notice or the icon brings the window back.
        const auto raise = [this] {
            if (!m_widget)
                return;
            QWidget *top = m_widget->window();
            top->showNormal();
            top->raise();
            top->activateWindow();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, raise);
        connect(m_tray, &QSystemTrayIcon::activated, this, raise);
    }
    m_tray->show();
    m_tray->showMessage(notice.title, notice.body,
                        notice.succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 10000);
}

} // namespace Berth
