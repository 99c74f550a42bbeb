#include "wizard/reviewpage.h"

#include "editor/codeeditor.h"
#include "generate/corrections.h"
#include "generate/merge3.h"
#include "generate/unifieddiff.h"
#include "setupfiles.h"
#include "wizard/setupanswers.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
QString statusText(WriteStatus status, bool notBerths = false)
{
    if (status == WriteStatus::Conflict && notBerths)
        return ReviewPage::tr("conflict: exists and is not Berth's");
    switch (status) {
    case WriteStatus::New:
        return ReviewPage::tr("new");
    case WriteStatus::Changed:
        return ReviewPage::tr("changed");
    case WriteStatus::Unchanged:
        return ReviewPage::tr("unchanged");
    case WriteStatus::Conflict:
        return ReviewPage::tr("conflict: changed on disk");
    case WriteStatus::Merged:
        return ReviewPage::tr("merged with your edits");
    }
    return {};
}

QColor statusColor(WriteStatus status)
{
    switch (status) {
    case WriteStatus::New:
        return QColor(0x1a, 0x7f, 0x37);
    case WriteStatus::Changed:
        return QColor(0x9a, 0x67, 0x00);
    case WriteStatus::Unchanged:
        return QColor(0x6e, 0x77, 0x81);
    case WriteStatus::Conflict:
        return QColor(0xc0, 0x1c, 0x28);
    case WriteStatus::Merged:
        return QColor(0x1c, 0x5f, 0xb0);
    }
    return {};
}

} // namespace

ReviewPage::ReviewPage(SetupAnswers *shared, QWidget *parent)
    : QWizardPage(parent), m_answers(shared)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Every file of the setup. Edit any of them before writing, compare with what is on disk, and "
                   "untick what you want to keep as it is. Replaced files are backed up under .berth/backups."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"reviewFiles"_s);
    m_list->setAccessibleName(tr("Files of the setup"));
    m_list->setHeaderLabels({tr("File"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Ticked files are written when you press Finish"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setAccessibleName(tr("Open file"));

    m_corrections = new QTextBrowser(this);
    m_corrections->setObjectName(u"corrections"_s);
    m_corrections->setAccessibleName(tr("Why this differs from the article"));
    m_corrections->setOpenLinks(false);
    m_corrections->setMaximumHeight(130);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tabs);
    right->addWidget(m_corrections);
    right->setStretchFactor(0, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_tabs->setCurrentIndex(m_list->indexOfTopLevelItem(item));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_list->topLevelItemCount())
            m_list->setCurrentItem(m_list->topLevelItem(index));
        showCorrections(index);
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { Q_EMIT completeChanged(); });
}

