#include "config/iniconfigview.h"

#include "config/specchangedialog.h"
#include "palettecolours.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include <climits>

using namespace Qt::StringLiterals;
using namespace Berth::Config;

namespace Berth {

IniConfigView::IniConfigView(IniFlavour flavour, QTextDocument *document, QWidget *parent)
    : ConfigView(document, parent), m_flavour(flavour), m_section(iniSection(flavour))
{
    setObjectName(flavour == IniFlavour::Uwsgi ? u"uwsgiConfigView"_s : u"pytestConfigView"_s);
    refresh();
}

QString IniConfigView::readText(const QString &text)
{
    IniDocument doc = IniDocument::parse(text);
    if (!doc.isValid())
        return doc.error(); // the form keeps showing the last text that parsed, read-only
    m_doc = std::move(doc);
    const QList<Row> rows = rowsFor(m_doc);
    const QString shape = signature(rows);
    if (shape != m_signature || m_rows.isEmpty()) {
        m_signature = shape;
        rebuild(rows);
    }
    showValues();
    return {};
}

QList<IniConfigView::Row> IniConfigView::rowsFor(const IniDocument &doc) const
{
    QList<Row> rows;
    const QList<IniEntry> &entries = doc.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const IniEntry &e = entries.at(i);
        const QList<int> all = doc.find(e.section, e.key);
        Row row;
        row.section = e.section;
        row.key = e.key;
        row.occurrence = int(all.indexOf(int(i)));
        row.known = e.section == m_section ? iniKey(m_flavour, e.key) : nullptr;
        if (e.section.isEmpty() && e.section != m_section)
            row.note = tr("Above the first [section]: %1 does not read it.").arg(m_section);
        else if (e.section != m_section)
            row.note = tr("In section [%1], which %2 does not read here.").arg(e.section, m_section);
        else if (!row.known)
            row.note = tr("Not a key Berth knows: kept as it is. Edit it in the Text view.");
        else if (!row.known->repeatable && row.occurrence < all.size() - 1)
            row.note = tr("Set again on line %1, which takes effect.").arg(entries.at(all.constLast()).line);
        else if (e.value.contains(u'\n'))
            row.note = tr("Several lines: edit it in the Text view.");
        if (row.note.isEmpty()) {
            bool isInt = false;
            const qint64 n = e.value.toLongLong(&isInt);
            row.kind = row.known->type == IniKey::Bool ? Editor::Bool
                     : row.known->type == IniKey::Int && isInt && n >= row.known->min && n <= row.known->max ? Editor::Int
                                                                                                          : Editor::Line;
        }
        rows.append(row);
        // The row that adds another line of a key uwsgi takes many times, after its last one.
        if (row.known && row.known->repeatable && row.occurrence == all.size() - 1) {
            Row more = row;
            more.occurrence = -1;
            more.kind = Editor::Line;
            rows.append(more);
        }
    }
    for (const IniKey &known : iniKeys(m_flavour)) {
        const QString key = QString::fromLatin1(known.key);
        if (!doc.find(m_section, key).isEmpty())
            continue;
        Row row;
        row.section = m_section;
        row.key = key;
        row.known = &known;
        row.kind = known.type == IniKey::Bool ? Editor::Bool : known.type == IniKey::Int ? Editor::Int : Editor::Line;
        rows.append(row);
    }
    return rows;
}

QString IniConfigView::signature(const QList<Row> &rows)
{
    QString shape;
    for (const Row &row : rows)
        shape += row.section + u'|' + row.key + u'|' + QString::number(row.occurrence) + u'|' + QString::number(int(row.kind)) + u'|' + row.note + u'\n';
    return shape;
}

