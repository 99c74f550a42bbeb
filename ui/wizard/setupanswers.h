#pragma once

#include "generate/fileset.h"
#include "project/projectspec.h"

#include <QObject>

namespace Berth {

// What the setup wizard's pages fill in and read: the spec, the project folder and the database
// password. The pages share this, not the wizard, so SetupWizard (which makes the pages) and the
// pages do not include each other.
class SetupAnswers : public QObject
{
    Q_OBJECT
public:
    explicit SetupAnswers(QObject *parent = nullptr);

    ProjectSpec &spec() { return m_spec; }
    const ProjectSpec &spec() const { return m_spec; }
    // Replaces the spec (a berth.yaml found in the chosen folder).
    void setSpec(const ProjectSpec &spec) { m_spec = spec; }
    QString projectDir() const { return m_projectDir; }
    void setProjectDir(const QString &dir);

    // The database password: the project's existing one, else a fresh one; it lives only in the
    // secrets file the generator writes, never in the spec.
    QString databasePassword() const;
    void setDatabasePassword(const QString &password) { m_password = password; }

    // The files for the current answers, merged with what is in the project folder.
    FileSet generatedFiles() const;

Q_SIGNALS:
    void projectDirChanged(const QString &dir);

private:
    ProjectSpec m_spec;
    QString m_projectDir;
    mutable QString m_password;
};

} // namespace Berth
