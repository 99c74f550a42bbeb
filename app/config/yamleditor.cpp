#include "config/yamleditor.h"

#include "config/yamleditorparts.h"
#include "config/yamlscalar.h"

#include <QCoreApplication>

namespace Berth::Config {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config::YamlEditor", text);
}

using Kind = YamlTree::Kind;
using Status = YamlEditResult::Status;

YamlEditResult done(QList<TextEdit> edits, const YamlPath &path, const QList<YamlPath> &also,
                    const YamlPath &edited = {})
{
    YamlEditResult r;
    r.edits = std::move(edits);
    r.alsoChanges = also;
    r.changedPaths = QList<YamlPath>{path} + also;
    if (!also.isEmpty()) // through an anchor: the anchored node changes where it stands
        r.changedPaths.append(edited);
    return r;
}

QStringList keysFrom(const YamlPath &path, int depth)
{
    QStringList keys;
    for (qsizetype i = depth; i < path.segments.size(); ++i)
        keys << path.segments.at(i).key;
    return keys;
}

bool hasIndex(const YamlPath &path, int depth)
{
    for (qsizetype i = depth; i < path.segments.size(); ++i)
        if (path.segments.at(i).isIndex())
            return true;
    return false;
}

} // namespace

YamlEditor::YamlEditor(const YamlTree &tree, YamlEditOptions options) : m_tree(tree), m_options(options) {}

QString YamlEditor::checkValue(const QString &value)
{
    QString error;
    YamlEditorParts::parseValue(value, &error);
    return error;
}

YamlEditResult YamlEditor::get(const YamlPath &path, QString *value) const
{
    if (!m_tree.isValid())
        return YamlEditResult::failure(Status::Invalid, m_tree.error());
    YamlEditorParts parts(m_tree, m_options);
    YamlEditorParts::Location at = parts.locate(path);
    if (at.status != Status::Done)
        return YamlEditResult::failure(at.status, at.message);
    if (!at.found(path))
        return YamlEditResult::failure(Status::NotFound, tr("%1: not found").arg(path.toString()));
    if (at.node < 0) {
        *value = QString();
    } else if (m_tree.node(at.node).kind == Kind::Scalar) {
        *value = m_tree.scalarValue(at.node);
        if (at.listForm) {
            const qsizetype eq = value->indexOf(u'=');
            *value = eq < 0 ? QString() : value->mid(eq + 1);
        }
    } else {
        const YamlTree::Node &n = m_tree.node(at.node);
        *value = m_tree.text().mid(n.start, n.end - n.start);
    }
    return done({}, path, at.alsoChanges, parts.pathOf(at.container));
}

YamlEditResult YamlEditor::set(const YamlPath &path, const QString &valueText) const
{
    YamlEditResult r = setUnchecked(path, valueText);
    const QString anchor = r.ok() ? YamlEditorParts(m_tree, m_options).removedAnchorInUse(r.edits) : QString();
    return anchor.isEmpty() ? r : YamlEditResult::failure(Status::Refused, anchor);
}

