#include "editor/editorvalidation.h"

#include "config/composeconfigview.h"
#include "editor/codeeditor.h"
#include "editor/editortab.h"

#include "docker/dockerenvironment.h"
#include "validation/documentvalidator.h"
#include "validation/problemmodel.h"
#include "validation/syntaxcheck.h"

namespace Berth {

EditorValidation::EditorValidation(QObject *parent)
    : QObject(parent)
    , m_model(new ProblemModel(this))
{
}

void EditorValidation::setCompose(DockerEnvironment *environment, const ComposeProject &project)
{
    m_environment = environment;
    m_project = project;
    m_validators.removeAll(nullptr);
    for (const QPointer<DocumentValidator> &v : std::as_const(m_validators)) {
        v->setCompose(environment, project);
        v->textChanged(); // checked again against the (new) project
    }
}

void EditorValidation::attach(EditorTab *tab)
{
    if (!Validation::isYamlFile(tab->path()) || validator(tab))
        return;
    CodeEditor *editor = tab->editor();
    auto *validator = new DocumentValidator(tab->path(), tab);
    validator->setObjectName(QStringLiteral("validator"));
    // The editor's text, unsaved edits included, taken when a check starts (after the
    // debounce), not on every keystroke.
    validator->setTextSource([editor] { return editor->toPlainText(); });
    validator->setCompose(m_environment, m_project);
    m_validators << validator;
    connect(editor, &QPlainTextEdit::textChanged, validator, &DocumentValidator::textChanged);
    const QString file = validator->file();
    connect(validator, &DocumentValidator::problemsChanged, this, [this, validator, editor, file] {
        const FileProblems problems = validator->problems();
        editor->setProblems(problems);
        m_model->setProblems(file, problems);
    });
    connect(validator, &QObject::destroyed, m_model, [model = m_model, file] { model->removeFile(file); });
    // A form edit of a compose file gets compose's opinion too; one it refuses is undone.
    const auto watchForm = [validator](ConfigView *view) {
        auto *compose = qobject_cast<ComposeConfigView *>(view);
        if (!compose)
            return;
        connect(compose, &ComposeConfigView::edited, validator, &DocumentValidator::checkEdit);
        connect(validator, &DocumentValidator::editChecked, compose,
                [compose](const QString &after, const QString &refusal) {
                    if (!refusal.isEmpty())
                        compose->composeRefused(after, refusal);
                });
    };
    if (tab->configView())
        watchForm(tab->configView());
    connect(tab, &EditorTab::configViewCreated, validator, watchForm);
    validator->textChanged();
}

DocumentValidator *EditorValidation::validator(const EditorTab *tab) const
{
    return tab->findChild<DocumentValidator *>(QStringLiteral("validator"), Qt::FindDirectChildrenOnly);
}

} // namespace Berth
