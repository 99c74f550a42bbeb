#pragma once

#include <QObject>
#include <QStringList>

class QProcess;

namespace Berth {

// Runs `django-admin startproject NAME` in a folder, to give the wizard a Django project to set
// up when the chosen folder has none. Uses django-admin from PATH, else `python3 -m django`.
class StartProjectJob : public QObject
{
    Q_OBJECT
public:
    explicit StartProjectJob(QObject *parent = nullptr);
    ~StartProjectJob() override;

    // The program and leading arguments that run django-admin here (no process is started to
    // find out); empty when neither django-admin nor a Python is on PATH.
    static QStringList djangoAdminCommand();

    // Starts the job; finished() follows, also for a failure to start.
    void start(const QString &parentDir, const QString &projectName);
    bool isRunning() const;
    QString commandLine() const { return m_commandLine; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    QProcess *m_process = nullptr;
    QString m_commandLine;
};

} // namespace Berth
