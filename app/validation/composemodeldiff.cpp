#include "validation/composemodeldiff.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Berth::Validation {

namespace {

void compare(const QJsonValue &a, const QJsonValue &b, const Config::YamlPath &path, QList<Config::YamlPath> &out)
{
    if (a.type() != b.type()) {
        out.append(path);
        return;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()))
                out.append(path.child(it.key()));
            else
                compare(it.value(), y.value(it.key()), path.child(it.key()), out);
        }
        for (auto it = y.begin(); it != y.end(); ++it)
            if (!x.contains(it.key()))
                out.append(path.child(it.key()));
    } else if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            if (i >= x.size() || i >= y.size())
                out.append(path.item(int(i)));
            else
                compare(x.at(i), y.at(i), path.item(int(i)), out);
        }
    } else if (a != b) {
        out.append(path);
    }
}

} // namespace

QList<Config::YamlPath> composeModelChanges(const QJsonValue &before, const QJsonValue &after)
{
    QList<Config::YamlPath> changes;
    compare(before, after, {}, changes);
    return changes;
}

} // namespace Berth::Validation
