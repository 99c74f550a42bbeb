#include "wizard/databasepage.h"

#include "generate/password.h"
#include "wizard/setupanswers.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Berth {

DatabasePage::DatabasePage(SetupAnswers *shared, QWidget *parent)
    : SpecPage(shared, parent)
{
    setTitle(tr("Database"));
    setSubTitle(tr("Postgres in its own container with a persistent volume, or no database service."));

    m_engine = new QComboBox(this);
    m_engine->addItem(tr("Postgres"), u"postgres"_s);
    m_engine->addItem(tr("No database service (keep the project's own database settings)"), u"none"_s);
    addRow(tr("Database:"), m_engine, u"database.engine"_s, tr("Postgres as in the article, or none"));
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        spec().database.engine = m_engine->currentData().toString();
        updateEnabled();
        revalidate();
    });

    m_dependent << addText(tr("Postgres image:"), u"database.image"_s,
                           [](ProjectSpec &s) -> QString & { return s.database.image; },
                           tr("From postgres:18 the data lives under /var/lib/postgresql; Berth mounts the right path"));
    m_dependent << addText(tr("User:"), u"database.user"_s, [](ProjectSpec &s) -> QString & { return s.database.user; },
                           tr("The role the image creates on first start (POSTGRES_USER)"));
    m_dependent << addText(tr("Database name:"), u"database.name"_s,
                           [](ProjectSpec &s) -> QString & { return s.database.name; },
                           tr("The database the image creates on first start (POSTGRES_DB)"));

    auto *passwordRow = new QWidget(this);
    m_password = new QLineEdit(passwordRow);
    m_password->setObjectName(u"databasePassword"_s);
    m_password->setReadOnly(true);
    m_password->setEchoMode(QLineEdit::Password);
    auto *show = new QPushButton(tr("Show"), passwordRow);
    show->setCheckable(true);
    auto *copy = new QPushButton(tr("Copy"), passwordRow);
    auto *regenerate = new QPushButton(tr("Regenerate"), passwordRow);
    regenerate->setObjectName(u"regeneratePassword"_s);
    auto *rowLayout = new QHBoxLayout(passwordRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_password, 1);
    rowLayout->addWidget(show);
    rowLayout->addWidget(copy);
    rowLayout->addWidget(regenerate);
    addRow(tr("Password:"), passwordRow, QString(),
           tr("Random, written only to the git-ignored secrets file (mode 0600), never to berth.yaml"));
    m_dependent << passwordRow;
    connect(show, &QPushButton::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(regenerate, &QPushButton::clicked, this, [this] {
        answers()->setDatabasePassword(generatePassword());
        showPassword();
    });
    auto *passwordNote = new QLabel(tr("Postgres reads the password only when its volume is empty: for an existing "
                                       "database, change it with ALTER ROLE as well."),
                                    this);
    passwordNote->setWordWrap(true);
    form()->addRow(QString(), passwordNote);
    m_dependent << passwordNote;

    m_dependent << addInt(tr("Publish on host port:"), u"database.host_port"_s,
                          [](ProjectSpec &s) -> int & { return s.database.hostPort; }, 0, 65535,
                          tr("For a database GUI on this computer; 0 keeps Postgres unpublished"), tr("not published"));
    m_dependent << addText(tr("…bound to address:"), u"database.host_bind"_s,
                           [](ProjectSpec &s) -> QString & { return s.database.hostBind; },
                           tr("127.0.0.1 keeps Postgres private to this computer; published ports bypass firewalls "
                              "such as ufw"));
}

void DatabasePage::initializePage()
{
    SpecPage::initializePage();
    const int index = m_engine->findData(spec().database.engine);
    const QSignalBlocker block(m_engine);
    m_engine->setCurrentIndex(index < 0 ? 0 : index);
    showPassword();
    updateEnabled();
}

void DatabasePage::showPassword()
{
    m_password->setText(answers()->databasePassword());
}

void DatabasePage::updateEnabled()
{
    const bool postgres = m_engine->currentData().toString() == "postgres"_L1;
    for (QWidget *w : std::as_const(m_dependent))
        w->setEnabled(postgres);
}

} // namespace Berth
