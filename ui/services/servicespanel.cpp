#include "servicespanel.h"

#include "actionbar.h"
#include "announce.h"
#include "elidedlabel.h"
#include "dockerbanner.h"
#include "enginebar.h"
#include "finishednotifier.h"
#include "logpane.h"
#include "logview.h"
#include "servicecolumns.h"
#include "servicemenu.h"
#include "servicestatedelegate.h"
#include "sessionactions.h"
#include "testresultspane.h"

#include "docker/dockerenvironment.h"
#include "models/servicemodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QProgressBar>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

ServicesPanel::ServicesPanel(QWidget *parent)
    : ServicesPanel(nullptr, parent)
{
}

ServicesPanel::ServicesPanel(SessionActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_session(new ProjectSession(this))
    , m_actions(actions ? actions : new SessionActions(this))
{
    setObjectName(u"servicesPanel"_s);
    m_actions->setSession(m_session);
    buildUi();
    connectSession();
}

ServicesPanel::~ServicesPanel()
{
    m_session->shutdown();
}

LogView *ServicesPanel::logView() const
{
    return m_logPane->view();
}

void ServicesPanel::buildUi()
{
    // Made in the order they are shown, top to bottom, which is the order Tab takes.
    m_engineBar = new EngineBar(m_session, this);
    m_banner = new DockerBanner(m_session->environment(), this);
    m_actionBar = new ActionBar(m_actions, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"serviceTable"_s);
    m_table->setAccessibleName(tr("Services"));
    m_table->setTabKeyNavigation(false); // arrows choose a service; Tab goes on to the logs
    m_table->setModel(m_session->serviceModel());
    m_table->viewport()->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    new ServiceColumns(m_table); // the columns fit the dock
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(ServiceModel::StateColumn, new ServiceStateDelegate(m_table));
    m_table->setItemDelegateForColumn(ServiceModel::PortsColumn, new ServicePortsDelegate(m_table));
    // The row under the mouse: it is selected, and its menu has the service's actions, its
    // logs, its container id and its published ports. A click on a port opens it.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        QMenu *menu = createServiceMenu(index, serviceMenuHooks(), m_table);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QList<QUrl> urls = servicePortUrls(index, DockerContexts::siteHost(environment()->engineEndpoint()));
        if (index.column() == ServiceModel::PortsColumn && !urls.isEmpty())
            QDesktopServices::openUrl(urls.first());
    });
    const auto selectionChanged = [this] { m_actions->setSelectedService(selectedService()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(m_session->serviceModel(), &QAbstractItemModel::modelReset, this, selectionChanged);

    const auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    // One line: the whole command is in its tool tip, and in the Output dock.
    m_command = new ElidedLabel(this);
    m_command->setObjectName(u"commandLine"_s);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result = makeLabel(u"actionResult"_s);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"cancelAction"_s);
    m_cancel->setDefaultAction(m_actions->cancelAction());
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"actionProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressClock = new QTimer(this); // the time so far, while a build or up runs
    m_progressClock->setInterval(1000);
    connect(m_progressClock, &QTimer::timeout, this, &ServicesPanel::showProgress);
    auto *commandRow = new QHBoxLayout;
    auto *commandText = new QVBoxLayout;
    commandText->addWidget(m_command);
    commandText->addWidget(m_progress);
    commandText->addWidget(m_result);
    commandRow->addLayout(commandText, 1);
    commandRow->addWidget(m_cancel, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"servicesTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Logs or test results"));
    m_logPane = new LogPane(m_session->logModel(), this);
    m_testPane = new TestResultsPane(m_session->testResults(), this);
    connect(m_testPane, &TestResultsPane::runFailedAgainRequested, this,
            [this] { m_actions->trigger(ActionId::RunFailedTests); });
    m_tabs->addTab(m_logPane, tr("Logs"));
    m_tabs->addTab(m_testPane, tr("Tests"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_actionBar);
    // Room for a few services however the splitter is dragged.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 4 * m_table->verticalHeader()->defaultSectionSize());
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(commandRow);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_engineBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
}

void ServicesPanel::connectSession()
{
    connect(m_session, &ProjectSession::problemChanged, this, &ServicesPanel::showProblem);
    connect(m_session, &ProjectSession::resultChanged, this, &ServicesPanel::showResult);
    connect(m_session, &ProjectSession::actionStarted, this,
            [this](const QString &, const QString &commandLine) { m_command->setFullText(u"$ "_s + commandLine); });
    connect(m_session, &ProjectSession::outputLine, this, &ServicesPanel::outputLine);
    connect(m_session, &ProjectSession::progressChanged, this, &ServicesPanel::showProgress);
    connect(m_session, &ProjectSession::actionFinished, this, &ServicesPanel::actionFinished);
    connect(m_session, &ProjectSession::configLoaded, this, [this] {
        for (const ServiceDefinition &service : m_session->config().services)
            m_logPane->addService(service.name);
    });
    connect(m_session, &ProjectSession::testsStarted, this, [this] {
        m_testPane->setRunning(true);
        m_tabs->setCurrentWidget(m_testPane);
    });
    connect(m_session, &ProjectSession::testReportRead, m_testPane, &TestResultsPane::showSummary);
    m_notifier = new FinishedNotifier(m_session, this);
}

