#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Berth {

// What `docker … --format json` and `docker compose … --format json` print: one JSON array in
// some releases, one object a line in others (compose switched in 2.21, the context list prints
// lines). Both forms give the same objects here, in order.
struct JsonObjects {
    QList<QJsonObject> objects;
    // One description for each part that was not an object: the whole output when an array does
    // not parse, an array element, or a line (its first 120 bytes and the parser's reason).
    QStringList skipped;

    static JsonObjects parse(const QByteArray &output);
};

} // namespace Berth
