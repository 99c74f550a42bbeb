#include "config/composeedits.h"

#include "config/composemodel.h"
#include "config/yamleditorparts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Berth::Config {

namespace {

// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config", text);
}

using Kind = YamlTree::Kind;
using Status = YamlEditResult::Status;

YamlPath servicePath(const QString &name)
{
    return YamlPath{{{QStringLiteral("services"), -1}, {name, -1}}};
}

bool validName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    return valid.match(name).hasMatch();
}

int servicesNode(const YamlTree &t)
{
    const int root = t.root();
    if (root < 0 || t.node(root).kind != Kind::Mapping)
        return -1;
    const int e = t.findKey(root, QStringLiteral("services"));
    return e < 0 ? -1 : t.node(root).entries.at(e).value;
}

// The service's lines, for a copy: from its key's line (with its own comments above) to its end.
QString blockWithoutParts(const YamlEditorParts &parts, int services, int entry, QStringList *leftOut)
{
    const YamlTree &t = parts.t;
    const YamlTree::Entry &e = t.node(services).entries.at(entry);
    const qsizetype start = t.lineStart(e.start);
    const qsizetype end = parts.afterEntry(services, entry);
    QList<TextEdit> drop;
    if (e.value >= 0 && t.node(e.value).kind == Kind::Mapping) {
        for (const char *key : {"container_name", "ports"}) {
            const int k = t.findKey(e.value, QString::fromLatin1(key));
            if (k < 0)
                continue;
            const QList<TextEdit> removal = parts.removeEntry(e.value, k);
            drop.append(removal.first()); // the second edit (`{}` for an emptied map) cannot occur
            *leftOut << QString::fromLatin1(key);
        }
    }
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        const auto inDropped = [&drop](qsizetype position) {
            return std::any_of(drop.cbegin(), drop.cend(),
                               [position](const TextEdit &d) { return position >= d.start && position < d.end; });
        };
        if (!n.anchor.isEmpty() && n.propertiesStart >= start && n.propertiesStart < end && !inDropped(n.propertiesStart)) {
            qsizetype to = n.propertiesStart + 1 + n.anchor.size();
            while (to < t.text().size() && t.text().at(to) == u' ' && to < n.start)
                ++to;
            drop.append({n.propertiesStart, to, QString()});
            *leftOut << u'&' + n.anchor;
        }
    }
    QList<TextEdit> inside;
    for (const TextEdit &d : std::as_const(drop))
        inside.append({d.start - start, d.end - start, d.text});
    return applied(t.text().mid(start, end - start), inside);
}

} // namespace

YamlEditResult addService(const YamlTree &tree, const QString &name, const QStringList &body)
{
    if (!tree.isValid())
        return YamlEditResult::failure(Status::Invalid, tree.error());
    if (!validName(name))
        return YamlEditResult::failure(Status::Invalid, tr("\"%1\" is not a service name: use letters, digits, and . _ - after the first").arg(name));
    const int services = servicesNode(tree);
    if (services >= 0 && tree.findKey(services, name) >= 0)
        return YamlEditResult::failure(Status::Refused, tr("a service \"%1\" exists already").arg(name));
    const YamlEditor editor(tree);
    const YamlEditorParts parts(tree);
    const QString eol = tree.lineBreak();
    const qsizetype step = parts.indentStep();
    if (services < 0 || tree.node(services).kind != Kind::Mapping || tree.node(services).style != YamlTree::Style::Block) {
        if (services >= 0)
            return YamlEditResult::failure(Status::Invalid, tr("services is not a block mapping (one service a line); "
                                              "add this service in the text"));
    }
    const qsizetype column = services >= 0 ? parts.entryColumn(services) : step;
    QString block = parts.spaces(column) + YamlEditorParts::keyText(name, false) + u':' + eol;
    for (const QString &line : body) {
        qsizetype level = 0;
        while (level * 2 + 1 < line.size() && line.at(level * 2) == u' ' && line.at(level * 2 + 1) == u' ')
            ++level;
        block += parts.spaces(column + step * (level + 1)) + line.mid(level * 2) + eol;
    }
    YamlEditResult r;
    r.changedPaths = {servicePath(name)};
    if (services < 0) {
        const qsizetype end = tree.text().size();
        const QString before = end > 0 && !tree.text().endsWith(u'\n') ? eol : QString();
        r.edits = {{end, end, before + QStringLiteral("services:") + eol + block}};
        return r;
    }
    const qsizetype pos = parts.afterEntry(services, int(tree.node(services).entries.size() - 1));
    if (pos == tree.text().size() && !tree.text().endsWith(u'\n'))
        block = eol + block.chopped(eol.size());
    r.edits = {{pos, pos, block}};
    return r;
}

YamlEditResult duplicateService(const YamlTree &tree, const QString &name, const QString &newName, QStringList *leftOut)
{
    if (!tree.isValid())
        return YamlEditResult::failure(Status::Invalid, tree.error());
    if (!validName(newName))
        return YamlEditResult::failure(Status::Invalid, tr("\"%1\" is not a service name: use letters, digits, and . _ - after the first").arg(newName));
    const int services = servicesNode(tree);
    const int entry = services < 0 ? -1 : tree.findKey(services, name);
    if (entry < 0)
        return YamlEditResult::failure(Status::NotFound, tr("there is no service \"%1\"").arg(name));
    if (tree.findKey(services, newName) >= 0)
        return YamlEditResult::failure(Status::Refused, tr("a service \"%1\" exists already").arg(newName));
    if (tree.node(services).style != YamlTree::Style::Block)
        return YamlEditResult::failure(Status::Invalid, tr("services is not a block mapping; duplicate this service in the text"));
    const YamlEditor editor(tree);
    const YamlEditorParts parts(tree);
    QStringList dropped;
    QString copy = blockWithoutParts(parts, services, entry, &dropped);
    // The key of the copy: the old key's characters replaced by the new name.
    const YamlTree::Entry &e = tree.node(services).entries.at(entry);
    const YamlTree::Node &key = tree.node(e.key);
    const qsizetype offset = key.start - tree.lineStart(e.start);
    copy.replace(offset, key.end - key.start, YamlEditorParts::keyText(newName, false));
    qsizetype pos = parts.afterEntry(services, entry);
    if (pos == tree.text().size() && !tree.text().endsWith(u'\n'))
        copy.prepend(tree.lineBreak());
    if (leftOut)
        *leftOut = dropped;
    YamlEditResult r;
    r.edits = {{pos, pos, copy}};
    r.changedPaths = {servicePath(newName)};
    return r;
}

YamlEditResult removeService(const YamlTree &tree, const QString &name, QStringList *dependents)
{
    const YamlEditResult r = YamlEditor(tree).unset(servicePath(name));
    if (r.ok() && dependents) {
        dependents->clear();
        const ComposeModel model = ComposeModel::read(tree);
        for (const ComposeService &s : model.services)
            for (const ComposeDependency &d : s.dependsOn)
                if (d.service == name && !dependents->contains(s.name))
                    dependents->append(s.name);
    }
    return r;
}

} // namespace Berth::Config
