#include "config/composeconfigview.h"

#include "config/composeedits.h"
#include "config/serviceform.h"
#include "config/servicecatalogue.h"
#include "config/specchangedialog.h"
#include "config/yamleditor.h"
#include "config/yamlmeaning.h"
#include "palettecolours.h"
#include "platform/systemprobes.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Berth::Config;

namespace Berth {

ComposeConfigView::ComposeConfigView(QTextDocument *document, QWidget *parent) : ConfigView(document, parent)
{
    setObjectName(u"composeConfigView"_s);
    m_reader = new ComposeReader(this);
    // Linux: the reader's thread 10 nicer than the window's, so typing keeps the CPU it needs.
    m_reader->setThreadStart([] { Platform::lowerCurrentThreadPriority(10); });
    connect(m_reader, &ComposeReader::finished, this, [this](const ComposeReading &reading) {
        if (wantsRead(reading.revision))
            showRead(reading.text, reading.revision, showReading(reading.tree, reading.model));
    });
    auto *form = new QWidget;
    form->setObjectName(u"configForm"_s);
    auto *layout = new QVBoxLayout(form);
    m_message = new QLabel(form);
    m_message->setObjectName(u"configMessage"_s);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, errorText(pal));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, form);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_services = new QListWidget(left);
    m_services->setObjectName(u"services"_s);
    m_services->setAccessibleName(tr("Services"));
    leftLayout->addWidget(m_services);
    auto *buttons = new QHBoxLayout;
    m_add = new QToolButton(left);
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add a service"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    for (const CatalogueEntry &entry : serviceCatalogue()) {
        QAction *action = menu->addAction(entry.title);
        action->setToolTip(entry.description);
        action->setStatusTip(entry.description);
        connect(action, &QAction::triggered, this, [this, id = entry.id] { addFromCatalogue(id); });
    }
    menu->setToolTipsVisible(true);
    m_add->setMenu(menu);
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_rename = new QPushButton(tr("Rename"), left);
    m_rename->setShortcut(Qt::Key_F2);
    m_remove = new QPushButton(tr("Remove"), left);
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_duplicate),
                       static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_remove)})
        buttons->addWidget(w);
    leftLayout->addLayout(buttons);
    m_topLevel = new QLabel(left);
    m_topLevel->setObjectName(u"topLevel"_s);
    m_topLevel->setWordWrap(true);
    leftLayout->addWidget(m_topLevel);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ServiceForm(right);
    rightLayout->addWidget(m_form);
    rightLayout->addStretch(1); // the fields stay together at the top
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().averageCharWidth() * 28, fontMetrics().averageCharWidth() * 90});
    layout->addWidget(split, 1);
    setForm(form);

    connect(m_services, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_duplicate, &QPushButton::clicked, this, &ComposeConfigView::askDuplicate);
    connect(m_rename, &QPushButton::clicked, this, &ComposeConfigView::askRename);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    m_form->setBoundEditHandler([this](const QString &formKey, const QString &value, const std::function<void()> &plainEdit) {
        return SpecChangeDialog::offer(this, this->document(), m_filePath, formKey, value, plainEdit, [this] { showSelected(); });
    });
    connect(m_form, &ServiceForm::setRequested, this, [this](const YamlPath &path, const QString &value) {
        edit([&](const YamlTree &t) { return YamlEditor(t).set(path, value); });
    });
    connect(m_form, &ServiceForm::addRequested, this, [this](const YamlPath &path, const QString &value) {
        edit([&](const YamlTree &t) { return YamlEditor(t).add(path, value); });
    });
    connect(m_form, &ServiceForm::unsetRequested, this, [this](const YamlPath &path) {
        edit([&](const YamlTree &t) { return YamlEditor(t).unset(path); });
    });
}

QString ComposeConfigView::readText(const QString &text)
{
    const ComposeReading reading = m_reader->readNow(text);
    return showReading(reading.tree, reading.model);
}

bool ComposeConfigView::startRead(const QString &text, quint64 revision)
{
    m_reader->read(text, revision);
    return true;
}

QString ComposeConfigView::showReading(const YamlTree &tree, const ComposeModel &model)
{
    m_tree = tree;
    m_model = model;
    if (!m_model.error.isEmpty())
        return m_model.error;
    QStringList names;
    names.reserve(m_model.services.size());
    for (const ComposeService &s : std::as_const(m_model.services))
        names.append(s.name);
    if (names != m_listed) { // typing in a value keeps the list (and its selection) as it is
        const QString selected = selectedName();
        QSignalBlocker block(m_services);
        m_services->clear();
        m_services->addItems(names);
        m_listed = names;
        const int row = m_model.indexOf(selected);
        m_services->setCurrentRow(row >= 0 ? row : (m_model.services.isEmpty() ? -1 : 0));
    }
    m_topLevel->setText(tr("Volumes: %1\nNetworks: %2")
                            .arg(m_model.volumes.isEmpty() ? tr("none") : m_model.volumes.join(u", "_s),
                                 m_model.networks.isEmpty() ? tr("the default network") : m_model.networks.join(u", "_s)));
    showSelected();
    return {};
}

