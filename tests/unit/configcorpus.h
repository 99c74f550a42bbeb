#pragma once

// The corpus of configuration files written for the config tests (tests/unit/configcorpus/),
// each as written (LF), with CRLF line breaks, and with a BOM and CRLF.
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTest>

struct CorpusFile {
    QString name;
    QString text;
};

inline QList<CorpusFile> configCorpus(const QString &suffix)
{
    const QDir dir(qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/unit/configcorpus"));
    QList<CorpusFile> files;
    const QStringList names = dir.entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        const QString lf = QString::fromUtf8(file.readAll());
        QString crlf = lf;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        files.append({name + QStringLiteral(" lf"), lf});
        files.append({name + QStringLiteral(" crlf"), crlf});
        files.append({name + QStringLiteral(" bom crlf"), QChar(0xfeff) + crlf});
    }
    if (files.isEmpty())
        qFatal("no corpus files *%s in %s", qPrintable(suffix), qPrintable(dir.path()));
    return files;
}

// The lines of `text` whose first non-blank character is one of `marks`, in order.
inline QStringList commentLines(const QString &text, const QString &marks)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && marks.contains(t.at(0)))
            found.append(line);
    }
    return found;
}
