#include "config/composemodel.h"

#include <QCoreApplication>

namespace Berth::Config {

namespace {

using Kind = YamlTree::Kind;

struct Reader {
    const YamlTree &t;

    // An alias shows what its anchor holds (editing it is refused, with the reason).
    int resolved(int node) const
    {
        for (int hops = 0; node >= 0 && t.node(node).kind == Kind::Alias && hops < 16; ++hops)
            node = t.anchorNode(t.node(node).aliasOf);
        return node;
    }
    // A key's value, through aliases and `<<` merges as compose reads them.
    int value(int mapping, const char *key, int depth = 0) const
    {
        mapping = resolved(mapping);
        if (mapping < 0 || t.node(mapping).kind != Kind::Mapping || depth > 8)
            return -1;
        const int e = t.findKey(mapping, QString::fromLatin1(key));
        if (e >= 0)
            return resolved(t.node(mapping).entries.at(e).value);
        const int merge = t.findKey(mapping, QStringLiteral("<<"));
        if (merge < 0)
            return -1;
        const int source = t.node(mapping).entries.at(merge).value;
        QList<int> sources{source};
        if (source >= 0 && t.node(source).kind == Kind::Sequence) {
            sources.clear();
            for (const YamlTree::Entry &item : t.node(source).entries)
                sources << item.value;
        }
        for (int from : std::as_const(sources)) {
            const int v = value(from, key, depth + 1);
            if (v >= 0)
                return v;
        }
        return -1;
    }
    // A scalar's value, or a collection's text as written; "" for nothing.
    QString text(int node) const
    {
        if (node < 0)
            return {};
        const YamlTree::Node &n = t.node(node);
        if (n.kind == Kind::Scalar)
            return t.scalarValue(node);
        if (n.kind == Kind::Null)
            return {};
        return t.text().mid(n.start, n.end - n.start);
    }
    QStringList list(int node) const
    {
        QStringList out;
        if (node < 0)
            return out;
        const YamlTree::Node &n = t.node(node);
        if (n.kind == Kind::Scalar)
            return {t.scalarValue(node)};
        for (const YamlTree::Entry &e : n.entries)
            out << (n.kind == Kind::Mapping ? t.scalarValue(e.key) : text(e.value));
        return out;
    }
    QStringList keys(int node) const
    {
        QStringList out;
        if (node >= 0 && t.node(node).kind == Kind::Mapping)
            for (const YamlTree::Entry &e : t.node(node).entries)
                out << t.scalarValue(e.key);
        return out;
    }

    ComposeService service(const QString &name, int node) const
    {
        ComposeService s;
        s.name = name;
        s.line = node >= 0 ? t.lineOf(t.node(node).start) : 0;
        s.image = text(value(node, "image"));
        const int build = value(node, "build");
        s.build = build >= 0 && t.node(build).kind == Kind::Mapping ? text(value(build, "context")) : text(build);
        if (build >= 0 && s.build.isEmpty())
            s.build = QStringLiteral(".");
        s.command = text(value(node, "command"));
        s.restart = text(value(node, "restart"));
        const int health = value(node, "healthcheck");
        s.healthcheck = text(value(health, "test"));
        s.healthcheckDisabled = text(value(health, "disable")) == u"true";
        s.profiles = list(value(node, "profiles"));
        s.envFiles = envFiles(value(node, "env_file"));
        s.volumes = volumes(value(node, "volumes"));
        const int networks = value(node, "networks");
        s.networks = list(networks);
        s.networksIsMap = networks >= 0 && t.node(networks).kind == Kind::Mapping;
        ports(value(node, "ports"), s);
        environment(value(node, "environment"), s);
        dependsOn(value(node, "depends_on"), s);
        return s;
    }

    QStringList envFiles(int node) const
    {
        QStringList out;
        if (node >= 0 && t.node(node).kind == Kind::Sequence) {
            for (const YamlTree::Entry &e : t.node(node).entries)
                out << (e.value >= 0 && t.node(e.value).kind == Kind::Mapping ? text(value(e.value, "path")) : text(e.value));
            return out;
        }
        return list(node);
    }

    QStringList volumes(int node) const
    {
        QStringList out;
        if (node < 0 || t.node(node).kind != Kind::Sequence)
            return out;
        for (const YamlTree::Entry &e : t.node(node).entries) {
            if (e.value >= 0 && t.node(e.value).kind == Kind::Mapping)
                out << text(value(e.value, "source")) + u':' + text(value(e.value, "target"));
            else
                out << text(e.value);
        }
        return out;
    }

    void ports(int node, ComposeService &s) const
    {
        if (node < 0 || t.node(node).kind != Kind::Sequence)
            return;
        const YamlTree::Node &n = t.node(node);
        for (qsizetype i = 0; i < n.entries.size(); ++i) {
            const int v = n.entries.at(i).value;
            ComposePort p;
            if (v >= 0 && t.node(v).kind == Kind::Mapping) {
                p.longSyntax = true;
                p.hostIp = text(value(v, "host_ip"));
                p.published = text(value(v, "published"));
                p.target = text(value(v, "target"));
                p.protocol = text(value(v, "protocol"));
            } else if (!ComposePort::parseShort(text(v), &p)) {
                p.target = text(v);
            }
            p.path = s.path().child(QStringLiteral("ports")).item(int(i));
            s.ports.append(p);
        }
    }