void ReviewPage::clear()
{
    m_entries.clear();
    m_list->clear();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

void ReviewPage::initializePage()
{
    clear();
    m_files = m_answers->generatedFiles();
    m_plan = m_files.plan(m_answers->projectDir());

    int counts[5] = {0, 0, 0, 0, 0};
    const QSignalBlocker block(m_list);
    for (const PlannedFile &planned : std::as_const(m_plan)) {
        const GeneratedFile *file = m_files.file(planned.path);
        if (!file)
            continue;
        ++counts[int(planned.status)];
        Entry entry;
        entry.planned = planned;
        entry.file = *file;

        entry.item = new QTreeWidgetItem(m_list, {planned.path, statusText(planned.status, planned.notBerths)});
        entry.item->setForeground(1, statusColor(planned.status));
        entry.item->setToolTip(0, file->summary);
        const bool writable = planned.status != WriteStatus::Unchanged;
        entry.item->setFlags(writable ? entry.item->flags() | Qt::ItemIsUserCheckable
                                      : entry.item->flags() & ~Qt::ItemIsUserCheckable);
        // A conflict means the user changed the file: keep theirs unless they choose otherwise. A
        // merge keeps their edits, so it is written like a change.
        entry.item->setCheckState(0, planned.status == WriteStatus::New || planned.status == WriteStatus::Changed
                                             || planned.status == WriteStatus::Merged
                                         ? Qt::Checked
                                         : Qt::Unchecked);
        if (!writable)
            entry.item->setData(0, Qt::CheckStateRole, QVariant());

        auto *page = new QWidget;
        auto *modes = new QWidget(page);
        auto *asFile = new QRadioButton(tr("File"), modes);
        auto *asDiff = new QRadioButton(tr("Changes against disk"), modes);
        asDiff->setObjectName(u"showDiff"_s);
        asFile->setChecked(true);
        auto *group = new QButtonGroup(modes);
        group->addButton(asFile, 0);
        group->addButton(asDiff, 1);
        auto *summary = new QLabel(file->summary, modes);
        summary->setTextFormat(Qt::PlainText);
        auto *modesLayout = new QHBoxLayout(modes);
        modesLayout->setContentsMargins(4, 2, 4, 2);
        modesLayout->addWidget(asFile);
        modesLayout->addWidget(asDiff);
        modesLayout->addSpacing(12);
        modesLayout->addWidget(summary, 1);

        entry.editor = new CodeEditor(page);
        entry.editor->setDefinition(definitionNameForGeneratedFile(*file));
        entry.editor->setTheme(QString());
        // A merge shows what will be written: the user's edits with Berth's new content.
        entry.editor->setPlainText(QString::fromUtf8(planned.toWrite()));
        entry.editor->setAccessibleName(tr("%1, as Berth writes it").arg(planned.path));
        entry.diff = new CodeEditor(page);
        entry.diff->setReadOnly(true);
        entry.diff->setDefinition(u"Diff"_s);
        entry.diff->setAccessibleName(tr("%1, changes against disk").arg(planned.path));
        entry.diff->setTheme(QString());
        entry.stack = new QStackedWidget(page);
        entry.stack->addWidget(entry.editor);
        entry.stack->addWidget(entry.diff);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->setSpacing(0);
        pageLayout->addWidget(modes);
        pageLayout->addWidget(entry.stack, 1);

        const int index = m_tabs->addTab(page, QFileInfo(planned.path).fileName() + u" ("_s + statusText(planned.status).section(u':', 0, 0) + u')');
        m_tabs->setTabToolTip(index, planned.path + u" — "_s + statusText(planned.status, planned.notBerths));
        m_entries.append(entry);
        connect(group, &QButtonGroup::idClicked, this, [this, index](int id) {
            Entry &e = m_entries[index];
            if (id == 1)
                updateDiff(e);
            e.stack->setCurrentIndex(id);
        });
        entry.editor->document()->setModified(false);
        connect(entry.editor->document(), &QTextDocument::modificationChanged, this, [this, index](bool modified) {
            if (!modified)
                return;
            // An edited file is written even if it was unchanged before.
            Entry &e = m_entries[index];
            if (!(e.item->flags() & Qt::ItemIsUserCheckable)) {
                e.item->setFlags(e.item->flags() | Qt::ItemIsUserCheckable);
                e.item->setCheckState(0, Qt::Checked);
            }
            e.item->setText(1, statusText(e.planned.status, e.planned.notBerths) + tr(", edited"));
        });
    }

    QStringList parts;
    parts << tr("%n file(s) new", nullptr, counts[int(WriteStatus::New)])
          << tr("%n changed", nullptr, counts[int(WriteStatus::Changed)])
          << tr("%n unchanged", nullptr, counts[int(WriteStatus::Unchanged)]);
    if (counts[int(WriteStatus::Merged)] > 0)
        parts << tr("%n merged with your edits to them", nullptr, counts[int(WriteStatus::Merged)]);
    if (counts[int(WriteStatus::Conflict)] > 0)
        parts << tr("%n changed on disk by you (not replaced unless you tick them; a backup is kept)", nullptr,
                    counts[int(WriteStatus::Conflict)]);
    QString text = tr("Into %1: %2.").arg(QDir::toNativeSeparators(m_answers->projectDir()), parts.join(u", "_s));
    for (const QString &warning : m_files.warnings())
        text += u"\n⚠ "_s + warning;
    m_summary->setText(text);
    if (!m_entries.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        showCorrections(0);
    }
    Q_EMIT completeChanged();
}

void ReviewPage::updateDiff(Entry &entry)
{
    const QByteArray current = entry.editor->toPlainText().toUtf8();
    // A conflict with a merge base: only the regions both changed, yours against Berth's (the
    // rest merges); once the text is edited here, the whole difference again.
    if (!entry.planned.conflicts.isEmpty() && !entry.editor->document()->isModified()) {
        entry.diff->setPlainText(tr("Only the lines both you and Berth changed; ticking the file replaces it with "
                                    "Berth's version (your version is backed up).")
                                 + u"\n\n"_s + conflictsText(entry.planned.conflicts, entry.planned.path));
        return;
    }
    const QString diff = unifiedDiff(entry.planned.onDisk, current, entry.planned.path);
    entry.diff->setPlainText(diff.isEmpty() ? tr("No changes: the file on disk is the same.") : diff);
}

void ReviewPage::showCorrections(int index)
{
    if (index < 0 || index >= m_entries.size()) {
        m_corrections->clear();
        return;
    }
    const GeneratedFile &file = m_entries.at(index).file;
    QString html = u"<p><b>"_s + tr("Why this differs from the article") + u"</b> — "_s + file.path.toHtmlEscaped()
        + u"</p>"_s;
    if (file.correctionIds.isEmpty())
        html += u"<p>"_s + tr("Nothing: this file is as the article has it, or the article has no such file.") + u"</p>"_s;
    for (const QString &id : file.correctionIds) {
        if (const Correction *c = correction(id))
            html += u"<p><b>"_s + c->title().toHtmlEscaped() + u"</b><br>"_s + c->why().toHtmlEscaped() + u"</p>"_s;
    }
    m_corrections->setHtml(html);
}

QString ReviewPage::correctionsText() const
{
    return m_corrections->toPlainText();
}

bool ReviewPage::isComplete() const
{
    return !m_entries.isEmpty();
}

FileSet ReviewPage::filesToWrite() const
{
    FileSet set;
    for (const Entry &entry : m_entries) {
        GeneratedFile file = entry.file;
        const QByteArray text = entry.editor->toPlainText().toUtf8();
        // A merge left as shown is merged again when written, from Berth's content, so the base
        // kept under .berth/ is Berth's and the user's edits stay theirs.
        if (!(entry.planned.status == WriteStatus::Merged && !entry.editor->document()->isModified()))
            file.content = text;
        set.add(file);
    }
    for (const QString &warning : m_files.warnings())
        set.addWarning(warning);
    return set;
}

QStringList ReviewPage::selectedPaths() const
{
    QStringList paths;
    for (const Entry &entry : m_entries) {
        if ((entry.item->flags() & Qt::ItemIsUserCheckable) && entry.item->checkState(0) == Qt::Checked)
            paths.append(entry.planned.path);
    }
    return paths;
}

QStringList ReviewPage::selectedConflicts() const
{
    QStringList paths;
    for (const Entry &entry : m_entries) {
        if (entry.planned.status == WriteStatus::Conflict && entry.item->checkState(0) == Qt::Checked)
            paths.append(entry.planned.path);
    }
    return paths;
}

void ReviewPage::setSelected(const QString &path, bool write)
{
    for (Entry &entry : m_entries) {
        if (entry.planned.path == path && (entry.item->flags() & Qt::ItemIsUserCheckable))
            entry.item->setCheckState(0, write ? Qt::Checked : Qt::Unchecked);
    }
}

CodeEditor *ReviewPage::editorFor(const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.planned.path == path)
            return entry.editor;
    }
    return nullptr;
}

void ReviewPage::showDiff(const QString &path, bool diff)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.planned.path != path)
            continue;
        if (diff)
            updateDiff(entry);
        entry.stack->setCurrentIndex(diff ? 1 : 0);
        m_tabs->setCurrentIndex(i);
    }
}

} // namespace Berth
