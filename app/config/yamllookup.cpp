// YamlEditor: following a path through a YAML tree, and reading a VALUE argument.
#include "config/yamleditorparts.h"
#include "config/yamlscalar.h"

#include <QCoreApplication>

namespace Berth::Config {

namespace {

// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config::YamlEditorParts", text);
}

using Kind = YamlTree::Kind;
using Status = YamlEditResult::Status;

QString listKey(const QString &item)
{
    const qsizetype eq = item.indexOf(u'=');
    return eq < 0 ? item : item.left(eq);
}

} // namespace

YamlPath YamlEditorParts::pathOf(int node) const
{
    YamlPath path;
    while (node >= 0) {
        const YamlTree::Node &n = t.node(node);
        if (n.parent < 0)
            break;
        const YamlTree::Node &container = t.node(n.parent);
        if (container.kind == Kind::Mapping) {
            const int key = container.entries.at(n.entryInParent).key;
            if (key == node) { // a key: name the pair it belongs to
                node = n.parent;
                continue;
            }
            path.segments.prepend({t.scalarValue(key), -1});
        } else {
            path.segments.prepend({QString(), n.entryInParent});
        }
        node = n.parent;
    }
    return path;
}

QList<YamlPath> YamlEditorParts::aliasUsers(const QString &anchor) const
{
    QList<YamlPath> users;
    for (int i = 0; i < t.nodeCount(); ++i)
        if (t.node(i).kind == Kind::Alias && t.node(i).aliasOf == anchor)
            users.append(pathOf(i));
    return users;
}

YamlEditorParts::Location YamlEditorParts::locate(const YamlPath &path) const
{
    Location at = locateRaw(path);
    // Inside an anchored node, an edit changes every place that uses the anchor too.
    const int from = at.node >= 0 ? at.node : at.container;
    for (int n = from; n >= 0 && at.status == Status::Done; n = t.node(n).parent) {
        if (t.node(n).anchor.isEmpty())
            continue;
        for (const YamlPath &p : aliasUsers(t.node(n).anchor))
            if (!at.alsoChanges.contains(p))
                at.alsoChanges.append(p);
    }
    return at;
}

