#pragma once

#include "fileproblem.h"

#include <QAbstractTableModel>

namespace Berth {

// The problems of the open files, grouped by file in the order the files came, each file's in
// line order. Replacing one file's problems touches only its rows (removed and inserted, or
// left alone when nothing changed), so a selection elsewhere survives.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, FileColumn, LineColumn, ColumnCount };
    enum Role { FileRole = Qt::UserRole, LineRole, ColumnRole, SeverityRole };

    explicit ProblemModel(QObject *parent = nullptr);

    void setProblems(const QString &file, const FileProblems &problems);
    void removeFile(const QString &file) { setProblems(file, {}); }
    FileProblem problem(int row) const { return m_rows.value(row); }
    FileProblems problems() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FileProblems m_rows;
};

} // namespace Berth
