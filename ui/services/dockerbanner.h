#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Berth {

class DockerEnvironment;

// One problem with Docker, what to do about it, the CLI's own words; Retry, and a way to
// point Berth at the docker program when none was found (stored as the docker/cli setting).
class DockerBanner : public QFrame
{
    Q_OBJECT
public:
    DockerBanner(DockerEnvironment *environment, QWidget *parent = nullptr);

    void showProblem(const QString &title, const QString &hint, const QString &detail);
    // The environment's own problem, with the program chooser when the CLI is missing.
    void showEnvironmentProblem();
    void clear();
    // "" when hidden.
    QString text() const;

private:
    DockerEnvironment *m_env;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_detail;
    QPushButton *m_chooseCli;
};

} // namespace Berth