YamlEditorParts::Location YamlEditorParts::locateRaw(const YamlPath &path) const
{
    Location at;
    int current = t.root();
    auto through = [&](int anchorNode, const QString &anchor, const QString &how) {
        if (!options.throughAnchors) {
            QStringList users;
            for (const YamlPath &p : aliasUsers(anchor))
                users << p.toString();
            at.status = Status::Refused;
            // Two whole sentences rather than an English "s" as an argument: translations
            // inflect differently.
            const QString message = users.size() == 1
                ? tr("%1 goes through %2 to the anchor &%3 (line %4), which %5 also uses; "
                     "edit the anchor for all of them, or set the key in this service to override it")
                : tr("%1 goes through %2 to the anchor &%3 (line %4), which %5 also use; "
                     "edit the anchor for all of them, or set the key in this service to override it");
            at.message = message.arg(path.toString(), how, anchor)
                             .arg(t.lineOf(t.node(anchorNode).start))
                             .arg(users.join(QStringLiteral(", ")));
            return false;
        }
        for (const YamlPath &p : aliasUsers(anchor))
            if (!at.alsoChanges.contains(p))
                at.alsoChanges.append(p);
        return true;
    };
    for (const YamlPath::Segment &segment : path.segments) {
        if (current < 0)
            return at; // an empty value: the rest is missing
        if (t.node(current).kind == Kind::Alias) {
            const QString anchor = t.node(current).aliasOf;
            const int target = t.anchorNode(anchor);
            if (target < 0) {
                at.status = Status::Invalid;
                at.message = tr("the alias *%1 has no anchor").arg(anchor);
                return at;
            }
            if (!through(target, anchor, tr("the alias *%1").arg(anchor)))
                return at;
            current = target;
        }
        const YamlTree::Node &n = t.node(current);
        if (segment.isIndex()) {
            if (n.kind != Kind::Sequence) {
                at.status = Status::Invalid;
                at.message = tr("%1 is not a sequence, so it has no item [%2]")
                                 .arg(pathOf(current).toString()).arg(segment.index);
                return at;
            }
            if (segment.index >= n.entries.size())
                return at; // not found
            at.container = current;
            at.entry = segment.index;
        } else if (n.kind == Kind::Mapping) {
            int entry = t.findKey(current, segment.key);
            int container = current;
            if (entry < 0) {
                // Through a `<<` merge?
                const int merge = t.findKey(current, QStringLiteral("<<"));
                const int mergeValue = merge < 0 ? -1 : n.entries.at(merge).value;
                QList<int> sources;
                if (mergeValue >= 0 && t.node(mergeValue).kind == Kind::Alias)
                    sources << mergeValue;
                else if (mergeValue >= 0 && t.node(mergeValue).kind == Kind::Sequence)
                    for (const YamlTree::Entry &e : t.node(mergeValue).entries)
                        if (e.value >= 0 && t.node(e.value).kind == Kind::Alias)
                            sources << e.value;
                for (int alias : std::as_const(sources)) {
                    const QString anchor = t.node(alias).aliasOf;
                    const int target = t.anchorNode(anchor);
                    if (target < 0 || t.node(target).kind != Kind::Mapping || t.findKey(target, segment.key) < 0)
                        continue;
                    if (!through(target, anchor, tr("the merge key <<: *%1").arg(anchor)))
                        return at;
                    container = target;
                    entry = t.findKey(target, segment.key);
                    break;
                }
                if (entry < 0)
                    return at;
            }
            at.container = container;
            at.entry = entry;
        } else if (n.kind == Kind::Sequence) {
            // The list form of environment (and labels, args…): items KEY=VALUE.
            int found = -1;
            for (qsizetype i = 0; i < n.entries.size(); ++i) {
                const int v = n.entries.at(i).value;
                if (v >= 0 && t.node(v).kind == Kind::Scalar && listKey(t.scalarValue(v)) == segment.key) {
                    found = int(i);
                    break;
                }
            }
            if (found < 0) {
                at.listForm = true; // would be a new item
                return at;
            }
            at.container = current;
            at.entry = found;
            at.listForm = true;
            at.node = n.entries.at(found).value;
            ++at.depth;
            if (at.depth < path.segments.size()) {
                at.status = Status::Invalid;
                at.message = tr("%1 is a KEY=VALUE item, so nothing is inside it").arg(pathOf(at.node).toString());
            }
            return at;
        } else {
            at.status = Status::Invalid;
            at.message = tr("%1 is a single value, not a mapping, so it has no key \"%2\"")
                             .arg(pathOf(current).toString(), segment.key);
            return at;
        }
        at.listForm = false;
        at.node = t.node(at.container).entries.at(at.entry).value;
        current = at.node;
        ++at.depth;
    }
    return at;
}

QString YamlEditorParts::removedAnchorInUse(const QList<TextEdit> &edits) const
{
    auto removed = [&edits](qsizetype position) {
        for (const TextEdit &e : edits)
            if (position >= e.start && position < e.end)
                return true;
        return false;
    };
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        if (n.anchor.isEmpty() || !removed(n.propertiesStart))
            continue;
        for (int j = 0; j < t.nodeCount(); ++j) {
            const YamlTree::Node &alias = t.node(j);
            if (alias.kind == Kind::Alias && alias.aliasOf == n.anchor && !removed(alias.start))
                return tr("this would remove the anchor &%1, which %2 uses; change that first")
                    .arg(n.anchor, pathOf(j).toString());
        }
    }
    return {};
}

