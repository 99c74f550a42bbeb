#include "syntaxcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Berth::Validation {

bool isYamlFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "yml"_L1 || suffix == "yaml"_L1;
}

std::optional<FileProblem> yamlSyntaxProblem(const QString &file, const QString &text)
{
    try {
        // LoadAll: a syntax error in a later document counts too. yaml-cpp reads a BOM itself; the
        // editor's text has LF line ends only, so its line numbers are the editor's.
        (void)YAML::LoadAll(text.toStdString());
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        FileProblem problem;
        problem.file = file;
        // A mark of -1 (yaml-cpp's "no position", as for DeepRecursion) leaves line 0: the file.
        problem.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        problem.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        problem.message = QCoreApplication::translate("Berth::Validation", "YAML syntax error: %1")
                              .arg(QString::fromStdString(e.msg));
        return problem;
    }
}

} // namespace Berth::Validation
