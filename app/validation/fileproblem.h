#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Berth {

// One thing wrong with a file as the user has it in the editor (unsaved edits included): where
// it is, how bad, and what the tool said, plus what to do where Berth knows.
struct FileProblem {
    enum class Severity { Error, Warning };

    QString file;   // absolute path
    int line = 0;   // 1-based; 0: the file as a whole (no line could be named)
    int column = 0; // 1-based; 0: the whole line
    Severity severity = Severity::Error;
    QString message;

    friend bool operator==(const FileProblem &, const FileProblem &) = default;
};

using FileProblems = QList<FileProblem>;

} // namespace Berth

Q_DECLARE_METATYPE(Berth::FileProblem)
