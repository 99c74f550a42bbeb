#pragma once

// Output captured from docker 26 / compose 2.26, kept out of the test sources (moc does not read raw strings).
#include <QByteArray>

namespace DockerJson {

inline const QByteArray psWeb =
    R"json({"Command":"\"sh -c 'i=0'\"","ExitCode":0,"Health":"healthy","ID":"a0ebdb801fde","Image":"berth-test/busybox:latest","Name":"cp1-web-1","Project":"cp1","Publishers":[{"URL":"127.0.0.1","TargetPort":80,"PublishedPort":18080,"Protocol":"tcp"}],"Service":"web","State":"running","Status":"Up 3 seconds (healthy)"})json";
inline const QByteArray psWorker =
    R"json({"ExitCode":137,"Health":"","ID":"c4509f7b217c","Name":"cp1-worker-1","Project":"cp1","Publishers":null,"Service":"worker","State":"exited","Status":"Exited (137) 2 seconds ago"})json";

inline const QByteArray config = R"({
      "name": "shop",
      "services": {
        "app": {"build": {"context": "."}, "image": "shop-app",
                "healthcheck": {"test": ["CMD", "true"], "interval": "1s"},
                "ports": [{"mode": "ingress", "host_ip": "127.0.0.1", "target": 8000, "published": "8001", "protocol": "tcp"}]},
        "database": {"image": "postgres:17", "healthcheck": {"disable": true}},
        "tests": {"image": "shop-app", "profiles": ["tests"],
                  "volumes": [{"type": "bind", "source": "/home/me/shop", "target": "/opt/app", "bind": {}},
                              {"type": "volume", "source": "pg_data", "target": "/data"}]}
      },
      "volumes": {"pg_data": {"name": "shop_pg_data"}, "outside": {"name": "keep", "external": true}}
    })";
inline const QByteArray eventHead = R"({"status":"x","id":"a0eb","Type":"container","Action":")";
inline const QByteArray eventTail = R"(","Actor":{"ID":"a0eb","Attributes":{"com.docker.compose.project":"cp1","com.docker.compose.service":"web","name":"cp1-web-1","exitCode":"3"}},"scope":"local","time":1795780812,"timeNano":1795780812759491848})";

} // namespace DockerJson
