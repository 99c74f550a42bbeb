#include "enginebar.h"

#include "docker/dockerenvironment.h"
#include "docker/sshtunnel.h"
#include "session/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

EngineBar::EngineBar(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_chooser(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_override(new QCheckBox(tr("Use the development override on this engine"), this))
    , m_tunnel(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    m_tunnel->setObjectName(u"tunnelState"_s);
    m_tunnel->setWordWrap(true);
    m_tunnel->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(u"tunnelRetry"_s);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (SshTunnel *t = m_session->tunnel())
            t->retry();
    });
    setObjectName(u"engineBar"_s);
    m_chooser->setObjectName(u"engineChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setToolTip(tr("The Docker engine this project runs on (a docker context). Remembered for this "
                             "project on this computer, not written into berth.yaml."));
    auto *label = new QLabel(tr("&Engine:"), this);
    label->setBuddy(m_chooser);
    m_note->setObjectName(u"engineNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_override->setObjectName(u"overrideOnRemote"_s);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_chooser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    auto *tunnelRow = new QHBoxLayout;
    tunnelRow->addWidget(m_tunnel, 1);
    tunnelRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(tunnelRow);
    layout->addWidget(m_note);
    layout->addWidget(m_override);

    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        m_session->setEngine(m_chooser->itemData(index).toString());
    });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) { m_session->setOverrideOnRemote(on); });
    connect(m_session, &ProjectSession::engineChanged, this, &EngineBar::refresh);
    connect(m_session->environment(), &DockerEnvironment::stateChanged, this, &EngineBar::refresh);
    refresh();
}

QLabel *EngineBar::createStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"engineStatus"_s);
    m_statusLabels.append(label);
    connect(label, &QObject::destroyed, this, [this, label] { m_statusLabels.removeAll(label); });
    refresh();
    return label;
}

QString EngineBar::engineText() const
{
    const DockerEnvironment *env = m_session->environment();
    const QString name = env->engineName();
    if (name.isEmpty())
        return {};
    const QString endpoint = env->engineEndpoint();
    return endpoint.isEmpty() ? tr("Engine: %1").arg(name) : tr("Engine: %1 (%2)").arg(name, endpoint);
}

void EngineBar::setTitledWindow(QWidget *window)
{
    m_window = window;
    connect(m_session, &ProjectSession::stateChanged, this, &EngineBar::refresh);
    refresh();
}

QString EngineBar::windowTitle() const
{
    const QString directory = m_session->project().directory;
    if (directory.isEmpty())
        return tr("Berth");
    const QString name = QFileInfo(directory).fileName();
    const QString engine = m_session->environment()->context();
    return engine.isEmpty() ? tr("%1 — Berth").arg(name) : tr("%1 — %2 — Berth").arg(name, engine);
}

void EngineBar::refresh()
{
    if (m_window && !m_session->project().directory.isEmpty())
        m_window->setWindowTitle(windowTitle());
    const DockerEnvironment *env = m_session->environment();
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        QString current;
        for (const DockerContext &c : env->contexts()) {
            if (c.current)
                current = c.name;
        }
        const QString defaultName = env->processEnvironment().contains(u"DOCKER_HOST"_s) && env->context().isEmpty()
                                        ? u"DOCKER_HOST"_s
                                        : current;
        m_chooser->addItem(defaultName.isEmpty() ? tr("As in a terminal") : tr("As in a terminal (%1)").arg(defaultName),
                           QString());
        for (const DockerContext &c : env->contexts()) {
            const QString text = c.endpoint.isEmpty() ? c.name : u"%1 — %2"_s.arg(c.name, c.endpoint);
            m_chooser->addItem(text, c.name);
            if (!c.error.isEmpty())
                m_chooser->setItemData(m_chooser->count() - 1, c.error, Qt::ToolTipRole);
        }
        int index = m_chooser->findData(env->context());
        if (index < 0 && !env->context().isEmpty()) { // a remembered context that is gone
            m_chooser->addItem(tr("%1 (not found)").arg(env->context()), env->context());
            index = m_chooser->count() - 1;
        }
        m_chooser->setCurrentIndex(qMax(0, index));
    }
    const SshTunnel *tunnel = m_session->tunnel();
    m_tunnel->setText(tunnel ? tunnel->describe() : QString());
    m_tunnel->setVisible(tunnel && !m_tunnel->text().isEmpty());
    m_retry->setVisible(tunnel && tunnel->state() == SshTunnel::State::Failed);
    m_note->setText(m_session->engineNote());
    m_note->setVisible(!m_session->engineNote().isEmpty());
    {
        const QSignalBlocker block(m_override);
        m_override->setChecked(m_session->overrideOnRemote());
    }
    m_override->setVisible(!m_session->engineNote().isEmpty()); // a remote engine and an override to leave out
    const QString text = engineText();
    for (QLabel *label : std::as_const(m_statusLabels)) {
        label->setText(text);
        label->setToolTip(m_session->engineNote());
    }
}

} // namespace Berth
