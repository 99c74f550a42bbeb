#pragma once

// Helpers shared by the e2e flow's source files (header-only, one executable).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace BerthE2E {

using namespace Qt::StringLiterals;

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline bool writeFile(const QString &path, const QByteArray &content, QString *why)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        *why = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

// Runs a program to its end (project setup only: django-admin and berth generate).
inline bool runProgram(const QString &program, const QStringList &arguments, const QString &workDir, QString *why)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = u"%1 %2 failed (exit %3): %4"_s.arg(program, arguments.join(u' ')).arg(p.exitCode())
                   .arg(QString::fromLocal8Bit(p.readAll()) + p.errorString());
        return false;
    }
    return true;
}

// The sample app every flow tests through the tests service.
inline QByteArray sampleTests(bool postgres)
{
    QByteArray text =
        "import pytest\n"
        "from django.contrib.auth.models import User\n"
        "from django.db import connection\n\n\n"
        "@pytest.mark.django_db\n"
        "def test_database_vendor():\n"
        "    assert connection.vendor == \"VENDOR\"\n\n\n"
        "@pytest.mark.django_db\n"
        "def test_create_user():\n"
        "    User.objects.create_user(\"alice\", password=\"not-a-secret\")\n"
        "    assert User.objects.filter(username=\"alice\").exists()\n\n\n"
        "def test_arithmetic():\n"
        "    assert 6 * 7 == 42\n";
    text.replace("VENDOR", postgres ? "postgresql" : "sqlite");
    return text;
}

// The pyproject-only layout's pyproject.toml, with extra dependency lines.
inline QByteArray pyprojectToml(const QByteArray &extra)
{
    return "[project]\nname = \"e2e-shop\"\nversion = \"0.1.0\"\nrequires-python = \">=3.11\"\n"
           "dependencies = [\n    \"Django>=4.2,<6.0\",  # the LTS and the next\n    'sqlparse>=0.4',\n"
         + extra + "]\n\n[tool.ruff]\nline-length = 100\n";
}

} // namespace BerthE2E
