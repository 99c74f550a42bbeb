#pragma once

#include "logs/logline.h"
#include "logs/ansiparser.h"

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace Berth {

// One stored log line: plain text plus colour spans (escape sequences already parsed).
struct LogEntry
{
    QString service;
    qint64 timestampNs = 0;
    QString text;
    QList<TextSpan> spans;
    quint64 sequence = 0; // grows by one per line ever appended; survives trimming
};

// Log lines in a ring buffer with a line cap: memory stays bounded however much a service
// prints, and dropping the oldest line is O(1). Views that paint visible rows only (LogView)
// read entries directly; the item-model interface serves tests and simple views.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ServiceRole = Qt::UserRole + 1, TimestampRole, TextRole, SpansRole, SequenceRole };

    explicit LogModel(QObject *parent = nullptr);

    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    int lineCount() const { return m_count; }
    // Row 0 is the oldest line kept.
    const LogEntry &entry(int row) const { return m_ring[std::size_t((m_head + row) % m_capacity)]; }
    quint64 totalAppended() const { return m_nextSequence; }
    QStringList services() const { return m_services; }

    void append(const QList<LogLine> &lines);
    // A line of Berth's own (a notice in the log: "stream ended", "daemon stopped").
    void appendNotice(const QString &text);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // After each append: the views repaint once per batch, not once per line.
    void linesAppended(int added, int dropped);
    void serviceAdded(const QString &service);

private:
    void push(LogEntry &&entry);

    std::vector<LogEntry> m_ring;
    QHash<QString, AnsiParser> m_parsers; // escape state carries from line to line per service
    QStringList m_services;
    int m_capacity = 100000;
    int m_head = 0;
    int m_count = 0;
    quint64 m_nextSequence = 0;
};

} // namespace Berth