YamlEditResult YamlEditor::setUnchecked(const YamlPath &path, const QString &valueText) const
{
    if (!m_tree.isValid())
        return YamlEditResult::failure(Status::Invalid, m_tree.error());
    QString error;
    const auto value = YamlEditorParts::parseValue(valueText, &error);
    if (!value)
        return YamlEditResult::failure(Status::Invalid, error);
    YamlEditorParts parts(m_tree, m_options);
    const YamlEditorParts::Location at = parts.locate(path);
    if (at.status != Status::Done)
        return YamlEditResult::failure(at.status, at.message);
    if (at.found(path)) {
        const YamlTree::Entry &e = m_tree.node(at.container).entries.at(at.entry);
        if (at.listForm) {
            const QString key = path.segments.last().key;
            if (!value->scalar)
                return YamlEditResult::failure(Status::Invalid, tr("%1 is a KEY=VALUE item; give a single value").arg(path.toString()));
            YamlEditorParts::Value item = *value;
            item.decoded = key + u'=' + value->decoded;
            item.style = YamlTree::Style::Plain;
            item.text = isSafePlain(item.decoded, parts.inFlow(at.node)) ? item.decoded : doubleQuoted(item.decoded);
            const YamlTree::Node &n = m_tree.node(at.node);
            YamlEditResult r = done({{n.start, n.end, parts.replacementFor(at.node, item)}}, path, at.alsoChanges,
                                    parts.pathOf(at.container));
            r.changedPaths.append(parts.pathOf(at.node)); // what yaml-cpp sees: the item
            return r;
        }
        if (at.node < 0) // `key:` with nothing: the value goes after the indicator
            return done({{e.afterIndicator, e.afterIndicator, u' ' + YamlEditorParts::newText(*value, parts.inFlow(at.container))}},
                        path, at.alsoChanges, parts.pathOf(at.container));
        const YamlTree::Node &n = m_tree.node(at.node);
        if (n.kind == Kind::Null) // only an anchor or a tag
            return done({{n.end, n.end, u' ' + YamlEditorParts::newText(*value, parts.inFlow(at.node))}}, path, at.alsoChanges, parts.pathOf(at.container));
        if ((n.kind == Kind::Mapping || n.kind == Kind::Sequence) && n.style == YamlTree::Style::Block) {
            // A block collection becomes the flow value, on the key's line.
            const qsizetype from = n.propertiesStart >= 0 ? n.propertiesEnd : e.afterIndicator;
            const qsizetype to = parts.afterEntry(at.container, at.entry);
            return done({{from, to, u' ' + YamlEditorParts::newText(*value, false) + m_tree.lineBreak()}}, path, at.alsoChanges, parts.pathOf(at.container));
        }
        return done({{n.start, n.end, parts.replacementFor(at.node, *value)}}, path, at.alsoChanges, parts.pathOf(at.container));
    }
    // Missing: insert it, with the keys missing on the way.
    if (hasIndex(path, at.depth))
        return YamlEditResult::failure(Status::NotFound, tr("%1: no such item; use add to append one to a sequence").arg(path.toString()));
    const QStringList keys = keysFrom(path, at.depth);
    if (at.listForm) {
        if (keys.size() != 1 || !value->scalar)
            return YamlEditResult::failure(Status::Invalid, tr("%1 is a list of KEY=VALUE items; give a single value").arg(path.toString()));
        const int sequence = at.depth == 0 ? m_tree.root() : at.node;
        const QString item = keys.first() + u'=' + value->decoded;
        const bool flow = m_tree.node(sequence).style == YamlTree::Style::Flow;
        YamlEditResult r = done({parts.appendItem(sequence, isSafePlain(item, flow) ? item : doubleQuoted(item))}, path,
                                at.alsoChanges, parts.pathOf(at.container));
        r.changedPaths.append(parts.pathOf(sequence).item(int(m_tree.node(sequence).entries.size())));
        return r;
    }
    const int parent = at.depth == 0 ? m_tree.root() : at.node;
    if (parent < 0 && at.depth == 0)
        return done({{m_tree.text().size(), m_tree.text().size(),
                      YamlEditorParts::keyText(keys.first(), false) + QStringLiteral(": ") + value->text + m_tree.lineBreak()}},
                     path, {});
    if (parent < 0 || m_tree.node(parent).kind == Kind::Null)
        return done({parts.fillEmpty(at.container, at.entry, keys, YamlEditorParts::newText(*value, parts.inFlow(at.container)), false)},
                    path, at.alsoChanges, parts.pathOf(at.container));
    if (m_tree.node(parent).kind != Kind::Mapping)
        return YamlEditResult::failure(Status::Invalid, tr("%1 is not a mapping, so it has no key \"%2\"")
                                           .arg(parts.pathOf(parent).toString(), keys.first()));
    return done({parts.insertKeys(parent, keys, YamlEditorParts::newText(*value, parts.inFlow(parent) || m_tree.node(parent).style == YamlTree::Style::Flow), false)},
                path, at.alsoChanges, parts.pathOf(at.container));
}