void ServicesPanel::setProject(const QString &directory)
{
    closeProject();
    m_session->open(directory);
    // No docker call before the panel has painted once (the first frame comes first); a project
    // opened from the command line waits for it.
    if (m_painted)
        m_session->start();
}

void ServicesPanel::closeProject()
{
    m_session->close();
    m_logPane->clearServices();
}

void ServicesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setUsageWanted(true);
}

void ServicesPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setUsageWanted(false);
}

bool ServicesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_painted = true;
        QTimer::singleShot(0, m_session, &ProjectSession::start);
    }
    return QWidget::eventFilter(watched, event);
}

void ServicesPanel::showProblem()
{
    switch (m_session->problem()) {
    case ProjectSession::Problem::None:
        m_banner->clear();
        break;
    case ProjectSession::Problem::Environment:
        m_banner->showEnvironmentProblem();
        break;
    case ProjectSession::Problem::NoComposeFile:
        m_banner->showProblem(tr("This project has no compose file."),
                              tr("Create the Docker setup with File → New Docker Setup…, then the services appear here."),
                              QString());
        break;
    case ProjectSession::Problem::ConfigUnreadable:
        m_banner->showProblem(tr("Compose cannot read this project's compose file."),
                              tr("Fix the file in the editor, then press Retry."), m_session->problemDetail());
        break;
    case ProjectSession::Problem::ConnectionLost:
        m_banner->showProblem(tr("Lost the connection to the Docker daemon."),
                              tr("Berth reconnects by itself when the daemon is back."), m_session->problemDetail());
        break;
    }
}

void ServicesPanel::showProgress()
{
    if (!m_session->hasProgress()) {
        m_progress->hide();
        m_progressClock->stop();
        return;
    }
    const auto clock = [](qint64 ms) { return u"%1:%2"_s.arg(ms / 60000).arg(ms / 1000 % 60, 2, 10, QLatin1Char('0')); };
    const double fraction = m_session->progress();
    // Until a step is recognised, a busy bar.
    m_progress->setMaximum(fraction < 0 ? 0 : 1000);
    m_progress->setValue(fraction < 0 ? 0 : int(fraction * 1000));
    const QString time = m_session->lastDurationMs() > 0
                             ? tr("%1 of about %2 last time").arg(clock(m_session->elapsedMs()), clock(m_session->lastDurationMs()))
                             : clock(m_session->elapsedMs());
    const QString step = m_session->progressStep();
    // One line in the bar: the time always, the step as far as it fits (whole in the tool tip).
    const QFontMetrics metrics(m_progress->font());
    const QString shortStep = metrics.elidedText(step, Qt::ElideRight, m_progress->width() - metrics.horizontalAdvance(time + u" — "_s) - 40);
    m_progress->setFormat(step.isEmpty() ? time : u"%1 — %2"_s.arg(time, shortStep));
    m_progress->setToolTip(step);
    m_progress->show();
    if (!m_progressClock->isActive())
        m_progressClock->start();
}

void ServicesPanel::showResult()
{
    const QString text = m_session->resultText();
    // An action's end is read out where the user is (a failure interrupts).
    if (text != m_result->text())
        announce(m_result, text, m_session->result() == ProjectSession::Result::Failed);
    m_result->setText(text);
    // Weight, not a colour of our own: the palette's text colour stays readable in dark and
    // high-contrast themes.
    QFont font = m_result->font();
    font.setBold(m_session->result() == ProjectSession::Result::Failed);
    m_result->setFont(font);
}

QString ServicesPanel::bannerText() const
{
    return m_banner->text();
}

QString ServicesPanel::statusText() const
{
    return m_result->text();
}

ServiceMenuHooks ServicesPanel::serviceMenuHooks() const
{
    ServiceMenuHooks hooks;
    hooks.serviceActions = m_actions->actions(true);
    hooks.showLogs = [this](const QString &service) {
        m_tabs->setCurrentWidget(m_logPane);
        m_logPane->showService(service);
    };
    hooks.siteHost = DockerContexts::siteHost(environment()->engineEndpoint());
    return hooks;
}

QString ServicesPanel::selectedService() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ServiceModel::ServiceNameRole).toString();
}

void ServicesPanel::downWithVolumes()
{
    m_actions->trigger(ActionId::DownWithVolumes);
}

} // namespace Berth