    void environment(int node, ComposeService &s) const
    {
        if (node < 0)
            return;
        const YamlTree::Node &n = t.node(node);
        s.environmentIsList = n.kind == Kind::Sequence;
        for (const YamlTree::Entry &e : n.entries) {
            ComposeVariable v;
            if (n.kind == Kind::Mapping) {
                v.name = t.scalarValue(e.key);
                v.hasValue = e.value >= 0 && t.node(e.value).kind != Kind::Null;
                v.value = text(e.value);
            } else {
                const QString item = text(e.value);
                const qsizetype eq = item.indexOf(u'=');
                v.name = eq < 0 ? item : item.left(eq);
                v.hasValue = eq >= 0;
                v.value = eq < 0 ? QString() : item.mid(eq + 1);
            }
            s.environment.append(v);
        }
    }

    void dependsOn(int node, ComposeService &s) const
    {
        if (node < 0)
            return;
        const YamlTree::Node &n = t.node(node);
        s.dependsOnIsList = n.kind == Kind::Sequence;
        for (const YamlTree::Entry &e : n.entries) {
            ComposeDependency d;
            if (n.kind == Kind::Mapping) {
                d.service = t.scalarValue(e.key);
                d.condition = text(value(e.value, "condition"));
                d.restart = text(value(e.value, "restart")) == u"true";
            } else {
                d.service = text(e.value);
            }
            if (d.condition.isEmpty())
                d.condition = QStringLiteral("service_started");
            s.dependsOn.append(d);
        }
    }
};

} // namespace

bool ComposePort::onAllInterfaces() const
{
    return !published.isEmpty() && (hostIp.isEmpty() || hostIp == u"0.0.0.0" || hostIp == u"::" || hostIp == u"[::]");
}

QString ComposePort::shortForm() const
{
    QString s = target;
    if (!published.isEmpty())
        s = published + u':' + s;
    if (!hostIp.isEmpty())
        s = (hostIp.contains(u':') && !hostIp.startsWith(u'[') && !hostIp.contains(u"${") ? u'[' + hostIp + u']' : hostIp) + u':' + s;
    if (!protocol.isEmpty() && protocol != u"tcp")
        s += u'/' + protocol;
    return s;
}

bool ComposePort::parseShort(const QString &text, ComposePort *port)
{
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return false;
    ComposePort p;
    const qsizetype slash = rest.lastIndexOf(u'/');
    if (slash >= 0 && !rest.mid(slash).contains(u'}')) {
        p.protocol = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    if (rest.startsWith(u'[')) { // [::1]:8000:8000
        const qsizetype close = rest.indexOf(u']');
        if (close < 0 || rest.mid(close + 1, 1) != u":")
            return false;
        p.hostIp = rest.mid(1, close - 1);
        rest = rest.mid(close + 2);
    }
    // Split at the colons outside ${…} (`${PORT:-80}:8000`).
    QStringList parts{QString()};
    int depth = 0;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == u'$' && rest.mid(i + 1, 1) == u"{")
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
        if (c == u':' && depth == 0)
            parts.append(QString());
        else
            parts.last() += c;
    }
    if (parts.size() == 1) {
        p.target = parts.at(0);
    } else if (parts.size() == 2) {
        p.published = parts.at(0);
        p.target = parts.at(1);
    } else if (parts.size() == 3 && p.hostIp.isEmpty()) {
        p.hostIp = parts.at(0);
        p.published = parts.at(1);
        p.target = parts.at(2);
    } else {
        return false;
    }
    for (const QString &number : {p.published, p.target}) {
        if (number.contains(u"${"))
            continue; // interpolated: shown as written
        for (QChar c : number)
            if (!c.isDigit() && c != u'-')
                return false;
    }
    if (p.target.isEmpty())
        return false;
    *port = p;
    return true;
}

YamlPath ComposeService::path() const
{
    return YamlPath{{{QStringLiteral("services"), -1}, {name, -1}}};
}

ComposeModel ComposeModel::read(const YamlTree &tree)
{
    ComposeModel model;
    if (!tree.isValid()) {
        model.error = tree.error();
        return model;
    }
    const Reader r{tree};
    const int root = tree.root();
    if (root >= 0 && tree.node(root).kind != Kind::Mapping) {
        model.error = QCoreApplication::translate("Berth::Config::ComposeModel",
                                                  "the file is not a mapping of keys, so it is not a compose file");
        return model;
    }
    const int services = r.value(root, "services");
    if (services >= 0 && tree.node(services).kind == Kind::Mapping)
        for (const YamlTree::Entry &e : tree.node(services).entries)
            model.services.append(r.service(tree.scalarValue(e.key), e.value));
    model.volumes = r.keys(r.value(root, "volumes"));
    model.networks = r.keys(r.value(root, "networks"));
    return model;
}

int ComposeModel::indexOf(const QString &service) const
{
    for (qsizetype i = 0; i < services.size(); ++i)
        if (services.at(i).name == service)
            return int(i);
    return -1;
}

int ComposeModel::appService() const
{
    int byName = -1;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ComposeService &s = services.at(i);
        const QString command = s.command.toLower();
        if (!s.build.isEmpty() && (command.contains(u"uwsgi") || command.contains(u"gunicorn") || command.contains(u"runserver")))
            return int(i);
        if (byName < 0 && (s.name == u"app" || s.name == u"web" || s.name == u"django"))
            byName = int(i);
    }
    if (byName >= 0)
        return byName;
    for (qsizetype i = 0; i < services.size(); ++i)
        if (!services.at(i).build.isEmpty())
            return int(i);
    return -1;
}

int ComposeModel::databaseService() const
{
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString image = services.at(i).image.toLower();
        if (image.contains(u"postgres") || image.contains(u"mysql") || image.contains(u"mariadb") || image.contains(u"postgis"))
            return int(i);
    }
    return -1;
}

} // namespace Berth::Config