YamlEditResult YamlEditor::add(const YamlPath &path, const QString &valueText) const
{
    if (!m_tree.isValid())
        return YamlEditResult::failure(Status::Invalid, m_tree.error());
    QString error;
    const auto value = YamlEditorParts::parseValue(valueText, &error);
    if (!value)
        return YamlEditResult::failure(Status::Invalid, error);
    YamlEditorParts parts(m_tree, m_options);
    const YamlEditorParts::Location at = parts.locate(path);
    if (at.status != Status::Done)
        return YamlEditResult::failure(at.status, at.message);
    if (at.found(path)) {
        const int node = at.node;
        if (node >= 0 && m_tree.node(node).kind == Kind::Sequence) {
            const bool flow = m_tree.node(node).style == YamlTree::Style::Flow || parts.inFlow(node);
            const int index = int(m_tree.node(node).entries.size());
            return done({parts.appendItem(node, YamlEditorParts::newText(*value, flow))}, path.item(index), at.alsoChanges);
        }
        if (node < 0 || m_tree.node(node).kind == Kind::Null)
            return done({parts.fillEmpty(at.container, at.entry, {}, YamlEditorParts::newText(*value, parts.inFlow(at.container)), true)},
                        path.item(0), at.alsoChanges);
        return YamlEditResult::failure(Status::Invalid, tr("%1 is not a sequence; add appends an item to a sequence").arg(path.toString()));
    }
    if (hasIndex(path, at.depth) || at.listForm)
        return YamlEditResult::failure(Status::NotFound, tr("%1: not found").arg(path.toString()));
    const QStringList keys = keysFrom(path, at.depth);
    const int parent = at.depth == 0 ? m_tree.root() : at.node;
    if (parent < 0 || m_tree.node(parent).kind == Kind::Null) {
        if (at.depth == 0)
            return YamlEditResult::failure(Status::NotFound, tr("the document is empty"));
        return done({parts.fillEmpty(at.container, at.entry, keys, YamlEditorParts::newText(*value, parts.inFlow(at.container)), true)},
                    path.item(0), at.alsoChanges);
    }
    if (m_tree.node(parent).kind != Kind::Mapping)
        return YamlEditResult::failure(Status::Invalid, tr("%1 is not a mapping, so it has no key \"%2\"")
                                           .arg(parts.pathOf(parent).toString(), keys.first()));
    const bool flow = m_tree.node(parent).style == YamlTree::Style::Flow || parts.inFlow(parent);
    return done({parts.insertKeys(parent, keys, YamlEditorParts::newText(*value, flow), true)}, path.item(0), at.alsoChanges);
}

YamlEditResult YamlEditor::unset(const YamlPath &path) const
{
    YamlEditResult r = unsetUnchecked(path);
    const QString anchor = r.ok() ? YamlEditorParts(m_tree, m_options).removedAnchorInUse(r.edits) : QString();
    return anchor.isEmpty() ? r : YamlEditResult::failure(Status::Refused, anchor);
}

YamlEditResult YamlEditor::unsetUnchecked(const YamlPath &path) const
{
    if (!m_tree.isValid())
        return YamlEditResult::failure(Status::Invalid, m_tree.error());
    YamlEditorParts parts(m_tree, m_options);
    const YamlEditorParts::Location at = parts.locate(path);
    if (at.status != Status::Done)
        return YamlEditResult::failure(at.status, at.message);
    if (!at.found(path))
        return YamlEditResult::failure(Status::NotFound, tr("%1: not found").arg(path.toString()));
    YamlEditResult r = done(parts.removeEntry(at.container, at.entry), path, at.alsoChanges, parts.pathOf(at.container));
    if (m_tree.node(at.container).kind == Kind::Sequence) // the items after it move up
        r.changedPaths.append(parts.pathOf(at.container));
    return r;
}

} // namespace Berth::Config
