#include "servicemodel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Berth {

ServiceModel::ServiceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceModel::setDefinitions(const QList<ServiceDefinition> &definitions)
{
    m_definitions = definitions;
    merge(buildRows());
}

void ServiceModel::setStatuses(const QList<ContainerStatus> &statuses)
{
    m_statuses = statuses;
    merge(buildRows());
}

void ServiceModel::setUsage(const QHash<QString, ContainerUsage> &usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it)
        m_usage.insert(it.key(), it.value());
    merge(buildRows());
}

void ServiceModel::clearUsage()
{
    if (m_usage.isEmpty())
        return;
    m_usage.clear();
    merge(buildRows());
}

QStringList ServiceModel::runningContainerIds() const
{
    QStringList ids;
    for (const ContainerStatus &status : m_statuses) {
        if (status.state == "running"_L1 && !status.id.isEmpty())
            ids.append(status.id);
    }
    return ids;
}

void ServiceModel::clear()
{
    m_definitions.clear();
    m_statuses.clear();
    m_usage.clear();
    merge({});
}

QList<ServiceModel::Row> ServiceModel::buildRows() const
{
    QList<Row> rows;
    QHash<QString, qsizetype> index;
    for (const ServiceDefinition &definition : m_definitions) {
        Row row;
        row.service = definition.name;
        row.defined = true;
        row.hasHealthcheck = definition.hasHealthcheck;
        row.ports = definition.ports;
        index.insert(row.service, rows.size());
        rows.append(row);
    }
    for (const ContainerStatus &status : m_statuses) {
        if (status.service.isEmpty())
            continue;
        auto it = index.constFind(status.service);
        if (it == index.constEnd()) {
            Row row;
            row.service = status.service;
            it = index.insert(row.service, rows.size());
            rows.append(row);
        }
        Row &row = rows[*it];
        ++row.containers;
        row.containerIds.append(status.id);
        const bool running = status.state == "running"_L1;
        if (running) {
            ++row.running;
            const auto usage = m_usage.constFind(status.id.left(12));
            if (usage != m_usage.constEnd()) {
                row.hasUsage = true;
                row.cpuPercent += usage->cpuPercent;
                row.memoryBytes += usage->memoryBytes;
                row.memoryLimitBytes = qMax(row.memoryLimitBytes, usage->memoryLimitBytes);
            }
        }
        // With several containers (scale), the first running one speaks for the service.
        if (row.containers == 1 || (running && row.running == 1)) {
            row.state = status.state;
            row.health = status.health;
            row.status = status.status;
            row.exitCode = status.exitCode;
            if (!status.ports.isEmpty())
                row.ports = status.ports;
        }
    }
    return rows;
}

void ServiceModel::merge(const QList<Row> &rows)
{
    // Remove rows whose service is gone (from the back, so indexes stay valid).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString &name = m_rows.at(i).service;
        const bool kept = std::any_of(rows.cbegin(), rows.cend(), [&name](const Row &r) { return r.service == name; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Update or insert in the new order; existing rows never move relative to each other here
    // because both lists keep the config's order.
    for (int i = 0; i < rows.size(); ++i) {
        const Row &wanted = rows.at(i);
        const int current = rowOf(wanted.service);
        if (current < 0) {
            const int at = qMin(i, int(m_rows.size()));
            beginInsertRows({}, at, at);
            m_rows.insert(at, wanted);
            endInsertRows();
        } else {
            if (current != i && i < m_rows.size()) {
                beginMoveRows({}, current, current, {}, current < i ? i + 1 : i);
                m_rows.move(current, i);
                endMoveRows();
            }
            const int at = rowOf(wanted.service);
            if (!(m_rows.at(at) == wanted)) {
                // docker stats' figures change every second: such a change names the usage
                // column alone, so what follows the services' state (ProjectSession) can skip it.
                Row withoutUsage = wanted;
                withoutUsage.hasUsage = m_rows.at(at).hasUsage;
                withoutUsage.cpuPercent = m_rows.at(at).cpuPercent;
                withoutUsage.memoryBytes = m_rows.at(at).memoryBytes;
                withoutUsage.memoryLimitBytes = m_rows.at(at).memoryLimitBytes;
                const bool usageOnly = m_rows.at(at) == withoutUsage;
                m_rows[at] = wanted;
                Q_EMIT dataChanged(index(at, usageOnly ? UsageColumn : 0), index(at, ColumnCount - 1));
            }
        }
    }
}

int ServiceModel::rowOf(const QString &service) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).service == service)
            return i;
    }
    return -1;
}

QStringList ServiceModel::serviceNames() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.service);
    return names;
}

int ServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return r.service;
        case StateColumn:
            if (r.state.isEmpty())
                return tr("not created");
            if (r.state == "exited"_L1)
                return tr("exited (%1)").arg(r.exitCode);
            if (r.containers > 1)
                return tr("%1 (%2/%3)").arg(r.state).arg(r.running).arg(r.containers);
            return r.state;
        case HealthColumn:
            return r.health.isEmpty() ? (r.hasHealthcheck ? tr("–") : QString()) : r.health;
        case PortsColumn:
            return PortMapping::listToString(r.ports);
        case UsageColumn:
            if (!r.hasUsage)
                return QString();
            //: CPU percent of one core, then memory: "3 % · 48.2 MiB"
            return tr("%1 % · %2")
                .arg(QLocale().toString(r.cpuPercent, 'f', r.cpuPercent < 10 ? 1 : 0),
                     QLocale().formattedDataSize(r.memoryBytes, 1, QLocale::DataSizeIecFormat));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UsageColumn && r.hasUsage) {
            return tr("CPU: %1 % of one core\nMemory: %2 of %3")
                .arg(QLocale().toString(r.cpuPercent, 'f', 1), QLocale().formattedDataSize(r.memoryBytes, 1, QLocale::DataSizeIecFormat),
                     QLocale().formattedDataSize(r.memoryLimitBytes, 1, QLocale::DataSizeIecFormat));
        }
        return r.status.isEmpty() ? QVariant() : QVariant(r.status);
    case ServiceNameRole:
        return r.service;
    case StateRole:
        return r.state;
    case HealthRole:
        return r.health;
    case PublishedPortRole:
        for (const PortMapping &port : r.ports) {
            if (port.published > 0)
                return port.published;
        }
        return 0;
    case HasHealthcheckRole:
        return r.hasHealthcheck;
    case ExitCodeRole:
        return r.exitCode;
    case ContainerIdsRole:
        return r.containerIds;
    case PublishedPortsRole: {
        QList<int> published; // TCP ones, each once (IPv4 and IPv6 bindings repeat a port)
        for (const PortMapping &port : r.ports) {
            if (port.published > 0 && port.protocol == "tcp"_L1 && !published.contains(port.published))
                published.append(port.published);
        }
        return QVariant::fromValue(published);
    }
    case CpuPercentRole:
        return r.hasUsage ? QVariant(r.cpuPercent) : QVariant();
    case MemoryBytesRole:
        return r.hasUsage ? QVariant(r.memoryBytes) : QVariant();
    default:
        return {};
    }
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health");
    case PortsColumn:
        return tr("Ports");
    case UsageColumn:
        return tr("CPU · Memory");
    }
    return {};
}

} // namespace Berth