QString ComposeConfigView::selectedName() const
{
    const QListWidgetItem *item = m_services->currentItem();
    return item ? item->text() : QString();
}

void ComposeConfigView::selectService(const QString &name)
{
    refresh();
    const int row = m_model.indexOf(name);
    if (row >= 0)
        m_services->setCurrentRow(row);
}

void ComposeConfigView::showSelected()
{
    const int row = m_model.indexOf(selectedName());
    m_form->show(m_model, row);
    for (QWidget *w : {static_cast<QWidget *>(m_duplicate), static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_remove)})
        w->setEnabled(row >= 0);
}

bool ComposeConfigView::edit(const std::function<YamlEditResult(const YamlTree &)> &make)
{
    refresh(); // positions of the text as it is now
    if (!problem().isEmpty())
        return false;
    const YamlEditResult r = make(m_tree);
    QString why = r.ok() ? QString() : r.message;
    if (r.ok()) {
        // The meaning may change only where the edit said: checked before the document changes.
        QString loadError;
        const QString after = applied(m_tree.text(), r.edits);
        const auto changes = meaningChanges(m_tree.text(), after, &loadError);
        why = changes ? unexpectedChange(*changes, r.changedPaths) : loadError;
    }
    if (!why.isEmpty()) {
        m_message->setText(tr("Not changed: %1").arg(why));
        m_message->show();
        showSelected(); // the fields show the file again
        return false;
    }
    QStringList also;
    for (const YamlPath &p : r.alsoChanges)
        also << p.toString();
    m_message->setText(also.isEmpty() ? QString() : tr("Changed through an anchor, so also: %1").arg(also.join(u", "_s)));
    m_message->setVisible(!also.isEmpty());
    const QString before = m_tree.text();
    applyEdits(r.edits);
    Q_EMIT edited(before, document()->toPlainText(), r.changedPaths);
    return true;
}

void ComposeConfigView::composeRefused(const QString &after, const QString &refusal)
{
    if (document()->toPlainText() == after && document()->isUndoAvailable()) {
        document()->undo(); // the form edit was one edit block
        m_message->setText(tr("Undone: %1").arg(refusal));
    } else {
        m_message->setText(tr("Your last form edit: %1. Undo it with Ctrl+Z.").arg(refusal));
    }
    m_message->show();
    refresh();
}

bool ComposeConfigView::addFromCatalogue(const QString &id)
{
    QString name;
    for (const CatalogueEntry &e : serviceCatalogue())
        if (e.id == id)
            name = e.serviceName;
    const bool done = edit([&](const YamlTree &t) { return Config::addFromCatalogue(t, id, QString(), m_celeryApp); });
    if (done)
        selectService(name);
    return done;
}

bool ComposeConfigView::renameSelected(const QString &newName)
{
    const QString old = selectedName();
    const bool done = edit([&](const YamlTree &t) { return YamlEditor(t).renameService(old, newName); });
    if (done)
        selectService(newName);
    return done;
}

bool ComposeConfigView::duplicateSelected(const QString &newName)
{
    const QString old = selectedName();
    QStringList leftOut;
    const bool done = edit([&](const YamlTree &t) { return duplicateService(t, old, newName, &leftOut); });
    if (done) {
        selectService(newName);
        if (!leftOut.isEmpty()) {
            m_message->setText(tr("The copy leaves out %1: they must differ between services.").arg(leftOut.join(u", "_s)));
            m_message->show();
        }
    }
    return done;
}

bool ComposeConfigView::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return false;
    QStringList dependents;
    removeService(m_tree, name, &dependents);
    if (!dependents.isEmpty() && isVisible()
        && QMessageBox::question(this, tr("Remove %1").arg(name),
                                 tr("%1 depends on %2. Remove %2 anyway?").arg(dependents.join(u", "_s), name))
               != QMessageBox::Yes)
        return false;
    return edit([&](const YamlTree &t) { return removeService(t, name); });
}

void ComposeConfigView::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename service"),
                                               tr("New name for %1 (depends_on, links and extends follow):").arg(selectedName()),
                                               QLineEdit::Normal, selectedName(), &ok);
    if (ok && !name.isEmpty())
        renameSelected(name);
}

void ComposeConfigView::askDuplicate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate service"), tr("Name of the copy:"), QLineEdit::Normal,
                                               selectedName() + u"-copy"_s, &ok);
    if (ok && !name.isEmpty())
        duplicateSelected(name);
}

} // namespace Berth
