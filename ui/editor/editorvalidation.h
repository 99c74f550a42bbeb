#pragma once

#include "docker/composeproject.h"

#include <QObject>
#include <QPointer>

namespace Berth {

class DockerEnvironment;
class DocumentValidator;
class EditorTab;
class ProblemModel;

// Live validation of the editor tabs: a DocumentValidator for each open YAML file, fed from its
// editor as the user types; its problems go to the editor's gutter and to one ProblemModel for
// the Problems pane. Compose checks start once setCompose() names the project's CLI.
class EditorValidation : public QObject
{
    Q_OBJECT
public:
    explicit EditorValidation(QObject *parent = nullptr);

    ProblemModel *model() const { return m_model; }
    // For the validators there are and those to come.
    void setCompose(DockerEnvironment *environment, const ComposeProject &project);
    // Starts validating the tab's file if it is one Berth checks (YAML); the validator lives
    // as long as the tab.
    void attach(EditorTab *tab);
    // The tab's validator, or nullptr.
    DocumentValidator *validator(const EditorTab *tab) const;

private:
    ProblemModel *m_model;
    QPointer<DockerEnvironment> m_environment;
    ComposeProject m_project;
    QList<QPointer<DocumentValidator>> m_validators;
};

} // namespace Berth
