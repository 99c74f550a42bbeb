#include "wizard/setupanswers.h"

#include "generate/generator.h"
#include "generate/password.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
const QRegularExpression passwordLine(u"^POSTGRES_PASSWORD=.*$"_s, QRegularExpression::MultilineOption);

// The password the generated secrets file carries (the project's own, when it has one).
QString passwordIn(const QByteArray &envFile)
{
    const QRegularExpressionMatch m = passwordLine.match(QString::fromUtf8(envFile));
    if (!m.hasMatch())
        return {};
    QString value = m.captured().mid(int(qstrlen("POSTGRES_PASSWORD=")));
    if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')) && value.endsWith(value.at(0)))
        value = value.mid(1, value.size() - 2);
    return value;
}
} // namespace

SetupAnswers::SetupAnswers(QObject *parent)
    : QObject(parent), m_spec(ProjectSpec::defaults())
{
}

void SetupAnswers::setProjectDir(const QString &dir)
{
    if (dir == m_projectDir)
        return;
    m_projectDir = dir;
    m_password.clear(); // the new folder may have its own
    Q_EMIT projectDirChanged(dir);
}

QString SetupAnswers::databasePassword() const
{
    if (m_password.isEmpty()) {
        // The project's existing password if it has one (generate() keeps it), else a fresh one.
        const FileSet files = generate(m_spec, m_projectDir);
        if (const GeneratedFile *secrets = files.file(m_spec.secretsFile()))
            m_password = passwordIn(secrets->content);
        if (m_password.isEmpty())
            m_password = generatePassword();
    }
    return m_password;
}

FileSet SetupAnswers::generatedFiles() const
{
    if (!m_spec.database.isPostgres())
        return generate(m_spec, m_projectDir);
    // One password for the whole wizard session: the one shown on the database page.
    GenerateOptions options;
    options.databasePassword = databasePassword();
    return generate(m_spec, m_projectDir, options);
}

} // namespace Berth
