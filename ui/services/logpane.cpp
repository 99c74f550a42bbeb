#include "logpane.h"
#include "focusorder.h"

#include "logview.h"
#include "actionicons.h"
#include "logs/logmodel.h"
#include "palettecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

LogPane::LogPane(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new LogView(this))
    , m_services(new QComboBox(this))
    , m_follow(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
{
    m_view->setObjectName(u"logView"_s);
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setModel(model);
    m_services->setObjectName(u"logServiceFilter"_s);
    m_services->setAccessibleName(tr("Service of the lines shown"));
    m_services->addItem(tr("All services"), QString());
    m_services->setToolTip(tr("Show the lines of one service"));
    connect(m_services, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setServiceFilter(m_services->currentData().toString()); });

    m_follow->setObjectName(u"logFollow"_s);
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view (End); scrolling up pauses"));
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_follow, &QToolButton::setChecked);

    auto *timestamps = new QToolButton(this);
    timestamps->setObjectName(u"logTimestamps"_s);
    timestamps->setText(tr("Times"));
    timestamps->setCheckable(true);
    timestamps->setToolTip(tr("Show when each line was printed"));
    connect(timestamps, &QToolButton::toggled, m_view, &LogView::setShowTimestamps);

    m_search->setObjectName(u"logSearch"_s);
    m_search->setPlaceholderText(tr("Search logs"));
    m_search->setAccessibleName(tr("Search logs"));
    m_search->setClearButtonEnabled(true);
    m_regex->setObjectName(u"logRegex"_s);
    auto applySearch = [this] {
        const bool ok = m_view->setSearch(m_search->text(), m_regex->isChecked());
        // Only the text colour is set, so the rest still follows the theme.
        QPalette pal;
        if (!ok)
            pal.setColor(QPalette::Text, errorText(palette()));
        m_search->setPalette(pal);
        m_search->setToolTip(ok ? QString() : tr("Not a valid regular expression"));
    };
    connect(m_search, &QLineEdit::textChanged, this, applySearch);
    connect(m_regex, &QCheckBox::toggled, this, applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(true); });
    connect(m_view, &LogView::findFinished, this, [this](bool found) {
        m_search->setStyleSheet(found ? QString() : u"QLineEdit { background: #fdd; }"_s);
    });
    auto *previous = new QToolButton(this);
    previous->setObjectName(u"logPrevious"_s);
    previous->setText(tr("↑"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previous, &QToolButton::clicked, this, [this] { search(false); });
    auto *next = new QToolButton(this);
    next->setObjectName(u"logNext"_s);
    next->setText(tr("↓"));
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    connect(next, &QToolButton::clicked, this, [this] { search(true); });

    // Icons, with the words as tool tips and names: they fit the narrow dock in any language.
    const auto iconButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setIcon(actionIcon(name));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setToolTip(tip);
        return button;
    };
    auto *copy = iconButton(u"log_copy"_s, tr("Copy"), tr("Copy the selected lines (%1)").arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    connect(copy, &QToolButton::clicked, m_view, &LogView::copy);
    auto *save = iconButton(u"log_save"_s, tr("Save…"), tr("Save the lines shown to a file"));
    connect(save, &QToolButton::clicked, this, &LogPane::save);
    auto *clear = iconButton(u"log_clear"_s, tr("Clear"), tr("Clear the lines shown (new ones keep coming)"));
    connect(clear, &QToolButton::clicked, m_model, &LogModel::clear);

    // Two rows, so everything fits the default Services column (1200×780) with nothing behind
    // a tool bar's overflow arrow: what is shown and saved, then search, copy and clear.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"logActions"_s);
    bar->addWidget(m_services);
    bar->addWidget(m_follow);
    bar->addWidget(timestamps);
    bar->addWidget(save);
    auto *searchBar = new QToolBar(this);
    searchBar->setObjectName(u"logSearchActions"_s);
    m_search->setMinimumWidth(90);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    searchBar->addWidget(m_search);
    searchBar->addWidget(m_regex);
    searchBar->addWidget(previous);
    searchBar->addWidget(next);
    searchBar->addWidget(copy);
    searchBar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(searchBar);
    layout->addWidget(m_view, 1);
    // Tab takes the rows as they are shown: the choices, the search, then the lines.
    const QList<QWidget *> order{m_services, m_follow, timestamps, save, m_search, m_regex, previous, next, copy, clear, m_view};
    chainTabOrder(order);
    connect(model, &LogModel::serviceAdded, this, &LogPane::addService);
}

void LogPane::addService(const QString &service)
{
    if (m_services->findData(service) < 0)
        m_services->addItem(service, service);
}

void LogPane::showService(const QString &service)
{
    addService(service);
    m_services->setCurrentIndex(qMax(0, m_services->findData(service)));
}

void LogPane::clearServices()
{
    while (m_services->count() > 1)
        m_services->removeItem(1);
}

void LogPane::search(bool forward)
{
    if (m_search->text().isEmpty())
        return;
    if (forward)
        m_view->findNext();
    else
        m_view->findPrevious();
}

void LogPane::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Logs"), u"logs.txt"_s);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Logs"), tr("Could not save %1: %2").arg(path, error));
}

} // namespace Berth
