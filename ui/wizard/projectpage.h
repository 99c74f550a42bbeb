#pragma once

#include <optional>

#include "django/djangoproject.h"
#include "wizard/specpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Berth {

class StartProjectJob;

// Page 1: the project folder. Detects an existing Django project (manage.py, settings and wsgi
// modules, requirements) and shows what it found, or offers to create one with django-admin, on
// the host or in a container of the python image.
class ProjectPage : public SpecPage
{
    Q_OBJECT
public:
    ProjectPage(SetupAnswers *shared, QWidget *parent);

    void initializePage() override;
    void setFolder(const QString &dir);
    QString folder() const;
    DjangoProjectInfo detected() const { return m_info; }

protected:
    bool pageReady() const override;
    QList<SpecError> pageErrors() const override;

private:
    void browse();
    void detect();
    void createProject();

    QLineEdit *m_folder = nullptr;
    QLabel *m_found = nullptr;
    QWidget *m_createRow = nullptr;
    QPushButton *m_create = nullptr;
    QComboBox *m_createWith = nullptr;
    QLineEdit *m_settings = nullptr;
    DjangoProjectInfo m_info;
    // What the folder's detection changed, undone when the folder changes again (a path typed
    // key by key passes folders whose projects must leave nothing behind): the Django answers
    // before it, and the compose name the folder gave.
    std::optional<ProjectSpec::Django> m_beforeDetection;
    QString m_nameFromFolder;
    StartProjectJob *m_job = nullptr;
};

} // namespace Berth
