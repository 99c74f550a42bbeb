#pragma once

#include "config/composemodel.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Berth {

// The form of one compose service: image, build, command, restart, healthcheck, ports (with a
// warning for every interface), environment (map and list form alike), depends_on with its
// condition, env files, volumes, networks and profiles. It edits nothing itself: each change is
// a request by path, which the Configuration view turns into a minimal text edit.
class ServiceForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceForm(QWidget *parent = nullptr);

    // Shows `service` (of `model`, for the choice of services and networks).
    void show(const Config::ComposeModel &model, int service);
    QLineEdit *imageField() const { return m_image; }
    QTableWidget *ports() const { return m_ports; }
    QTableWidget *environment() const { return m_environment; }
    QTableWidget *dependsOn() const { return m_dependsOn; }
    QLabel *portWarning() const { return m_portWarning; }
    // Asked first when a port field changes: FORMKEY (`services.app.ports[0].target`) and the new
    // value. It returns true when it takes the edit over (a change of the spec, which calls
    // plainEdit for "only this file"); false leaves it a plain edit of this file.
    using BoundEdit = std::function<bool(const QString &formKey, const QString &value, const std::function<void()> &plainEdit)>;
    void setBoundEditHandler(BoundEdit handler) { m_boundEdit = std::move(handler); }

Q_SIGNALS:
    // VALUE is one YAML scalar or flow value, as `berth config set` takes it.
    void setRequested(const Config::YamlPath &path, const QString &value);
    void addRequested(const Config::YamlPath &path, const QString &value);
    void unsetRequested(const Config::YamlPath &path);

private:
    QLineEdit *scalarField(const QString &label, const QString &key, const QString &meaning);
    QListWidget *listField(const QString &label, const QString &key, const QString &meaning);
    void fillTables();
    void commitPort(int row);
    void requestPortEdit(const Config::ComposePort &old, const Config::ComposePort &edited);
    void commitVariable(int row);
    void commitCondition(int row, const QString &condition);

    Config::ComposeModel m_model;
    Config::ComposeService m_service;
    bool m_filling = false;
    BoundEdit m_boundEdit;
    QLabel *m_title = nullptr;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_build = nullptr;
    QLineEdit *m_command = nullptr;
    QComboBox *m_restart = nullptr;
    QLineEdit *m_healthcheck = nullptr;
    QLabel *m_healthNote = nullptr;
    QTableWidget *m_ports = nullptr;
    QLabel *m_portWarning = nullptr;
    QTableWidget *m_environment = nullptr;
    QTableWidget *m_dependsOn = nullptr;
    QListWidget *m_envFiles = nullptr;
    QListWidget *m_volumes = nullptr;
    QListWidget *m_networks = nullptr;
    QListWidget *m_profiles = nullptr;
    QList<QPair<QString, QLineEdit *>> m_scalars;
    QList<QPair<QString, QListWidget *>> m_lists;
};

} // namespace Berth
