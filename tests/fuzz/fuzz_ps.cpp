// `docker compose ps --format json` in both shapes Compose has printed (one object per line, one
// array: ContainerStatus::parseList) and LogFollower's tab-separated `docker ps --format` lines.
#include "docker/containerstatus.h"
#include "logs/logfollower.h"
#include "fuzzcheck.h"

using namespace Berth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    QStringList warnings;
    const QList<ContainerStatus> statuses = ContainerStatus::parseList(bytes, &warnings);
    // At most one container per line, or per element of the array.
    FUZZ_CHECK(statuses.size() <= bytes.count('\n') + 1 || bytes.trimmed().startsWith('['));
    for (const ContainerStatus &status : statuses)
        (void)PortMapping::listToString(status.ports);

    const QString text = QString::fromUtf8(bytes);
    for (QStringView line : QStringView(text).split(u'\n')) {
        LogFollower::Container container;
        if (LogFollower::parseContainer(line, u"myproject"_s, &container)) {
            FUZZ_CHECK(!container.id.isEmpty());
            FUZZ_CHECK(!container.service.isEmpty());
        }
    }
    return 0;
}
