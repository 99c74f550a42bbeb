#include "pathlines.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Berth::Validation {

namespace {

PathPosition at(const YAML::Mark &mark, qsizetype depth)
{
    if (mark.line < 0)
        return {0, 0, depth};
    return {mark.line + 1, mark.column + 1, depth};
}

// Finds path[index...] below node; `found` is the position of path[index - 1] (or nothing).
PathPosition descend(const YAML::Node &node, const QStringList &path, qsizetype index, PathPosition found)
{
    if (index >= path.size())
        return found;
    const QString &segment = path.at(index);
    if (node.IsSequence()) {
        if (segment == "[]"_L1) {
            PathPosition best = found;
            for (std::size_t i = 0; i < node.size(); ++i) {
                const PathPosition p = descend(node[i], path, index + 1, at(node[i].Mark(), index + 1));
                if (p.depth > best.depth)
                    best = p;
                if (p.isComplete(path))
                    break;
            }
            return best;
        }
        bool ok = false;
        const uint item = segment.toUInt(&ok);
        if (!ok) {
            // A name in a list (`depends_on: [db]`): the item that says it.
            const std::string wanted = segment.toStdString();
            for (std::size_t i = 0; i < node.size(); ++i) {
                if (node[i].IsScalar() && node[i].Scalar() == wanted)
                    return descend(node[i], path, index + 1, at(node[i].Mark(), index + 1));
            }
            return found;
        }
        if (item >= node.size())
            return found;
        const YAML::Node child = node[std::size_t(item)];
        return descend(child, path, index + 1, at(child.Mark(), index + 1));
    }
    if (!node.IsMap())
        return found;
    // A key may have dots in it: try the segment alone, then joined with the ones after it.
    QString key;
    for (qsizetype end = index; end < path.size(); ++end) {
        key = end == index ? segment : key + u'.' + path.at(end);
        const std::string wanted = key.toStdString();
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == wanted)
                return descend(it->second, path, end + 1, at(it->first.Mark(), end + 1));
        }
    }
    return found;
}

} // namespace

QStringList splitComposePath(const QString &path)
{
    QString p = path.trimmed();
    if (p.isEmpty() || p == "(root)"_L1)
        return {};
    // services[web].healthcheck -> services.web.healthcheck; ports.[].target keeps its [].
    static const QRegularExpression bracket(u"\\[([^\\]]+)\\]"_s);
    p.replace(bracket, u".\\1"_s);
    QStringList segments = p.split(u'.', Qt::SkipEmptyParts);
    return segments;
}

PathPosition positionOfPath(const YAML::Node &root, const QStringList &path)
{
    return descend(root, path, 0, {});
}

PathPosition positionOfPath(const QString &text, const QStringList &path)
{
    try {
        return positionOfPath(YAML::Load(text.toStdString()), path);
    } catch (const YAML::Exception &) {
        return {};
    }
}

} // namespace Berth::Validation
