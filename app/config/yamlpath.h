#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Config {

// A place in a YAML document: dot-separated keys with `[N]` for sequence items, for example
// `services.web.ports[0]` or `services.web.environment.DEBUG`. A key holding a dot, a bracket or
// a quote is written in double quotes: `services."my.app".image`.
struct YamlPath {
    struct Segment {
        QString key;    // a mapping key, when index < 0
        int index = -1; // a sequence item

        bool isIndex() const { return index >= 0; }
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    QList<Segment> segments;

    // nullopt and the reason in `error` when `text` is not a path.
    static std::optional<YamlPath> parse(const QString &text, QString *error = nullptr);

    QString toString() const;
    YamlPath child(const QString &key) const;
    YamlPath item(int index) const;
    // Whether this path is `other` or lies inside it.
    bool isWithin(const YamlPath &other) const;

    friend bool operator==(const YamlPath &, const YamlPath &) = default;
};

} // namespace Berth::Config
