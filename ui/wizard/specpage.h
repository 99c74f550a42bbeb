#pragma once

#include "project/projectspec.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Berth {

class SetupAnswers;

// A wizard page whose fields edit keys of the wizard's ProjectSpec. Every change validates the
// whole spec through the core (ProjectSpec::validate) and shows the messages of this page's keys
// under their fields; Next stays disabled while any of them has one.
class SpecPage : public QWizardPage
{
    Q_OBJECT
public:
    SpecPage(SetupAnswers *answers, QWidget *parent);

    void initializePage() override;
    bool isComplete() const override;

protected:
    ProjectSpec &spec();
    const ProjectSpec &spec() const;
    SetupAnswers *answers() const { return m_answers; }
    QFormLayout *form() const { return m_form; }

    QLineEdit *addText(const QString &label, const QString &key, std::function<QString &(ProjectSpec &)> ref,
                       const QString &tooltip);
    QSpinBox *addInt(const QString &label, const QString &key, std::function<int &(ProjectSpec &)> ref, int minimum,
                     int maximum, const QString &tooltip, const QString &zeroText = {});
    QCheckBox *addBool(const QString &text, const QString &key, std::function<bool &(ProjectSpec &)> ref,
                       const QString &tooltip);
    // A row for a widget the page binds itself; key may be empty (no message row).
    void addRow(const QString &label, QWidget *field, const QString &key, const QString &tooltip);

    // Re-reads the spec into every field (after the page changed the spec itself).
    void reloadFields();
    // Re-validates and updates the messages; call after changing the spec outside the fields.
    void revalidate();
    // Extra page-level completeness (e.g. "a Django project was found"); default true.
    virtual bool pageReady() const { return true; }
    // Errors the spec alone cannot know (a module that is not in the project), shown and
    // blocking like validation errors; default none.
    virtual QList<SpecError> pageErrors() const { return {}; }
    // Keys owned by this page besides the bound fields (their errors block Next too).
    void addOwnedKey(const QString &key) { m_keys.append(key); }

private:
    QLabel *messageLabelFor(const QString &key);

    SetupAnswers *m_answers;
    QFormLayout *m_form;
    QStringList m_keys;
    QHash<QString, QLabel *> m_messages;
    QList<std::function<void()>> m_loaders;
    bool m_loading = false;
    bool m_hasErrors = false;
};

} // namespace Berth
