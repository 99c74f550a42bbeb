#include "config/specchangedialog.h"

#include "generate/specchangebindings.h"
#include "palettecolours.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

// The files among `paths` that an editor of this window shows with unsaved edits. An editor tab
// is a widget watching its file (a QFileSystemWatcher child) with its text editor; the views
// know no more of the editor than that, which keeps ui/config below ui/editor.
QStringList unsavedFiles(QWidget *view, QTextDocument *ownDocument, const QString &ownPath, const QStringList &paths)
{
    QStringList wanted;
    for (const QString &p : paths)
        wanted << canonical(p);
    QStringList unsaved;
    if (ownDocument->isModified() && wanted.contains(canonical(ownPath)))
        unsaved << QFileInfo(ownPath).fileName();
    const QList<QFileSystemWatcher *> watchers = view->window()->findChildren<QFileSystemWatcher *>();
    for (QFileSystemWatcher *watcher : watchers) {
        auto *tab = qobject_cast<QWidget *>(watcher->parent());
        auto *editor = tab ? tab->findChild<QPlainTextEdit *>() : nullptr;
        if (!editor || editor->document() == ownDocument || !editor->document()->isModified())
            continue;
        for (const QString &file : watcher->files()) {
            if (wanted.contains(canonical(file)))
                unsaved << QFileInfo(file).fileName();
        }
    }
    return unsaved;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString SpecChangeDialog::describe(const QString &specKey)
{
    static const QHash<QString, const char *> names = {
        {u"app_server.port"_s, QT_TR_NOOP("the uwsgi port")},
        {u"app_server.processes"_s, QT_TR_NOOP("the uwsgi processes")},
        {u"app_server.threads"_s, QT_TR_NOOP("the uwsgi threads")},
        {u"app_server.host_port"_s, QT_TR_NOOP("the app's host port")},
        {u"nginx.server_name"_s, QT_TR_NOOP("the server name")},
        {u"nginx.http_port"_s, QT_TR_NOOP("the HTTP port")},
        {u"nginx.https_port"_s, QT_TR_NOOP("the HTTPS port")},
        {u"database.host_port"_s, QT_TR_NOOP("the database's host port")},
    };
    const char *name = names.value(specKey);
    return name ? tr(name) : specKey;
}

SpecChangeDialog::SpecChangeDialog(const SpecChange &change, const QString &fileName, const QString &blocked, QWidget *parent)
    : QDialog(parent), m_change(change)
{
    setObjectName(u"specChangeDialog"_s);
    setWindowTitle(tr("Change %1 everywhere").arg(describe(change.key)));
    auto *layout = new QVBoxLayout(this);
    const QString oldValue = change.oldValue.toHtmlEscaped();
    const QString newValue = change.newValue.toHtmlEscaped();
    auto *heading = wrapped(tr("berth.yaml holds this value: <b>%1</b> <code>%2</code> → <code>%3</code>. "
                               "Berth generates it into every file that uses it.")
                                .arg(change.key.toHtmlEscaped(), oldValue.isEmpty() ? tr("(empty)") : oldValue,
                                     newValue.isEmpty() ? tr("(empty)") : newValue),
                            this);
    heading->setObjectName(u"specChangeHeading"_s);
    layout->addWidget(heading);
    const auto errorLabel = [this](const QString &text) {
        QLabel *label = wrapped(text, this);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, errorText(pal));
        label->setPalette(pal);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    if (!change.ok()) {
        QLabel *label = errorLabel(tr("berth.yaml cannot hold this value: %1").arg(change.error));
        label->setObjectName(u"specChangeError"_s);
        layout->addWidget(label);
    } else {
        layout->addWidget(wrapped(tr("Change Everywhere changes berth.yaml and these files (a backup of each is kept):"), this));
        m_files = new QListWidget(this);
        m_files->setObjectName(u"specChangeFiles"_s);
        m_files->setAccessibleName(tr("Files that change"));
        m_files->addItem(u"berth.yaml"_s);
        for (const SpecChangeFile &f : change.files) {
            auto *item = new QListWidgetItem(m_files);
            item->setData(Qt::UserRole, f.path);
            const QString mark = QFileInfo(f.path).fileName() == fileName ? tr(" (this file)") : QString();
            if (f.writtenByDefault()) {
                item->setText(f.path + mark);
            } else {
                item->setText(tr("%1%2 — %3: not changed unless ticked")
                                  .arg(f.path, mark, f.notBerths ? tr("not written by Berth") : tr("edited since Berth wrote it")));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        m_files->setMaximumHeight(m_files->sizeHintForRow(0) * int(change.files.size() + 2) + 8);
        layout->addWidget(m_files);
        m_diff = new QPlainTextEdit(this);
        m_diff->setObjectName(u"specChangeDiff"_s);
        m_diff->setAccessibleName(tr("The change as a diff"));
        m_diff->setReadOnly(true);
        m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_diff->setPlainText(change.diff());
        layout->addWidget(m_diff, 1);
    }
    if (!blocked.isEmpty()) {
        QLabel *label = errorLabel(blocked);
        label->setObjectName(u"specChangeBlocked"_s);
        layout->addWidget(label);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_everywhere = buttons->addButton(tr("Change Everywhere"), QDialogButtonBox::AcceptRole);
    m_everywhere->setObjectName(u"changeEverywhere"_s);
    m_onlyThisFile = buttons->addButton(tr("Only This File"), QDialogButtonBox::ActionRole);
    m_onlyThisFile->setObjectName(u"onlyThisFile"_s);
    m_onlyThisFile->setToolTip(tr("Edit only %1; berth.yaml and the other files keep the old value, and the doctor will say they differ").arg(fileName));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyThisFile, &QPushButton::clicked, this, [this] { done(OnlyThisFile); });
    const bool possible = change.ok() && blocked.isEmpty();
    m_everywhere->setEnabled(possible);
    // Enter: Change Everywhere when it can be done; otherwise nothing is changed by a stray Enter.
    for (QPushButton *b : {m_everywhere, m_onlyThisFile, cancel})
        b->setAutoDefault(false);
    (possible ? m_everywhere : cancel)->setDefault(true);
    (possible ? m_everywhere : cancel)->setFocus();
    layout->addWidget(buttons);
    resize(760, change.ok() ? 560 : 200);
}

QStringList SpecChangeDialog::replaceConflicts() const
{
    QStringList paths;
    for (int i = 0; m_files && i < m_files->count(); ++i) {
        const QListWidgetItem *item = m_files->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            paths << item->data(Qt::UserRole).toString();
    }
    return paths;
}

bool SpecChangeDialog::offer(QWidget *view, QTextDocument *document, const QString &filePath, const QString &formKey,
                             const QString &formValue, const std::function<void()> &plainEdit,
                             const std::function<void()> &revert)
{
    if (filePath.isEmpty())
        return false;
    // One question at a time: a field that reports its edit again while it is asked is ignored.
    const QList<SpecChangeDialog *> asking = view->findChildren<SpecChangeDialog *>();
    if (std::any_of(asking.cbegin(), asking.cend(), [](const SpecChangeDialog *d) { return d->isVisible(); }))
        return true;
    const std::optional<BerthSetupFile> setup = berthSetupFile(filePath);
    if (!setup)
        return false;
    const std::optional<SpecValue> value = specValueFor(setup->role, formKey, formValue);
    if (!value)
        return false;
    const SpecChange change = planSpecChange(setup->projectDir, value->key, value->value);
    const bool invalid = change.failure == SpecChange::Failure::InvalidValue;
    if ((!change.ok() && !invalid) || (change.ok() && !change.changesAnything()))
        return false;
    QString blocked;
    if (change.ok()) {
        QStringList written{QDir(setup->projectDir).filePath(u"berth.yaml"_s)};
        for (const SpecChangeFile &f : change.files)
            written << QDir(setup->projectDir).filePath(f.path);
        const QStringList unsaved = unsavedFiles(view, document, filePath, written);
        if (!unsaved.isEmpty())
            blocked = tr("Change Everywhere writes the files on disk, and %1 has unsaved changes: save or close it first.")
                          .arg(unsaved.join(u", "_s));
    }
    auto *dialog = new SpecChangeDialog(change, QFileInfo(filePath).fileName(), blocked, view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QWidget> guard(view);
    connect(dialog, &QDialog::finished, view, [dialog, change, guard, plainEdit, revert](int result) {
        if (!guard)
            return;
        if (result == OnlyThisFile) {
            plainEdit();
        } else if (result == Everywhere) {
            // The open editors of these files notice the new content on disk and reload it.
            const SpecChangeResult written = applySpecChange(change, dialog->replaceConflicts());
            if (!written.ok) {
                QMessageBox::warning(guard, dialog->windowTitle(), tr("Nothing was changed: %1").arg(written.error));
                revert();
            }
        } else {
            revert();
        }
    });
    dialog->open();
    return true;
}

} // namespace Berth
