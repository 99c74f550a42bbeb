#include "composemessages.h"

#include "pathlines.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Berth::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Validation", text);
}

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern);
}

// logrus' text format quotes msg with Go's %q: \" and \\ are what occur in Compose's messages.
QString unquoteGo(const QString &quoted)
{
    QString out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (quoted.at(i) == u'\\' && i + 1 < quoted.size()) {
            const QChar next = quoted.at(++i);
            out += next == u'n' ? u'\n' : next == u't' ? u'\t' : next;
        } else {
            out += quoted.at(i);
        }
    }
    return out;
}

// Fills file, path, line, search and hint from the words of one message.
void understand(ComposeMessage &m)
{
    static const QRegularExpression validating = re(u"^validating (.+?): (\\S+) (.*)$"_s);
    static const QRegularExpression additional = re(u"^Additional property (\\S+) is not allowed"_s);
    static const QRegularExpression yamlLine = re(u"^(?:yaml: )?line (\\d+): (.*)$"_s);
    static const QRegularExpression interpolating = re(u"^error while interpolating (\\S+): "_s);
    static const QRegularExpression decoding = re(u"^error decoding '([^']+)': "_s);
    static const QRegularExpression undefinedService = re(u"^service \"([^\"]+)\" depends on undefined service \"([^\"]+)\""_s);
    static const QRegularExpression extending = re(u"^cannot extend service \"([^\"]+)\""_s);
    static const QRegularExpression variable = re(u"^The \"(\\w+)\" variable is not set"_s);
    static const QRegularExpression obsolete = re(u"^(.+): the attribute `(\\w+)` is obsolete"_s);
    static const QRegularExpression keyPath = re(u"^((?:services|volumes|networks|configs|secrets|include)(?:\\.[^\\s:]+)?): "_s);
    static const QRegularExpression envFile = re(u"^env file (.+) not found: "_s);
    static const QRegularExpression service = re(u"^service \"([^\"]+)\""_s);
    static const QRegularExpression quoted = re(u"\"([^\"]+)\""_s);

    QRegularExpressionMatch match;
    if ((match = validating.match(m.text)).hasMatch()) {
        m.file = match.captured(1);
        const QString path = match.captured(2);
        QString rest = match.captured(3);
        m.path = splitComposePath(path);
        const QRegularExpressionMatch extra = additional.match(rest);
        if (extra.hasMatch()) {
            m.path << extra.captured(1);
            m.hint = tr("Check the spelling of “%1”: Compose accepts only the keys of its specification "
                        "(and any key that starts with x-).").arg(extra.captured(1));
        }
        // "services.web.x services.web.x must be one of..." names the path twice.
        if (rest.startsWith(path + u' '))
            m.text = rest;
        else
            m.text = path + u' ' + rest;
    } else if ((match = yamlLine.match(m.text)).hasMatch()) {
        m.line = match.captured(1).toInt();
        if (m.text.contains("already defined"_L1))
            m.hint = tr("A key may appear once in a mapping: keep one of the two.");
    } else if ((match = interpolating.match(m.text)).hasMatch()) {
        m.path = splitComposePath(match.captured(1));
    } else if ((match = decoding.match(m.text)).hasMatch()) {
        m.path = splitComposePath(match.captured(1));
    } else if ((match = undefinedService.match(m.text)).hasMatch()) {
        m.path = {u"services"_s, match.captured(1), u"depends_on"_s, match.captured(2)};
        m.hint = tr("Add a service “%1”, or remove it from depends_on.").arg(match.captured(2));
    } else if ((match = extending.match(m.text)).hasMatch()) {
        m.path = {u"services"_s, match.captured(1), u"extends"_s};
    } else if ((match = variable.match(m.text)).hasMatch()) {
        m.search = match.captured(1);
        m.searchVariable = true;
        m.hint = tr("Set %1 in the project's .env file, or give it a default: ${%1:-value}.").arg(match.captured(1));
    } else if ((match = obsolete.match(m.text)).hasMatch()) {
        m.file = match.captured(1);
        m.path = {match.captured(2)};
        m.hint = tr("Remove the `%1:` line.").arg(match.captured(2));
    } else if ((match = keyPath.match(m.text)).hasMatch()) {
        m.path = splitComposePath(match.captured(1));
    } else if ((match = envFile.match(m.text)).hasMatch()) {
        // Compose names the file as resolved against the project folder; the text has it as written.
        m.search = QFileInfo(match.captured(1)).fileName();
        m.hint = tr("Create the file, or correct the env_file entry (relative paths start at the project folder).");
    } else if ((match = service.match(m.text)).hasMatch()) {
        m.path = {u"services"_s, match.captured(1)};
    } else if ((match = quoted.match(m.text)).hasMatch()) {
        m.search = match.captured(1);
    }
}

