#include "logmodel.h"

#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Berth {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_ring.resize(std::size_t(m_capacity));
}

void LogModel::setCapacity(int lines)
{
    lines = qMax(1, lines);
    if (lines == m_capacity)
        return;
    beginResetModel();
    std::vector<LogEntry> ring(static_cast<std::size_t>(lines));
    const int keep = qMin(m_count, lines);
    for (int i = 0; i < keep; ++i)
        ring[std::size_t(i)] = std::move(m_ring[std::size_t((m_head + m_count - keep + i) % m_capacity)]);
    m_ring.swap(ring);
    m_capacity = lines;
    m_head = 0;
    m_count = keep;
    endResetModel();
}

void LogModel::push(LogEntry &&entry)
{
    entry.sequence = m_nextSequence++;
    if (m_count < m_capacity) {
        m_ring[std::size_t((m_head + m_count) % m_capacity)] = std::move(entry);
        ++m_count;
    } else {
        m_ring[std::size_t(m_head)] = std::move(entry);
        m_head = (m_head + 1) % m_capacity;
    }
}

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // Lines beyond the capacity in one batch would be dropped at once: skip them unparsed,
    // but keep the escape state they leave behind.
    const qsizetype skip = qMax<qsizetype>(0, lines.size() - m_capacity);
    const int incoming = int(lines.size() - skip);
    const int dropped = qMax(0, m_count + incoming - m_capacity);
    if (dropped > 0) {
        beginRemoveRows({}, 0, dropped - 1);
        m_head = (m_head + dropped) % m_capacity;
        m_count -= dropped;
        endRemoveRows();
    }
    for (const LogLine &line : lines) {
        if (!line.service.isEmpty() && !m_services.contains(line.service)) {
            m_services.append(line.service);
            Q_EMIT serviceAdded(line.service);
        }
    }
    beginInsertRows({}, m_count, m_count + incoming - 1);
    QString service; // the model's copy of the name: one allocation per service, not per line
    AnsiParser *parser = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LogLine &line = lines.at(i);
        if (!parser || line.service != service) {
            const qsizetype known = m_services.indexOf(line.service);
            service = known >= 0 ? m_services.at(known) : line.service;
            parser = &m_parsers[service];
        }
        LogEntry entry;
        // Most lines hold neither escapes nor control characters: they keep the stream's
        // string as it is (shared, not copied character by character).
        const bool plain = parser->style().isDefault() && std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) {
            return c.unicode() < 0x20 && c != u'\t';
        });
        if (plain) {
            entry.text = line.text;
        } else {
            AnsiParser::Result parsed = parser->parse(line.text);
            entry.text = std::move(parsed.text);
            entry.spans = std::move(parsed.spans);
        }
        if (i < skip) {
            ++m_nextSequence;
            continue;
        }
        entry.service = service;
        entry.timestampNs = line.timestampNs;
        push(std::move(entry));
    }
    endInsertRows();
    Q_EMIT linesAppended(incoming, dropped);
}

void LogModel::appendNotice(const QString &text)
{
    LogLine line;
    line.text = text;
    // A notice has no service; it shows in every filter.
    append({line});
}

void LogModel::clear()
{
    beginResetModel();
    for (int i = 0; i < m_count; ++i)
        m_ring[std::size_t((m_head + i) % m_capacity)] = LogEntry();
    m_head = 0;
    m_count = 0;
    m_parsers.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.service.isEmpty() ? e.text : e.service + " | "_L1 + e.text;
    case ServiceRole:
        return e.service;
    case TimestampRole:
        return e.timestampNs;
    case TextRole:
        return e.text;
    case SpansRole:
        return QVariant::fromValue(e.spans.size());
    case SequenceRole:
        return e.sequence;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ServiceRole, "service");
    names.insert(TimestampRole, "timestamp");
    names.insert(TextRole, "text");
    names.insert(SpansRole, "spanCount");
    names.insert(SequenceRole, "sequence");
    return names;
}

} // namespace Berth