void IniConfigView::rebuild(const QList<Row> &rows)
{
    // Keep the keyboard where it was: on the same key's row, now perhaps elsewhere.
    QString focusKey;
    int focusOccurrence = -1;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor && row.editor->hasFocus()) {
            focusKey = row.key;
            focusOccurrence = row.occurrence;
        }
    }
    auto *form = new QWidget;
    form->setObjectName(u"configForm"_s);
    auto *grid = new QGridLayout(form);
    grid->setColumnStretch(1, 1);
    auto *title = new QLabel(tr("<b>[%1]</b> — every change here is a small edit of the text; Ctrl+Z undoes it in either view.").arg(m_section), form);
    grid->addWidget(title, 0, 0, 1, 3);
    m_rows = rows;
    bool unsetHeading = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).occurrence < 0 && !isAnother(i) && !unsetHeading) {
            unsetHeading = true;
            auto *heading = new QLabel(tr("<b>Not set</b> — the tool's default applies; give a value to add the key."), form);
            grid->addWidget(heading, grid->rowCount(), 0, 1, 3);
        }
        addRow(grid, m_rows[i], i);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    setForm(form);
    QWidget *previous = nullptr;
    QWidget *focus = nullptr;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (previous)
            QWidget::setTabOrder(previous, row.editor);
        previous = row.editor;
        // The same line; after adding a line, the new line (or the row adding another one).
        if (row.key == focusKey && (row.occurrence == focusOccurrence || (focusOccurrence < 0 && (isAnother(i) || !focus))))
            focus = row.editor;
    }
    if (focus)
        focus->setFocus();
}

bool IniConfigView::isAnother(int index) const
{
    const Row &row = m_rows.at(index);
    return row.occurrence < 0 && row.known && row.known->repeatable && index > 0 && m_rows.at(index - 1).key == row.key;
}

void IniConfigView::addRow(QGridLayout *grid, Row &row, int index)
{
    QWidget *form = grid->parentWidget();
    const int r = grid->rowCount();
    const QString label = row.section == m_section ? row.key : u"[%1] %2"_s.arg(row.section, row.key);
    auto *name = new QLabel(isAnother(index) ? tr("another %1").arg(row.key) : label, form);
    grid->addWidget(name, r, 0);
    const QString meaning = row.known ? row.known->translatedMeaning() : row.note;
    QString detail = meaning;
    if (row.known && row.known->type == IniKey::Int)
        detail += u' ' + tr("From %1 to %2.").arg(row.known->min).arg(row.known->max);
    if (row.known && *row.known->defaultValue)
        detail += u' ' + tr("Default: %1.").arg(QString::fromLatin1(row.known->defaultValue));
    const QString defaultText = row.known && *row.known->defaultValue ? tr("default: %1").arg(QString::fromLatin1(row.known->defaultValue)) : tr("not set");

    switch (row.kind) {
    case Editor::Bool: {
        auto *combo = new QComboBox(form);
        combo->addItem(tr("Not set (%1)").arg(defaultText), QString());
        combo->addItem(u"true"_s, u"true"_s);
        combo->addItem(u"false"_s, u"false"_s);
        connect(combo, &QComboBox::activated, this, [this, index, combo] { commit(index, combo->currentData().toString()); });
        row.editor = combo;
        break;
    }
    case Editor::Int: {
        auto *spin = new QSpinBox(form);
        spin->setRange(int(row.known->min) - 1, int(std::min<qint64>(row.known->max, INT_MAX)));
        spin->setSpecialValueText(tr("Not set (%1)").arg(defaultText));
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, index, spin](int value) {
            commit(index, value == spin->minimum() ? QString() : QString::number(value));
        });
        row.editor = spin;
        break;
    }
    case Editor::Line:
    case Editor::ReadOnly: {
        auto *line = new QLineEdit(form);
        line->setPlaceholderText(isAnother(index) ? tr("add a line") : defaultText);
        line->setReadOnly(row.kind == Editor::ReadOnly);
        line->setFrame(row.kind != Editor::ReadOnly); // read-only rows do not look like fields
        if (row.kind == Editor::Line)
            connect(line, &QLineEdit::editingFinished, this, [this, index, line] { commit(index, line->text()); });
        row.editor = line;
        break;
    }
    }
    row.editor->setAccessibleName(label);
    row.editor->setAccessibleDescription(detail);
    row.editor->setToolTip(detail);
    name->setBuddy(row.editor);
    routeUndo(row.editor);
    grid->addWidget(row.editor, r, 1);
    if (row.occurrence >= 0 && row.kind != Editor::ReadOnly) {
        auto *remove = new QToolButton(form);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove %1").arg(label));
        remove->setToolTip(tr("Delete this line of the file, with its own comments"));
        remove->setFocusPolicy(Qt::ClickFocus); // the tab order goes from field to field
        connect(remove, &QToolButton::clicked, this, [this, index] { removeLine(index); });
        grid->addWidget(remove, r, 2);
    }
    auto *description = new QLabel(row.note.isEmpty() || !row.known ? detail : meaning + u' ' + row.note, form);
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    QFont small = description->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    description->setFont(small);
    grid->addWidget(description, r + 1, 1, 1, 2);
    row.message = new QLabel(form);
    row.message->setWordWrap(true);
    QPalette pal = row.message->palette();
    pal.setColor(QPalette::WindowText, errorText(pal));
    row.message->setPalette(pal);
    row.message->hide();
    grid->addWidget(row.message, r + 2, 1, 1, 2);
}