// The line and column of the first use of a variable ($NAME or ${NAME...}) or else of the
// text itself; {0, 0} when it is not there.
std::pair<int, int> find(const QString &text, const QString &what, bool variable)
{
    qsizetype at = -1;
    if (variable) {
        const QRegularExpression use(u"\\$\\{?"_s + QRegularExpression::escape(what) + u"\\b"_s);
        at = text.indexOf(use);
    } else {
        at = text.indexOf(what);
    }
    if (at < 0)
        return {0, 0};
    const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
    return {int(text.left(at).count(u'\n')) + 1, int(at - lineStart) + 1};
}

} // namespace

QString ComposeMessage::message() const
{
    return hint.isEmpty() ? text : text + u" — "_s + hint;
}

QList<ComposeMessage> parseComposeOutput(const QString &standardError)
{
    static const QRegularExpression logrus = re(u"^time=\"[^\"]*\" level=(\\w+) msg=\"(.*)\"\\s*$"_s);
    static const QRegularExpression terminal = re(u"^(WARN|ERRO|FATA|INFO|DEBU)\\[\\d+\\] (.*)$"_s);
    QList<ComposeMessage> messages;
    const QStringList lines = standardError.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ComposeMessage m;
        QRegularExpressionMatch match;
        if ((match = logrus.match(line)).hasMatch()) {
            const QString level = match.captured(1);
            if (level != "warning"_L1 && level != "error"_L1 && level != "fatal"_L1)
                continue;
            m.severity = level == "warning"_L1 ? FileProblem::Severity::Warning : FileProblem::Severity::Error;
            m.text = unquoteGo(match.captured(2));
        } else if ((match = terminal.match(line)).hasMatch()) {
            const QString level = match.captured(1);
            if (level == "INFO"_L1 || level == "DEBU"_L1)
                continue;
            m.severity = level == "WARN"_L1 ? FileProblem::Severity::Warning : FileProblem::Severity::Error;
            m.text = match.captured(2).trimmed();
        } else {
            m.text = line.trimmed();
            // "yaml: unmarshal errors:" and "decoding failed due to...:" only introduce the
            // lines under them, one message each.
            if (m.text == "yaml: unmarshal errors:"_L1 || m.text.startsWith("decoding failed due to"_L1))
                continue;
        }
        understand(m);
        if (!messages.contains(m))
            messages << m;
    }
    return messages;
}

FileProblems locateComposeMessages(const QList<ComposeMessage> &messages, const QString &file,
                                   const QString &text, const QString &stdinName)
{
    YAML::Node root;
    bool parsed = false;
    try {
        root = YAML::Load(text.toStdString());
        parsed = true;
    } catch (const YAML::Exception &) {
    }
    const int lineCount = int(text.count(u'\n')) + 1;
    FileProblems problems;
    for (const ComposeMessage &m : messages) {
        FileProblem p;
        p.file = file;
        p.severity = m.severity;
        p.message = m.message();
        const bool elsewhere = !m.file.isEmpty() && m.file != stdinName
                               && QFileInfo(m.file).absoluteFilePath() != QFileInfo(file).absoluteFilePath();
        if (elsewhere) {
            // Another file of the project: its name is in the message; this file has no line for it.
            p.message = tr("In %1: %2").arg(QFileInfo(m.file).fileName(), p.message);
        } else if (!m.path.isEmpty() && parsed) {
            const PathPosition at = positionOfPath(root, m.path);
            p.line = at.line;
            p.column = at.column;
        } else if (m.line > 0) {
            p.line = std::min(m.line, lineCount);
        } else if (!m.search.isEmpty()) {
            const auto [line, column] = find(text, m.search, m.searchVariable);
            p.line = line;
            p.column = column;
        }
        if (!problems.contains(p))
            problems << p;
    }
    return problems;
}

} // namespace Berth::Validation
