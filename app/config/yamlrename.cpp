// YamlEditor::renameService: the service's key and every reference to it, in one list of edits.
#include "config/yamleditor.h"
#include "config/yamleditorparts.h"
#include "config/yamlscalar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Berth::Config {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config::YamlEditor", text);
}

using Kind = YamlTree::Kind;
using Status = YamlEditResult::Status;

struct Renamer {
    const YamlTree &t;
    const YamlEditorParts &parts;
    QString oldName;
    QString newName;
    QList<TextEdit> edits;
    QList<YamlPath> changed;

    // A scalar whose whole value, or the part before `separator`, or after `prefix`, is the old name.
    void scalar(int node, const QString &prefix = QString(), QChar separator = QChar())
    {
        if (node < 0 || t.node(node).kind != Kind::Scalar)
            return;
        const QString value = t.scalarValue(node);
        if (!value.startsWith(prefix))
            return;
        QString rest = value.mid(prefix.size());
        QString tail;
        if (!separator.isNull() && rest.contains(separator)) {
            tail = rest.mid(rest.indexOf(separator));
            rest = rest.left(rest.indexOf(separator));
        }
        if (rest != oldName)
            return;
        YamlEditorParts::Value v;
        v.decoded = prefix + newName + tail;
        v.text = isSafePlain(v.decoded, parts.inFlow(node)) ? v.decoded : doubleQuoted(v.decoded);
        const YamlTree::Node &n = t.node(node);
        edits.append({n.start, n.end, parts.replacementFor(node, v)});
        changed.append(parts.pathOf(node));
        // Compose reads a list of references as a map keyed by service: the whole list changes.
        if (t.node(node).parent >= 0 && t.node(t.node(node).parent).kind == Kind::Sequence)
            changed.append(parts.pathOf(t.node(node).parent));
    }

    void key(int mapping, int entry)
    {
        const int k = t.node(mapping).entries.at(entry).key;
        const YamlTree::Node &n = t.node(k);
        YamlEditorParts::Value v;
        v.decoded = newName;
        v.text = YamlEditorParts::keyText(newName, parts.inFlow(k));
        edits.append({n.start, n.end, n.kind == Kind::Scalar ? parts.replacementFor(k, v) : v.text});
        changed.append(parts.pathOf(mapping).child(oldName));
    }

    void references(int service)
    {
        if (service < 0 || t.node(service).kind != Kind::Mapping)
            return;
        auto valueOf = [&](const char *name) {
            const int e = t.findKey(service, QString::fromLatin1(name));
            return e < 0 ? -1 : t.node(service).entries.at(e).value;
        };
        const int dependsOn = valueOf("depends_on");
        if (dependsOn >= 0 && t.node(dependsOn).kind == Kind::Sequence)
            for (const YamlTree::Entry &e : t.node(dependsOn).entries)
                scalar(e.value);
        if (dependsOn >= 0 && t.node(dependsOn).kind == Kind::Mapping) {
            const int e = t.findKey(dependsOn, oldName);
            if (e >= 0)
                key(dependsOn, e);
        }
        for (const char *list : {"links", "volumes_from"}) {
            const int items = valueOf(list);
            if (items >= 0 && t.node(items).kind == Kind::Sequence)
                for (const YamlTree::Entry &e : t.node(items).entries)
                    scalar(e.value, QString(), u':'); // `db`, `db:database`, `db:ro`
        }
        const int extends = valueOf("extends");
        if (extends >= 0 && t.node(extends).kind == Kind::Scalar)
            scalar(extends);
        if (extends >= 0 && t.node(extends).kind == Kind::Mapping && t.findKey(extends, QStringLiteral("file")) < 0) {
            const int e = t.findKey(extends, QStringLiteral("service"));
            if (e >= 0)
                scalar(t.node(extends).entries.at(e).value);
        }
        for (const char *mode : {"network_mode", "ipc", "pid"})
            scalar(valueOf(mode), QStringLiteral("service:"));
    }
};

} // namespace

YamlEditResult YamlEditor::renameService(const QString &oldName, const QString &newName) const
{
    YamlEditResult r;
    auto fail = [&r](Status status, const QString &message) {
        r.status = status;
        r.message = message;
        return r;
    };
    if (!m_tree.isValid())
        return fail(Status::Invalid, m_tree.error());
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!valid.match(newName).hasMatch())
        return fail(Status::Invalid, tr("\"%1\" is not a service name: use letters, digits, and . _ - after the first")
                                         .arg(newName));
    const int root = m_tree.root();
    const int servicesEntry = root < 0 ? -1 : m_tree.findKey(root, QStringLiteral("services"));
    const int services = servicesEntry < 0 ? -1 : m_tree.node(root).entries.at(servicesEntry).value;
    if (services < 0 || m_tree.node(services).kind != Kind::Mapping)
        return fail(Status::NotFound, tr("the file has no services"));
    const int entry = m_tree.findKey(services, oldName);
    if (entry < 0)
        return fail(Status::NotFound, tr("there is no service \"%1\"").arg(oldName));
    if (oldName == newName)
        return r;
    if (m_tree.findKey(services, newName) >= 0)
        return fail(Status::Refused, tr("a service \"%1\" exists already").arg(newName));
    YamlEditorParts parts(m_tree, m_options);
    Renamer renamer{m_tree, parts, oldName, newName, {}, {}};
    renamer.key(services, entry);
    renamer.changed.append(YamlPath{{{QStringLiteral("services"), -1}, {newName, -1}}});
    for (const YamlTree::Entry &service : m_tree.node(services).entries)
        renamer.references(service.value);
    r.edits = renamer.edits;
    r.changedPaths = renamer.changed;
    return r;
}

} // namespace Berth::Config
