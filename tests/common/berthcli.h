#pragma once

// Running berth's headless commands in-process, and text files, for tests that build a project
// with `berth spec` / `berth generate` and then look at it (header-only).

#include "cli/cli.h"
#include "filehelpers.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace BerthTest {

// `berth ARGS`; its standard output into *output.
inline int berth(const QStringList &args, QString *output = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = Berth::Cli::run(QStringList{QStringLiteral("berth")} + args, o, e);
    o.flush();
    if (output)
        *output = out;
    return code;
}

inline QString read(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

inline bool write(const QString &path, const QString &text)
{
    return writeFile(path, text.toUtf8());
}

} // namespace BerthTest
