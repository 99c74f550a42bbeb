// The `docker events --format '{{json .}}'` stream as EventWatcher reads it: bytes arrive in
// pieces of any size (DockerEvent::takeLines, DockerEvent::parse). However the stream is cut, the
// same events and skipped lines come out, in the same order.
#include "docker/dockerevent.h"
#include "fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <limits>

using namespace Berth;
using namespace Qt::StringLiterals;

namespace {

QStringList readAll(const QList<QByteArray> &pieces)
{
    QStringList seen;
    QByteArray pending;
    for (const QByteArray &piece : pieces) {
        pending += piece;
        DockerEvent::takeLines(
            &pending,
            [&seen](const DockerEvent &event) {
                (void)event.changesState();
                // EventWatcher resumes from timeNano + 1: that must not overflow.
                FUZZ_CHECK(event.timeNano >= 0 && event.timeNano < std::numeric_limits<qint64>::max());
                seen.append(u"event %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(event.type, event.action, event.detail, event.id,
                                                                    event.name, event.service, event.project)
                                .arg(event.exitCode)
                                .arg(event.timeNano));
            },
            [&seen](QByteArrayView line) {
                FUZZ_CHECK(!line.isEmpty());
                seen.append(u"skipped "_s + QString::fromUtf8(line));
            });
        FUZZ_CHECK(!pending.contains('\n'));
    }
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    QList<QByteArray> pieces;
    QByteArray whole;
    while (provider.remaining_bytes() > 0) {
        const size_t length = provider.ConsumeIntegralInRange<size_t>(1, 300);
        const std::string piece = provider.ConsumeBytesAsString(length);
        pieces.append(QByteArray::fromStdString(piece));
        whole += pieces.constLast();
    }
    FUZZ_CHECK(readAll(pieces) == readAll({whole}));
    return 0;
}
