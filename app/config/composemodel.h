#pragma once

#include "config/yamlpath.h"
#include "config/yamltree.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Config {

// What the Configuration view of a compose file shows: its services with the fields Django
// projects change, and the top-level volumes and networks, read from the positions tree of any
// compose file (Berth's or not). Values are as written (no interpolation); every edit goes
// through YamlEditor by path, so this is read-only.
struct ComposePort {
    QString hostIp;    // empty: every interface
    QString published; // empty: not published on the host
    QString target;
    QString protocol;  // empty: tcp
    bool longSyntax = false;
    YamlPath path;     // services.NAME.ports[N]

    // Published on every interface of the host (0.0.0.0 or ::, or no address given).
    bool onAllInterfaces() const;
    // "[HOST_IP:]PUBLISHED:TARGET[/PROTOCOL]", or the target alone.
    QString shortForm() const;
    // Reads the short syntax; false when `text` is not one.
    static bool parseShort(const QString &text, ComposePort *port);
};

struct ComposeVariable {
    QString name;
    QString value;
    bool hasValue = true; // `- NAME` (list) or `NAME:` (map) passes the variable from the host
};

struct ComposeDependency {
    QString service;
    QString condition; // service_started when not given
    bool restart = false;
};

struct ComposeService {
    QString name;
    int line = 0;
    QString image;
    QString build;     // the context, or "" when there is no build
    QString command;   // a string, or a flow list as written
    QString restart;
    QString healthcheck; // the test as written; "" when there is none
    bool healthcheckDisabled = false;
    QStringList profiles;
    QStringList envFiles;
    QStringList volumes; // short form ("SOURCE:TARGET[:MODE]"), long entries as "SOURCE:TARGET"
    QStringList networks;
    bool networksIsMap = false; // `networks: {back: {aliases: …}}` rather than a list
    QList<ComposePort> ports;
    QList<ComposeVariable> environment;
    bool environmentIsList = false;
    QList<ComposeDependency> dependsOn;
    bool dependsOnIsList = false;

    YamlPath path() const;
    bool hasHealthcheck() const { return !healthcheck.isEmpty() && !healthcheckDisabled; }
};

struct ComposeModel {
    QList<ComposeService> services;
    QStringList volumes;  // top-level
    QStringList networks; // top-level
    QString error;        // why the file cannot be shown as a form (the form is then read-only)

    static ComposeModel read(const YamlTree &tree);
    int indexOf(const QString &service) const;
    // The service a Django project runs in: built here, running uwsgi, gunicorn or runserver,
    // or named app, web or django; -1 when none.
    int appService() const;
    // The database service: a postgres, mysql or mariadb image; -1 when none.
    int databaseService() const;
};

} // namespace Berth::Config
