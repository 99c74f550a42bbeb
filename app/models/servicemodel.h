#pragma once

#include "docker/composeconfig.h"
#include "docker/containerstatus.h"
#include "docker/statsstream.h"

#include <QAbstractTableModel>

namespace Berth {

// The services of a compose project with their live state: one row per service of the config
// (plus any service only the engine knows, such as an orphan). Refreshes are merged row by row
// (insert, remove, dataChanged), never a reset, so a view's selection and scroll survive.
class ServiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServiceColumn, StateColumn, HealthColumn, PortsColumn, UsageColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ServiceNameRole = Qt::UserRole + 1, StateRole, HealthRole, PublishedPortRole, HasHealthcheckRole, ExitCodeRole,
                ContainerIdsRole, PublishedPortsRole, CpuPercentRole, MemoryBytesRole };

    struct Row
    {
        QString service;
        QString state;  // running, exited, ... or "" when there is no container
        QString health; // healthy, unhealthy, starting, or ""
        QString status;
        int exitCode = 0;
        int containers = 0;
        int running = 0;
        bool defined = false; // in the compose file
        bool hasHealthcheck = false;
        QList<PortMapping> ports;
        QStringList containerIds;
        // CPU (percent of one core) and memory of the running containers together, while
        // docker stats measures them (setUsage); hasUsage is false otherwise.
        bool hasUsage = false;
        double cpuPercent = 0;
        qint64 memoryBytes = 0;
        qint64 memoryLimitBytes = 0;
        bool operator==(const Row &) const = default;
    };

    explicit ServiceModel(QObject *parent = nullptr);

    void setDefinitions(const QList<ServiceDefinition> &definitions);
    void setStatuses(const QList<ContainerStatus> &statuses);
    // Figures by container id as docker stats prints it (its first 12 characters); merged with
    // those known, until clearUsage().
    void setUsage(const QHash<QString, ContainerUsage> &usage);
    void clearUsage();
    // The ids of the running containers (whose usage is worth measuring).
    QStringList runningContainerIds() const;
    void clear();

    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const QString &service) const;
    QStringList serviceNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void merge(const QList<Row> &rows);
    QList<Row> buildRows() const;

    QList<ServiceDefinition> m_definitions;
    QList<ContainerStatus> m_statuses;
    QHash<QString, ContainerUsage> m_usage;
    QList<Row> m_rows;
};

} // namespace Berth
