#include "startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
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
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProjectActivated(item->data(Qt::UserRole).toString());
    });
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(blurb);
    column->addSpacing(16);
    column->addWidget(newSetup);
    column->addWidget(open);
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
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + u"  —  "_s + QDir::toNativeSeparators(path),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentBox->setVisible(!paths.isEmpty());
}

} // namespace Berth
