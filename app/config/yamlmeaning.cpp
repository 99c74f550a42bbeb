#include "config/yamlmeaning.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Berth::Config {

namespace {

constexpr qsizetype MaxChanges = 100;

QString keyOf(const YAML::Node &key)
{
    return key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString::fromStdString(YAML::Dump(key));
}

void compare(const YAML::Node &a, const YAML::Node &b, const YamlPath &path, QList<YamlPath> &out)
{
    if (out.size() >= MaxChanges)
        return;
    if (a.Type() != b.Type()) {
        out.append(path);
        return;
    }
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        if (a.Scalar() != b.Scalar() || a.Tag() != b.Tag())
            out.append(path);
        return;
    case YAML::NodeType::Sequence: {
        const std::size_t common = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < common; ++i)
            compare(a[i], b[i], path.item(int(i)), out);
        for (std::size_t i = common; i < std::max(a.size(), b.size()); ++i)
            out.append(path.item(int(i)));
        return;
    }
    case YAML::NodeType::Map: {
        QHash<QString, YAML::Node> right;
        for (auto it = b.begin(); it != b.end(); ++it)
            right.insert(keyOf(it->first), it->second);
        QSet<QString> seen;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString key = keyOf(it->first);
            seen.insert(key);
            const auto other = right.constFind(key);
            if (other == right.cend())
                out.append(path.child(key));
            else
                compare(it->second, *other, path.child(key), out);
        }
        for (auto it = right.cbegin(); it != right.cend(); ++it)
            if (!seen.contains(it.key()))
                out.append(path.child(it.key()));
        return;
    }
    default:
        if (a.Tag() != b.Tag())
            out.append(path);
        return;
    }
}

std::optional<YAML::Node> load(const QString &text, const char *which, QString *error)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QCoreApplication::translate("Berth::Config::YamlMeaning", "%1: %2")
                     .arg(QString::fromLatin1(which), QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

} // namespace

std::optional<QList<YamlPath>> meaningChanges(const QString &before, const QString &after, QString *error)
{
    const auto a = load(before, "before the edit", error);
    if (!a)
        return std::nullopt;
    const auto b = load(after, "after the edit", error);
    if (!b)
        return std::nullopt;
    QList<YamlPath> changes;
    compare(*a, *b, YamlPath(), changes);
    return changes;
}

QString unexpectedChange(const QList<YamlPath> &changes, const QList<YamlPath> &allowed)
{
    for (const YamlPath &change : changes) {
        bool fine = false;
        for (const YamlPath &a : allowed)
            fine = fine || change.isWithin(a) || (a.isWithin(change) && !change.segments.isEmpty());
        if (!fine)
            return QCoreApplication::translate("Berth::Config::YamlMeaning",
                                               "the edit would also change %1, so it was not made")
                .arg(change.segments.isEmpty() ? QStringLiteral("the whole document") : change.toString());
    }
    return {};
}

} // namespace Berth::Config
