#include "startpage.h"

#include "services/servicestatedelegate.h"

#include "docker/dockerenvironment.h"
#include "docker/stackstates.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1;

QString stateName(StackState state)
{
    switch (state) {
    case StackState::Running:
        return StartPage::tr("running");
    case StackState::Stopped:
        return StartPage::tr("stopped");
    case StackState::NeverStarted:
        return StartPage::tr("never started");
    case StackState::Unknown:
        break;
    }
    return {};
}

// A dot in the services panel's colours: running green, stopped amber, never started grey.
QIcon stateDot(StackState state, const QWidget *widget)
{
    using Tone = ServiceStateDelegate::Tone;
    Tone tone = Tone::Idle;
    switch (state) {
    case StackState::Running:
        tone = Tone::Good;
        break;
    case StackState::Stopped:
        tone = Tone::Busy;
        break;
    case StackState::NeverStarted:
        break;
    case StackState::Unknown:
        return {};
    }
    return ServiceStateDelegate::dot(ServiceStateDelegate::colour(tone, widget->palette()),
                                     qMax(6, widget->fontMetrics().height() / 2), widget->devicePixelRatioF());
}

// A recent project's line: its folder's name and path, and its stack's state once known.
QString itemText(const QString &path, StackState state)
{
    const QString text = QFileInfo(path).fileName() + u"  —  "_s + QDir::toNativeSeparators(path);
    return state == StackState::Unknown ? text : text + u"  ·  "_s + stateName(state);
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_environment(new DockerEnvironment(this))
    , m_states(new StackStates(m_environment, this))
{
    m_environment->setConfiguredCli(QSettings().value(u"docker/cli"_s).toString());
    connect(m_states, &StackStates::finished, this, &StartPage::showStates);

    auto *title = new QLabel(tr("<h1>Berth</h1>"), this);
    auto *blurb = new QLabel(tr("Write a Docker setup into a Django project (nginx, Postgres, uwsgi, "
                                "a manage service and a tests service), edit it, and run it."),
                             this);
    blurb->setWordWrap(true);

    auto *newSetup = new QPushButton(tr("New Docker setup…"), this);
    newSetup->setObjectName(u"newSetupButton"_s);
    newSetup->setToolTip(tr("Write the Docker setup into a new or existing Django project (Ctrl+N)"));
    newSetup->setDefault(true);
    auto *open = new QPushButton(tr("Open project…"), this);
    open->setObjectName(u"openProjectButton"_s);
    open->setToolTip(tr("Open a project folder that already has a Berth setup (Ctrl+O)"));
    for (QPushButton *b : {newSetup, open})
        b->setMinimumHeight(36);
    connect(newSetup, &QPushButton::clicked, this, &StartPage::newSetupRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openProjectRequested);

    m_recentBox = new QWidget(this);
    auto *recentLabel = new QLabel(tr("<b>Recent projects</b>"), m_recentBox);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(u"recentProjects"_s);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProjectActivated(item->data(PathRole).toString());
    });
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);

    // No recent project yet: what each way in is for, beside the application's picture.
    m_emptyBox = new QWidget(this);
    m_emptyBox->setObjectName(u"startEmptyState"_s);
    m_picture = new QLabel(m_emptyBox);
    m_picture->setObjectName(u"startPicture"_s);
    auto *ways = new QLabel(tr("<p><b>New Docker setup</b> writes the Dockerfile, the compose file with nginx, "
                               "Postgres, the app, a manage and a tests service, and their settings into a new "
                               "Django project or one you already have. You check every file before it is "
                               "written.</p>"
                               "<p><b>Open project</b> opens a folder that already has a Berth setup (berth.yaml) "
                               "or a compose file, to edit its files and run its stack.</p>"),
                            m_emptyBox);
    ways->setObjectName(u"startWays"_s);
    ways->setWordWrap(true);
    auto *emptyLayout = new QHBoxLayout(m_emptyBox);
    emptyLayout->setContentsMargins(0, 16, 0, 0);
    emptyLayout->addWidget(m_picture, 0, Qt::AlignTop);
    emptyLayout->addWidget(ways, 1);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(blurb);
    column->addSpacing(16);
    column->addWidget(newSetup);
    column->addWidget(open);
    column->addWidget(m_emptyBox);
    column->addWidget(m_recentBox, 3);
    column->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_paths = paths;
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(itemText(path, StackState::Unknown), m_recent);
        item->setData(PathRole, path);
        item->setData(StateRole, int(StackState::Unknown));
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentBox->setVisible(!paths.isEmpty());
    m_emptyBox->setVisible(paths.isEmpty());
    if (paths.isEmpty()) {
        const QIcon icon = QApplication::windowIcon();
        m_picture->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(96, 96));
        m_picture->setVisible(!icon.isNull());
    }
    if (isVisible())
        queryStates();
}

QString StartPage::stateText(const QString &path) const
{
    for (int i = 0; i < m_recent->count(); ++i) {
        if (m_recent->item(i)->data(PathRole).toString() == path)
            return stateName(StackState(m_recent->item(i)->data(StateRole).toInt()));
    }
    return {};
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_queryAfterPaint = true;
}

void StartPage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_queryAfterPaint) {
        m_queryAfterPaint = false;
        QTimer::singleShot(0, this, &StartPage::queryStates);
    }
}

void StartPage::queryStates()
{
    if (!m_paths.isEmpty())
        m_states->query(m_paths);
}

void StartPage::showStates()
{
    const QHash<QString, StackState> states = m_states->states();
    for (int i = 0; i < m_recent->count(); ++i) {
        QListWidgetItem *item = m_recent->item(i);
        const QString path = item->data(PathRole).toString();
        const StackState state = states.value(path, StackState::Unknown);
        item->setData(StateRole, int(state));
        item->setIcon(stateDot(state, m_recent));
        item->setText(itemText(path, state));
    }
    Q_EMIT statesShown();
}

} // namespace Berth
