#pragma once

#include "actions/projectaction.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Berth {

class ProjectSession;

// One QAction per ProjectActions description (and Cancel), shared by the panel's tool bars, the
// Stack menu, the service table's context menu and the shortcuts. Triggering asks first where
// the description says so (a confirmation naming the volumes, the superuser's values), then
// has the session run it; enabled states follow the session.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over parent.
    explicit SessionActions(QWidget *parent);

    QAction *action(ActionId id) const { return m_actions.value(id); }
    QAction *cancelAction() const { return m_cancel; }
    QList<QAction *> actions(bool needsService) const;

    // nullptr: no project, everything disabled.
    void setSession(ProjectSession *session);
    ProjectSession *session() const;
    // The service the needsService actions run for ("" when none is selected).
    void setSelectedService(const QString &service);
    // What QAction::triggered does (also when the action is disabled: the caller checked).
    void trigger(ActionId id);

private:
    void updateEnabled();
    bool confirmDownWithVolumes();

    QWidget *m_dialogParent;
    QMap<ActionId, QAction *> m_actions;
    QList<ActionId> m_order;
    QAction *m_cancel;
    QPointer<ProjectSession> m_session;
    QString m_service;
};

} // namespace Berth
