#include "containerusage.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

// Drops the terminal control sequences docker stats writes around its table (ESC [ ... letter:
// cursor home, erase line, erase screen), whatever version writes which.
QByteArray withoutControlSequences(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\x1b' && i + 1 < line.size() && line.at(i + 1) == '[') {
            i += 2;
            while (i < line.size() && !((line.at(i) >= 'A' && line.at(i) <= 'Z') || (line.at(i) >= 'a' && line.at(i) <= 'z')))
                ++i;
            continue;
        }
        if (c != '\r')
            out.append(c);
    }
    return out;
}

double parsePercent(const QString &text)
{
    bool ok = false;
    QString number = text.trimmed();
    if (number.endsWith(u'%'))
        number.chop(1);
    const double value = number.toDouble(&ok);
    return ok ? value : 0;
}

} // namespace

qint64 ContainerUsage::parseSize(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'.'))
        ++end;
    bool ok = false;
    const double number = text.left(end).toDouble(&ok);
    if (!ok)
        return -1;
    const QStringView unit = text.mid(end).trimmed();
    static const std::pair<QLatin1StringView, double> units[] = {
        {"B"_L1, 1},         {"kB"_L1, 1e3},          {"KB"_L1, 1e3},          {"MB"_L1, 1e6},
        {"GB"_L1, 1e9},      {"TB"_L1, 1e12},         {"KiB"_L1, 1024.0},      {"MiB"_L1, 1024.0 * 1024},
        {"GiB"_L1, 1024.0 * 1024 * 1024}, {"TiB"_L1, 1024.0 * 1024 * 1024 * 1024}};
    for (const auto &[name, factor] : units) {
        if (unit == name)
            return qint64(number * factor + 0.5);
    }
    return -1;
}

QHash<QString, ContainerUsage> ContainerUsage::takeLines(QByteArray *data, int *skipped)
{
    QHash<QString, ContainerUsage> usage;
    qsizetype start = 0;
    for (qsizetype newline = data->indexOf('\n'); newline >= 0; newline = data->indexOf('\n', start)) {
        const QByteArray line = withoutControlSequences(QByteArrayView(*data).sliced(start, newline - start)).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString id = o.value("ID"_L1).toString();
        if (id.isEmpty()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        ContainerUsage u;
        u.cpuPercent = parsePercent(o.value("CPUPerc"_L1).toString());
        const QString memory = o.value("MemUsage"_L1).toString(); // "48.2MiB / 7.6GiB"
        const qsizetype slash = memory.indexOf(u'/');
        u.memoryBytes = qMax<qint64>(0, parseSize(QStringView(memory).left(slash < 0 ? memory.size() : slash)));
        if (slash >= 0)
            u.memoryLimitBytes = qMax<qint64>(0, parseSize(QStringView(memory).mid(slash + 1)));
        usage.insert(id, u);
    }
    data->remove(0, start);
    return usage;
}

} // namespace Berth
