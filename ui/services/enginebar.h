#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Berth {

class ProjectSession;

// The Services panel's header: which engine (docker context) the project runs on, to switch it
// per project, and on a remote engine the note on the development override with the choice to
// use it anyway. statusLabel() shows the same engine in the window's status bar.
class EngineBar : public QWidget
{
    Q_OBJECT
public:
    explicit EngineBar(ProjectSession *session, QWidget *parent = nullptr);

    QComboBox *chooser() const { return m_chooser; }
    QLabel *note() const { return m_note; }
    QCheckBox *overrideOnRemote() const { return m_override; }
    // The ssh tunnel's state on an ssh engine, and its Retry after a failure.
    QLabel *tunnelState() const { return m_tunnel; }
    QPushButton *retryButton() const { return m_retry; }
    // A label for the status bar that follows the engine (owned by whoever adds it).
    QLabel *createStatusLabel(QWidget *parent);
    // "Engine: NAME (ENDPOINT)", or "" while unknown.
    QString engineText() const;
    // Keeps window's title "PROJECT — Berth", with the engine when it is not the terminal's
    // ("PROJECT — build-box — Berth"), from now on.
    void setTitledWindow(QWidget *window);
    QString windowTitle() const;

private:
    void refresh();

    ProjectSession *m_session;
    QComboBox *m_chooser;
    QLabel *m_note;
    QCheckBox *m_override;
    QLabel *m_tunnel;
    QPushButton *m_retry;
    QList<QLabel *> m_statusLabels;
    QPointer<QWidget> m_window;
};

} // namespace Berth
