#pragma once

#include <QString>

#include <deque>

namespace Berth {

class LogModel;

// The rows a LogView shows: a LogModel's lines, all or one service's plus Berth's own notices,
// numbered as shown (0 the oldest; the filter follows the ring buffer as old lines leave it),
// and their text as copied and saved.
class LogRows
{
public:
    void setModel(const LogModel *model);
    // "" shows every line.
    void setService(const QString &service);
    QString service() const { return m_service; }
    void rebuild();
    // After LogModel::linesAppended: the number of shown rows that left the buffer.
    int linesAppended(int added, int dropped);

    int rowCount() const;
    int modelRow(int row) const; // row as shown -> model row
    // "[timestamp ]service | text", escape sequences parsed away; "" for a row not there.
    QString text(int row, bool timestamps) const;
    // Writes every row to path atomically; false and *error on failure.
    bool save(const QString &path, bool timestamps, QString *error) const;

private:
    bool accepts(int modelRow) const;

    const LogModel *m_model = nullptr;
    QString m_service;
    std::deque<quint64> m_sequences; // of the lines the filter lets through
};

} // namespace Berth