std::optional<QString> IniConfigView::currentValue(const Row &row) const
{
    const QList<int> found = m_doc.find(row.section, row.key);
    if (row.occurrence < 0 || row.occurrence >= found.size())
        return std::nullopt;
    return m_doc.entries().at(found.at(row.occurrence)).value;
}

void IniConfigView::showValues()
{
    for (Row &row : m_rows) {
        const std::optional<QString> value = currentValue(row);
        const QSignalBlocker blocker(row.editor);
        if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
            const std::optional<bool> b = value ? iniBool(*value) : std::nullopt;
            combo->setCurrentIndex(!value ? 0 : b.value_or(true) ? 1 : 2);
        } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
            spin->setValue(value ? value->toInt() : spin->minimum());
        } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
            // A value of several lines shows them on one, each mark standing for a line break.
            const QString text = value.value_or(QString()).replace(u'\n', u" \u23ce "_s);
            if (line->text() != text)
                line->setText(text);
        }
        const QString problem = value && row.known && row.note.isEmpty() ? validateIniValue(*row.known, *value) : QString();
        row.message->setText(problem);
        row.message->setVisible(!problem.isEmpty());
    }
}

void IniConfigView::commit(int index, const QString &typed)
{
    if (index >= m_rows.size() || !problem().isEmpty())
        return;
    Row &row = m_rows[index];
    const QString value = typed.trimmed();
    const std::optional<QString> current = currentValue(row);
    if (value == current.value_or(QString()) && (current || value.isEmpty()))
        return;
    if (value.isEmpty()) {
        if (current)
            removeLine(index);
        return;
    }
    const QString problem = row.known ? validateIniValue(*row.known, value) : QString();
    row.message->setText(problem);
    row.message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    const QString key = row.key;
    const int occurrence = row.occurrence;
    const bool spec = row.section == m_section
                      && SpecChangeDialog::offer(this, document(), m_filePath, m_section + u'.' + key, value,
                                                 [this, key, occurrence, value] { applyValue(key, occurrence, value); },
                                                 [this] { showValues(); });
    if (!spec)
        applyValue(key, occurrence, value);
}

void IniConfigView::applyValue(const QString &key, int occurrence, const QString &value)
{
    const QList<int> found = m_doc.find(m_section, key);
    if (occurrence >= 0 && occurrence < found.size())
        applyEdits(m_doc.setAt(found.at(occurrence), value));
    else
        applyEdits(m_doc.add(m_section, key, value));
}

void IniConfigView::removeLine(int index)
{
    const Row &row = m_rows.at(index);
    const QList<int> found = m_doc.find(row.section, row.key);
    if (row.occurrence >= 0 && row.occurrence < found.size())
        applyEdits(m_doc.unsetAt(found.at(row.occurrence)));
}

QWidget *IniConfigView::field(const QString &key, int occurrence) const
{
    for (const Row &row : m_rows) {
        if (row.key == key && row.occurrence == occurrence && row.section == m_section)
            return row.editor;
    }
    return nullptr;
}

} // namespace Berth