std::optional<YamlEditorParts::Value> YamlEditorParts::parseValue(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the value is empty; write \"\" for an empty string, or null");
        return std::nullopt;
    }
    const YamlTree tree = YamlTree::parse(trimmed);
    if (!tree.isValid() || tree.root() < 0) {
        *error = tr("\"%1\" is not a YAML value: %2").arg(trimmed, tree.error());
        return std::nullopt;
    }
    const YamlTree::Node &root = tree.node(tree.root());
    const bool flowCollection = (root.kind == Kind::Mapping || root.kind == Kind::Sequence)
                                && root.style == YamlTree::Style::Flow;
    if (root.propertiesStart >= 0 || root.kind == Kind::Alias
        || (root.kind == Kind::Scalar && (root.style == YamlTree::Style::Literal || root.style == YamlTree::Style::Folded))
        || (!flowCollection && root.kind != Kind::Scalar) || root.start != 0 || root.end != trimmed.size()) {
        *error = tr("\"%1\" is not one scalar or flow value; quote it (\"…\") or write a flow value ([a, b], {a: 1})")
                     .arg(trimmed);
        return std::nullopt;
    }
    if (trimmed.contains(u'\n') || trimmed.contains(u'\r')) {
        *error = tr("the value spans lines; write it on one line (\\n inside double quotes is a line break)");
        return std::nullopt;
    }
    Value v;
    v.text = trimmed;
    v.scalar = root.kind == Kind::Scalar;
    v.style = root.style;
    if (v.scalar)
        v.decoded = tree.scalarValue(tree.root());
    return v;
}

bool YamlEditorParts::inFlow(int node) const
{
    for (int p = t.node(node).parent; p >= 0; p = t.node(p).parent)
        if (t.node(p).style == YamlTree::Style::Flow)
            return true;
    return false;
}

QString YamlEditorParts::newText(const Value &value, bool flow)
{
    if (value.scalar && value.style == YamlTree::Style::Plain && flow && !isSafePlain(value.decoded, true))
        return doubleQuoted(value.decoded);
    return value.text;
}

QString YamlEditorParts::keyText(const QString &key, bool flow)
{
    return isSafePlain(key, flow) ? key : doubleQuoted(key);
}

QString YamlEditorParts::replacementFor(int existing, const Value &value) const
{
    const YamlTree::Node &n = t.node(existing);
    if (n.kind != Kind::Scalar || !value.scalar)
        return newText(value, inFlow(existing));
    switch (n.style) {
    case YamlTree::Style::SingleQuoted:
        return value.decoded.contains(u'\n') || value.decoded.contains(u'\t') ? doubleQuoted(value.decoded)
                                                                              : singleQuoted(value.decoded);
    case YamlTree::Style::DoubleQuoted:
        return doubleQuoted(value.decoded);
    case YamlTree::Style::Literal:
    case YamlTree::Style::Folded: {
        const QString source = t.text().mid(n.start, n.end - n.start);
        const qsizetype headerEnd = source.indexOf(u'\n');
        QString header = headerEnd < 0 ? source : source.left(headerEnd);
        if (header.endsWith(u'\r'))
            header.chop(1);
        if (value.decoded.contains(u'\n') && header.startsWith(u'>'))
            header[0] = u'|'; // folded style would join the lines
        qsizetype indent = -1;
        if (headerEnd >= 0) {
            const qsizetype firstContent = headerEnd + 1;
            qsizetype i = firstContent;
            while (i < source.size() && source.at(i) == u' ')
                ++i;
            indent = i - firstContent;
        }
        if (indent <= 0)
            indent = lineIndent(n.start) + indentStep();
        QString body = blockScalarBody(value.decoded, indent, t.lineBreak());
        body.chop(t.lineBreak().size());
        return header + t.lineBreak() + body;
    }
    default:
        if (value.style == YamlTree::Style::Plain && inFlow(existing) && !isSafePlain(value.decoded, true))
            return doubleQuoted(value.decoded);
        return value.text;
    }
}

} // namespace Berth::Config
