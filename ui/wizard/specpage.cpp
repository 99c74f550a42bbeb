#include "wizard/specpage.h"

#include "announce.h"
#include "wizard/setupanswers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth {

SpecPage::SpecPage(SetupAnswers *shared, QWidget *parent)
    : QWizardPage(parent), m_answers(shared), m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

ProjectSpec &SpecPage::spec()
{
    return m_answers->spec();
}

const ProjectSpec &SpecPage::spec() const
{
    return m_answers->spec();
}

QLabel *SpecPage::messageLabelFor(const QString &key)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"message:"_s + key);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(pal);
    label->hide();
    m_messages.insert(key, label);
    return label;
}

void SpecPage::addRow(const QString &label, QWidget *field, const QString &key, const QString &tooltip)
{
    field->setToolTip(tooltip);
    if (!key.isEmpty())
        field->setObjectName(key);
    m_form->addRow(label, field);
    // A row of widgets ("Folder: [field] [Browse…]"): a screen reader takes a name from a buddy
    // label only when it is the field's sibling, so the row's first field is named by the label.
    if (!(field->focusPolicy() & Qt::TabFocus) && !label.isEmpty()) {
        const auto children = field->findChildren<QWidget *>();
        const auto first = std::find_if(children.begin(), children.end(), [](QWidget *w) { return w->focusPolicy() & Qt::TabFocus; });
        if (first != children.end())
            (*first)->setAccessibleName(QString(label).remove(u':').trimmed());
    }
    if (!key.isEmpty()) {
        m_keys.append(key);
        m_form->addRow(QString(), messageLabelFor(key));
    }
}

QLineEdit *SpecPage::addText(const QString &label, const QString &key, std::function<QString &(ProjectSpec &)> ref,
                             const QString &tooltip)
{
    auto *edit = new QLineEdit(this);
    addRow(label, edit, key, tooltip);
    m_loaders.append([this, edit, ref] { edit->setText(ref(spec())); });
    connect(edit, &QLineEdit::textChanged, this, [this, ref](const QString &text) {
        if (m_loading)
            return;
        ref(spec()) = text;
        revalidate();
    });
    return edit;
}

QSpinBox *SpecPage::addInt(const QString &label, const QString &key, std::function<int &(ProjectSpec &)> ref,
                           int minimum, int maximum, const QString &tooltip, const QString &zeroText)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    if (!zeroText.isEmpty() && minimum == 0)
        spin->setSpecialValueText(zeroText);
    spin->setAccelerated(true);
    addRow(label, spin, key, tooltip);
    m_loaders.append([this, spin, ref] { spin->setValue(ref(spec())); });
    connect(spin, &QSpinBox::valueChanged, this, [this, ref](int value) {
        if (m_loading)
            return;
        ref(spec()) = value;
        revalidate();
    });
    return spin;
}

QCheckBox *SpecPage::addBool(const QString &text, const QString &key, std::function<bool &(ProjectSpec &)> ref,
                             const QString &tooltip)
{
    auto *box = new QCheckBox(text, this);
    addRow(QString(), box, key, tooltip);
    m_loaders.append([this, box, ref] { box->setChecked(ref(spec())); });
    connect(box, &QCheckBox::toggled, this, [this, ref](bool on) {
        if (m_loading)
            return;
        ref(spec()) = on;
        revalidate();
    });
    return box;
}

void SpecPage::initializePage()
{
    reloadFields();
}

void SpecPage::reloadFields()
{
    m_loading = true;
    for (const auto &load : std::as_const(m_loaders))
        load();
    m_loading = false;
    revalidate();
}

void SpecPage::revalidate()
{
    QHash<QString, QStringList> byKey;
    for (const SpecError &error : spec().validate() + pageErrors())
        byKey[error.key].append(error.message);
    bool hasErrors = false;
    for (const QString &key : std::as_const(m_keys)) {
        const QStringList messages = byKey.value(key);
        if (!messages.isEmpty())
            hasErrors = true;
        if (QLabel *label = m_messages.value(key)) {
            const QString text = messages.join(u'\n');
            // A new message is read out, and stays the field's description while it is shown.
            if (text != label->text())
                announce(label, text);
            if (auto *field = findChild<QWidget *>(key))
                field->setAccessibleDescription(text);
            label->setText(text);
            label->setVisible(!messages.isEmpty());
        }
    }
    m_hasErrors = hasErrors;
    Q_EMIT completeChanged();
}

bool SpecPage::isComplete() const
{
    return !m_hasErrors && pageReady();
}

} // namespace Berth
