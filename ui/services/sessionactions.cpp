#include "sessionactions.h"

#include "superuserdialog.h"

#include "actionicons.h"

#include "session/projectsession.h"

#include <QAction>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Berth {

SessionActions::SessionActions(QWidget *parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_cancel(new QAction(tr("&Cancel the Running Action"), this))
{
    for (const ProjectAction &description : ProjectActions::all()) {
        auto *a = new QAction(description.menuTitle, this);
        a->setObjectName(description.name);
        a->setIconText(description.asksFirst ? QString(description.title + u'…') : description.title);
        a->setIcon(actionIcon(description.name));
        a->setToolTip(description.toolTip);
        if (description.shortcut.key() != Qt::Key_unknown) {
            a->setShortcut(QKeySequence(description.shortcut));
            // The buttons show icons only: the tool tip names the shortcut too.
            a->setToolTip(u"%1 (%2)"_s.arg(description.toolTip,
                                           QKeySequence(description.shortcut).toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, [this, id = description.id] { trigger(id); });
        m_actions.insert(description.id, a);
        m_order.append(description.id);
    }
    m_cancel->setObjectName(u"cancelAction"_s);
    m_cancel->setIconText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    updateEnabled();
}

QList<QAction *> SessionActions::actions(bool needsService) const
{
    QList<QAction *> list;
    for (ActionId id : m_order) {
        if (ProjectActions::get(id).needsService == needsService)
            list.append(m_actions.value(id));
    }
    return list;
}

void SessionActions::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ProjectSession::stateChanged, this, &SessionActions::updateEnabled);
        connect(session, &QObject::destroyed, this, &SessionActions::updateEnabled, Qt::QueuedConnection);
    }
    updateEnabled();
}

ProjectSession *SessionActions::session() const
{
    return m_session;
}

void SessionActions::setSelectedService(const QString &service)
{
    m_service = service;
    updateEnabled();
}

void SessionActions::updateEnabled()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(m_session && m_session->canRun(it.key(), m_service));
    m_cancel->setEnabled(m_session && m_session->isBusy());
}

void SessionActions::trigger(ActionId id)
{
    if (!m_session)
        return;
    switch (id) {
    case ActionId::DownWithVolumes:
        if (confirmDownWithVolumes())
            m_session->run(id);
        return;
    case ActionId::CreateSuperuser: {
        SuperuserDialog dialog(m_dialogParent);
        if (dialog.exec() == QDialog::Accepted && m_session)
            m_session->createSuperuser(dialog.username(), dialog.email(), dialog.password());
        return;
    }
    case ActionId::OpenSite:
        if (const QUrl url = m_session->siteUrl(); url.isValid())
            QDesktopServices::openUrl(url);
        return;
    default:
        m_session->run(id, ProjectActions::get(id).needsService ? m_service : QString());
    }
}

bool SessionActions::confirmDownWithVolumes()
{
    const QStringList volumes = m_session->volumesToDelete();
    QMessageBox box(QMessageBox::Warning, tr("Delete Volumes"), QString(), QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(u"confirmDownVolumes"_s);
    box.setTextFormat(Qt::PlainText);
    if (volumes.isEmpty()) {
        box.setText(tr("Stop and remove the containers. This project has no named volumes to delete."));
    } else {
        box.setText(tr("Stop and remove the containers, and delete these volumes with everything in them "
                       "(databases included):\n\n%1\n\nThis cannot be undone.")
                        .arg(volumes.join(u'\n')));
    }
    QPushButton *confirm = box.addButton(tr("Delete Volumes"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm && m_session;
}

} // namespace Berth
