#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <memory>
#include <vector>

namespace Berth {

// Test results from a JUnit XML report (`pytest --junitxml=FILE`): one top-level row per test
// class or module (the "classname" attribute), its test cases below.
class TestResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OutcomeColumn, TimeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Outcome { Passed, Failed, Error, Skipped };
    Q_ENUM(Outcome)
    enum Role { OutcomeRole = Qt::UserRole + 1, DetailRole, MessageRole, NodeIdRole };

    struct Summary
    {
        int tests = 0;
        int failed = 0;
        int errors = 0;
        int skipped = 0;
        double seconds = 0;
        int passed() const { return tests - failed - errors - skipped; }
    };

    explicit TestResultModel(QObject *parent = nullptr);
    ~TestResultModel() override;

    // Replaces the results; false (and *error) when data is not a JUnit report.
    bool loadXml(const QByteArray &data, QString *error = nullptr);
    bool loadFile(const QString &path, QString *error = nullptr);
    void clear();
    Summary summary() const { return m_summary; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    std::vector<std::unique_ptr<Node>> m_groups;
    Summary m_summary;
};

} // namespace Berth
