#include "problemmodel.h"

#include <QDir>
#include <QFileInfo>

namespace Berth {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemModel::setProblems(const QString &file, const FileProblems &problems)
{
    qsizetype first = -1;
    qsizetype count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).file == file) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    if (m_rows.mid(first < 0 ? m_rows.size() : first, count) == problems)
        return;
    if (first < 0)
        first = m_rows.size();
    if (count > 0) {
        beginRemoveRows({}, int(first), int(first + count - 1));
        m_rows.remove(first, count);
        endRemoveRows();
    }
    if (!problems.isEmpty()) {
        beginInsertRows({}, int(first), int(first + problems.size() - 1));
        for (qsizetype i = 0; i < problems.size(); ++i) {
            FileProblem p = problems.at(i);
            p.file = file;
            m_rows.insert(first + i, p);
        }
        endInsertRows();
    }
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileProblem &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return p.message;
        if (index.column() == FileColumn)
            return QFileInfo(p.file).fileName();
        if (index.column() == LineColumn)
            return p.line > 0 ? QVariant(p.line) : QVariant();
        return {};
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? QDir::toNativeSeparators(p.file) : p.message;
    case FileRole:
        return p.file;
    case LineRole:
        return p.line;
    case ColumnRole:
        return p.column;
    case SeverityRole:
        return int(p.severity);
    default:
        return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace Berth
