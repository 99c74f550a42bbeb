#include "logrows.h"

#include "logs/logmodel.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Berth {

void LogRows::setModel(const LogModel *model)
{
    m_model = model;
    rebuild();
}

void LogRows::setService(const QString &service)
{
    m_service = service;
    rebuild();
}

bool LogRows::accepts(int modelRow) const
{
    const LogEntry &e = m_model->entry(modelRow);
    return e.service.isEmpty() || e.service == m_service;
}

void LogRows::rebuild()
{
    m_sequences.clear();
    if (!m_model || m_service.isEmpty())
        return;
    for (int i = 0; i < m_model->lineCount(); ++i) {
        if (accepts(i))
            m_sequences.push_back(m_model->entry(i).sequence);
    }
}

int LogRows::linesAppended(int added, int dropped)
{
    if (m_service.isEmpty())
        return dropped;
    int removed = 0;
    const quint64 first = m_model->lineCount() ? m_model->entry(0).sequence : m_model->totalAppended();
    while (!m_sequences.empty() && m_sequences.front() < first) {
        m_sequences.pop_front();
        ++removed;
    }
    for (int i = qMax(0, m_model->lineCount() - added); i < m_model->lineCount(); ++i) {
        if (accepts(i))
            m_sequences.push_back(m_model->entry(i).sequence);
    }
    return removed;
}

int LogRows::rowCount() const
{
    if (!m_model)
        return 0;
    return m_service.isEmpty() ? m_model->lineCount() : int(m_sequences.size());
}

int LogRows::modelRow(int row) const
{
    if (m_service.isEmpty())
        return row;
    return int(m_sequences[std::size_t(row)] - m_model->entry(0).sequence);
}

QString LogRows::text(int row, bool timestamps) const
{
    if (!m_model || row < 0 || row >= rowCount())
        return {};
    const LogEntry &e = m_model->entry(modelRow(row));
    QString text;
    if (timestamps && e.timestampNs > 0)
        text += LogLine::formatTimestamp(e.timestampNs) + u' ';
    if (!e.service.isEmpty())
        text += e.service + " | "_L1;
    return text + e.text;
}

bool LogRows::save(const QString &path, bool timestamps, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        for (int row = 0; row < rowCount(); ++row)
            file.write((text(row, timestamps) + u'\n').toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace Berth
