#include "generate/requirements.h"

#include "generate/appendedblock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth {

QString requirementName(const QString &line)
{
    static const QRegularExpression name(u"^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)"_s);
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'-'))
        return {};
    const QRegularExpressionMatch m = name.match(trimmed);
    if (!m.hasMatch())
        return {};
    // PEP 503 normalisation: runs of -, _ and . are one '-', case-insensitive.
    static const QRegularExpression separators(u"[-_.]+"_s);
    return m.captured(1).toLower().replace(separators, u"-"_s);
}

QByteArray mergeRequirements(const QByteArray &existing, const QList<NeededRequirement> &needed, QStringList *added,
                             const QByteArray &alsoInstalled)
{
    QString text = QString::fromUtf8(existing);
    // pip splits lines at CR too: a CR left in would end a line for pip but not for Berth, and
    // the LF Berth appends after a last bare CR would make a CRLF.
    text.replace("\r\n"_L1, "\n"_L1);
    text.replace(u'\r', u'\n');
    QSet<QString> present;
    const QStringList lines = text.split(u'\n') + QString::fromUtf8(alsoInstalled).split(QRegularExpression(u"[\r\n]"_s));
    for (const QString &line : lines) {
        const QString n = requirementName(line);
        if (!n.isEmpty())
            present.insert(n);
    }
    QStringList missing;
    for (const NeededRequirement &r : needed) {
        bool satisfied = false;
        for (const QString &n : r.satisfiedBy)
            satisfied = satisfied || present.contains(n);
        if (!satisfied)
            missing.append(r.line.leftJustified(24) + "  # "_L1 + r.why);
    }
    if (added)
        *added = missing;
    if (missing.isEmpty())
        return text.toUtf8();
    return withAppendedBlock(text, u"Added by Berth: what the Docker setup needs (your own lines above are kept as they are)."_s,
                             missing)
        .toUtf8();
}

QStringList requirementsFiles(const QString &dir, const QString &file, QStringList *problems)
{
    static const QRegularExpression include(u"^\\s*(?:-r|--requirement|-c|--constraint)(?:\\s*=\\s*|\\s+|(?=[^\\s-]))(\\S+)"_s);
    static const QRegularExpression plain(u"^[A-Za-z0-9_][A-Za-z0-9_./-]*$"_s);
    static const QRegularExpression relative(u"^[A-Za-z0-9_./-]+$"_s);
    QStringList files = {file};
    for (qsizetype i = 0; i < files.size() && files.size() < 64; ++i) {
        QFile f(dir + u'/' + files.at(i));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.read(4 * 1024 * 1024));
        const QString base = QFileInfo(files.at(i)).path();
        for (const QString &line : text.split(QRegularExpression(u"[\r\n]"_s))) {
            const QRegularExpressionMatch m = include.match(line);
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(1);
            const QString resolved = QDir::cleanPath(base == "."_L1 ? target : base + u'/' + target);
            if (!relative.match(target).hasMatch() || resolved.startsWith(".."_L1) || !plain.match(resolved).hasMatch()) {
                problems->append(QCoreApplication::translate("Berth::InstallPlan", "%1 includes %2, which is not a file inside %3: the image cannot copy it")
                                     .arg(files.at(i), target, QFileInfo(dir).fileName()));
                continue;
            }
            if (!QFileInfo(dir + u'/' + resolved).isFile()) {
                problems->append(QCoreApplication::translate("Berth::InstallPlan", "%1 includes %2, which does not exist: pip install will fail").arg(files.at(i), resolved));
                continue;
            }
            if (!files.contains(resolved))
                files.append(resolved);
        }
    }
    return files;
}

} // namespace Berth
