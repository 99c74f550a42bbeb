#pragma once

#include "fileproblem.h"

#include <QStringList>

namespace Berth::Validation {

// One message of `docker compose config`, taken apart: which file it names, and where in it
// (a path like services.web.ports.0, a line, or a word to look for), in Compose's own words,
// with what to do where Berth knows. Compose stops at its first error, so a run gives one
// error and any number of warnings.
struct ComposeMessage {
    QString file;     // as Compose named it: "-" for stdin, a path, or empty (not said)
    QStringList path; // segments (splitComposePath), empty when no path was named
    int line = 0;     // a line Compose named (go-yaml's count, 1-based), or 0
    QString search;   // text to look for when there is neither (a variable, a value)
    bool searchVariable = false; // search is a variable's name: look for $NAME or ${NAME
    FileProblem::Severity severity = FileProblem::Severity::Error;
    QString text;     // Compose's words, without the "validating FILE:" prefix
    QString hint;     // what to do, or empty

    QString message() const;
    friend bool operator==(const ComposeMessage &, const ComposeMessage &) = default;
};

// Compose's stderr (the model on stdout is not wanted: run `config --quiet`). Plain error lines,
// logrus lines (`time=... level=warning msg="..."`, and `WARN[0000] ...` on a terminal), the
// multi-line "yaml: unmarshal errors:" and "decoding failed" blocks. Progress and info lines
// are left out.
QList<ComposeMessage> parseComposeOutput(const QString &standardError);

// Where each message is in `text`, the open file's unsaved text that Compose read as
// `stdinName`. A message about another file of the project is listed at line 0 of this one
// with that file's name in it; a path or a word not found gives line 0 too.
FileProblems locateComposeMessages(const QList<ComposeMessage> &messages, const QString &file,
                                   const QString &text, const QString &stdinName = QStringLiteral("-"));

} // namespace Berth::Validation
