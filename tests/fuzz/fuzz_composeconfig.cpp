// `docker compose config --format json`: ComposeConfig::parse and what the services panel asks
// of the result (service lookup, ports, a project file's path inside a container).
#include "docker/composeconfig.h"
#include "fuzzcheck.h"

using namespace Berth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ComposeConfig config;
    QString error;
    if (!ComposeConfig::parse(FuzzInput::bytes(data, size), &config, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QStringList names = config.serviceNames();
    FUZZ_CHECK(names.size() == config.services.size());
    FUZZ_CHECK(config.volumes.size() == config.volumeKeys.size());
    for (const ServiceDefinition &service : config.services) {
        FUZZ_CHECK(config.service(service.name) != nullptr);
        (void)PortMapping::listToString(service.ports);
        for (const auto &[source, target] : service.bindMounts) {
            (void)service.containerPath(source);
            (void)service.containerPath(source + "/manage.py"_L1);
        }
    }
    return 0;
}
