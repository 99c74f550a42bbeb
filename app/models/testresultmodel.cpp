#include "testresultmodel.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Berth {

struct TestResultModel::Node
{
    QString name;
    QString nodeId;
    QString message;
    QString detail;
    double seconds = 0;
    int outcome = Passed;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int row = 0;
};

namespace {

void count(TestResultModel::Summary &summary, int outcome, int by)
{
    switch (outcome) {
    case TestResultModel::Failed: summary.failed += by; break;
    case TestResultModel::Error: summary.errors += by; break;
    case TestResultModel::Skipped: summary.skipped += by; break;
    default: break;
    }
}

} // namespace

TestResultModel::TestResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TestResultModel::~TestResultModel() = default;

bool TestResultModel::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadXml(file.readAll(), error);
}

bool TestResultModel::loadXml(const QByteArray &data, QString *error)
{
    std::vector<std::unique_ptr<Node>> groups;
    Summary summary;
    QXmlStreamReader xml(data);
    Node *current = nullptr;
    bool sawSuite = false;
    auto groupFor = [&groups](const QString &name) -> Node * {
        for (auto &group : groups) {
            if (group->name == name)
                return group.get();
        }
        auto group = std::make_unique<Node>();
        group->name = name;
        group->row = int(groups.size());
        groups.push_back(std::move(group));
        return groups.back().get();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "testsuite"_L1 || name == "testsuites"_L1) {
                sawSuite = true;
            } else if (name == "testcase"_L1) {
                const QString className = xml.attributes().value("classname"_L1).toString();
                Node *group = groupFor(className.isEmpty() ? tr("(no class)") : className);
                auto test = std::make_unique<Node>();
                test->name = xml.attributes().value("name"_L1).toString();
                test->seconds = xml.attributes().value("time"_L1).toDouble();
                test->nodeId = className.isEmpty() ? test->name : className + "::"_L1 + test->name;
                test->parent = group;
                test->row = int(group->children.size());
                current = test.get();
                group->children.push_back(std::move(test));
                ++summary.tests;
                summary.seconds += current->seconds;
            } else if (current && (name == "failure"_L1 || name == "error"_L1 || name == "skipped"_L1)) {
                const int outcome = name == "failure"_L1 ? Failed : name == "error"_L1 ? Error : Skipped;
                // A test that failed (or was skipped) and then errored in teardown counts once, as
                // an error; the summary counts the outcome the tree shows.
                if (current->outcome != outcome && (current->outcome == Passed || outcome == Error)) {
                    count(summary, current->outcome, -1);
                    count(summary, outcome, +1);
                    current->outcome = outcome;
                }
                current->message = xml.attributes().value("message"_L1).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current->detail = current->detail.isEmpty() ? text : current->detail + "\n\n"_L1 + text;
            }
        } else if (xml.isEndElement() && xml.name() == "testcase"_L1) {
            current = nullptr;
        }
    }
    if (xml.hasError() || !sawSuite) {
        if (error)
            *error = xml.hasError() ? tr("Not a JUnit XML report: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber())
                                    : tr("Not a JUnit XML report: no testsuite element");
        return false;
    }
    for (auto &group : groups) {
        int worst = Passed;
        for (const auto &child : group->children) {
            group->seconds += child->seconds;
            if (child->outcome == Error || (child->outcome == Failed && worst != Error))
                worst = child->outcome;
            else if (child->outcome == Skipped && worst == Passed && group->children.size() == 1)
                worst = Skipped;
        }
        group->outcome = worst;
    }
    beginResetModel();
    m_groups = std::move(groups);
    m_summary = summary;
    endResetModel();
    return true;
}

void TestResultModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_summary = Summary();
    endResetModel();
}

QModelIndex TestResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_groups.size()))
            return {};
        return createIndex(row, column, m_groups[std::size_t(row)].get());
    }
    auto *group = static_cast<Node *>(parent.internalPointer());
    if (group->parent || row >= int(group->children.size()))
        return {};
    return createIndex(row, column, group->children[std::size_t(row)].get());
}

QModelIndex TestResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *node = static_cast<Node *>(child.internalPointer());
    if (!node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int TestResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    auto *node = static_cast<Node *>(parent.internalPointer());
    return int(node->children.size());
}

int TestResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TestResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    auto *node = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case OutcomeColumn:
            switch (node->outcome) {
            case Passed:
                return tr("passed");
            case Failed:
                return tr("failed");
            case Error:
                return tr("error");
            case Skipped:
                return tr("skipped");
            }
            return {};
        case TimeColumn:
            return u"%1 s"_s.arg(node->seconds, 0, 'f', 2);
        }
        return {};
    case Qt::ToolTipRole:
        return node->message.isEmpty() ? QVariant() : QVariant(node->message);
    case OutcomeRole:
        return node->outcome;
    case DetailRole:
        return node->detail;
    case MessageRole:
        return node->message;
    case NodeIdRole:
        return node->nodeId;
    default:
        return {};
    }
}

QVariant TestResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Test");
    case OutcomeColumn:
        return tr("Result");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

} // namespace Berth
