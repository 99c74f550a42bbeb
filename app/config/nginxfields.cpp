// The fields of NginxSite that the Configuration view shows: where each one is, how it is set,
// and what nginx takes.
#include "config/nginxsite.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Berth::Config {

namespace {
// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Config::NginxSite", text);
}

const QStringList passNames = {u"proxy_pass"_s, u"uwsgi_pass"_s, u"fastcgi_pass"_s, u"grpc_pass"_s};

bool validPort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535;
}

// host:port, [v6]:port, a bare port, or unix:/path.
bool validAddress(const QString &value, bool portRequired)
{
    if (value.startsWith("unix:/"_L1))
        return true;
    if (validPort(value))
        return true;
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(value).hasMatch())
        return false; // a port, out of range
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return !portRequired && !value.isEmpty() && !value.contains(u'/');
    return validPort(value.mid(colon + 1));
}

// The upstream name a proxy_pass URL names (`http://app/` → app).
QString passHost(const QString &target)
{
    QString rest = target;
    const qsizetype scheme = rest.indexOf("://"_L1);
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    const qsizetype slash = rest.indexOf(u'/');
    return slash < 0 ? rest : rest.left(slash);
}
} // namespace

int NginxSite::child(int parent, const QString &name) const
{
    if (parent < 0) {
        for (qsizetype i = 0; i < m_directives.size(); ++i) {
            if (m_directives.at(i).parent < 0 && m_directives.at(i).name == name)
                return int(i);
        }
        return -1;
    }
    for (int c : m_directives.at(parent).children) {
        if (m_directives.at(c).name == name)
            return c;
    }
    return -1;
}

QList<int> NginxSite::servers() const
{
    QList<int> found;
    for (qsizetype i = 0; i < m_directives.size(); ++i) {
        const NginxDirective &d = m_directives.at(i);
        if (d.name == "server"_L1 && d.isBlock() && (d.parent < 0 || m_directives.at(d.parent).name != "upstream"_L1))
            found.append(int(i));
    }
    return found;
}

int NginxSite::findDescendant(int block, const QStringList &names) const
{
    for (int c : m_directives.at(block).children) {
        if (names.contains(m_directives.at(c).name))
            return c;
        if (m_directives.at(c).isBlock()) {
            if (const int found = findDescendant(c, names); found >= 0)
                return found;
        }
    }
    return -1;
}

int NginxSite::mainServer() const
{
    const QList<int> all = servers();
    for (int s : all) {
        if (findDescendant(s, passNames) >= 0)
            return s;
    }
    for (int s : all) {
        if (child(s, u"return"_s) < 0)
            return s;
    }
    return all.isEmpty() ? -1 : all.constFirst();
}

int NginxSite::location(int server, const QString &prefix) const
{
    for (int c : m_directives.at(server).children) {
        const NginxDirective &d = m_directives.at(c);
        if (d.name == "location"_L1 && !d.args.isEmpty() && d.args.constLast().value.startsWith(prefix))
            return c;
    }
    return -1;
}

NginxSite::FieldValue NginxSite::field(Field which, int server) const
{
    FieldValue v;
    if (server < 0 || server >= m_directives.size()) {
        v.note = tr("The site has no server block.");
        return v;
    }
    auto fromDirective = [&](int d) {
        v.editable = true;
        v.directive = d;
        v.present = d >= 0;
        if (d >= 0) {
            QStringList args;
            for (const NginxArg &arg : m_directives.at(d).args)
                args.append(arg.value);
            v.value = args.join(u' ');
            v.note = tr("line %1").arg(m_directives.at(d).line);
        }
    };
    switch (which) {
    case Field::ServerName:
        fromDirective(child(server, u"server_name"_s));
        break;
    case Field::Listen:
        fromDirective(child(server, u"listen"_s));
        break;
    case Field::ClientMaxBodySize:
        fromDirective(child(server, u"client_max_body_size"_s));
        if (!v.present)
            v.note = tr("nginx's default is 1m");
        break;
    case Field::StaticLocation:
    case Field::MediaLocation: {
        const QString prefix = which == Field::StaticLocation ? u"/static"_s : u"/media"_s;
        const int loc = location(server, prefix);
        if (loc < 0) {
            v.note = tr("This server has no location %1/.").arg(prefix);
            break;
        }
        int d = child(loc, u"alias"_s);
        if (d < 0)
            d = child(loc, u"root"_s);
        fromDirective(d);
        if (d >= 0)
            v.note = tr("%1 of location %2, line %3").arg(m_directives.at(d).name, m_directives.at(loc).args.constLast().value).arg(m_directives.at(d).line);
        break;
    }
    case Field::Upstream: {
        const int pass = findDescendant(server, passNames);
        if (pass < 0 || m_directives.at(pass).args.isEmpty()) {
            v.note = tr("This server passes no requests on (no proxy_pass or uwsgi_pass).");
            break;
        }
        const QString host = passHost(m_directives.at(pass).args.constFirst().value);
        for (qsizetype i = 0; i < m_directives.size(); ++i) {
            const NginxDirective &d = m_directives.at(i);
            if (d.name == "upstream"_L1 && d.isBlock() && !d.args.isEmpty() && d.args.constFirst().value == host) {
                const int member = child(int(i), u"server"_s);
                if (member >= 0 && !m_directives.at(member).args.isEmpty()) {
                    v.editable = v.present = true;
                    v.directive = member;
                    v.value = m_directives.at(member).args.constFirst().value;
                    v.note = tr("server of upstream %1, line %2").arg(host).arg(m_directives.at(member).line);
                    return v;
                }
            }
        }
        v.editable = v.present = true;
        v.directive = pass;
        v.value = m_directives.at(pass).args.constFirst().value;
        v.note = tr("%1, line %2").arg(m_directives.at(pass).name).arg(m_directives.at(pass).line);
        break;
    }
    }
    return v;
}

QList<TextEdit> NginxSite::setField(Field which, int server, const QString &value) const
{
    const FieldValue v = field(which, server);
    if (!v.editable)
        return {};
    // Names and listen take several words; the rest one value, replaced in the first argument.
    const bool words = which == Field::ServerName || which == Field::Listen;
    if (v.present) {
        QStringList args;
        if (words) {
            args = value.split(u' ', Qt::SkipEmptyParts);
        } else {
            for (const NginxArg &arg : m_directives.at(v.directive).args)
                args.append(arg.value);
            if (args.isEmpty())
                args.append(value);
            else
                args[0] = value;
        }
        return setArgs(v.directive, args);
    }
    const QString name = which == Field::ServerName ? u"server_name"_s
                         : which == Field::Listen   ? u"listen"_s
                         : which == Field::ClientMaxBodySize ? u"client_max_body_size"_s
                                                     : u"alias"_s;
    int block = server;
    if (which == Field::StaticLocation || which == Field::MediaLocation)
        block = location(server, which == Field::StaticLocation ? u"/static"_s : u"/media"_s);
    return addDirective(block, name, words ? value.split(u' ', Qt::SkipEmptyParts) : QStringList{value});
}

QString NginxSite::validate(Field which, int server, const QString &value) const
{
    const QString v = value.trimmed();
    switch (which) {
    case Field::ServerName:
        if (v.isEmpty())
            return tr("Give at least one name, such as example.com, or _ for any.");
        return {};
    case Field::Listen: {
        const QString address = v.section(u' ', 0, 0);
        if (!validAddress(address, false) || address.isEmpty())
            return tr("“%1” is not a listen address: use a port (80), HOST:PORT, [::]:PORT or unix:/path, then flags such as default_server.").arg(address);
        return {};
    }
    case Field::ClientMaxBodySize: {
        static const QRegularExpression size(u"^[0-9]+[kKmMgG]?$"_s);
        if (!size.match(v).hasMatch())
            return tr("“%1” is not a size: use a number with k, m or g, such as 20m (0 turns the limit off).").arg(value);
        return {};
    }
    case Field::StaticLocation:
    case Field::MediaLocation: {
        if (!v.startsWith(u'/') && !v.startsWith(u'$'))
            return tr("Use an absolute folder, such as /app/static/.");
        const int loc = location(server, which == Field::StaticLocation ? u"/static"_s : u"/media"_s);
        const FieldValue current = field(which, server);
        const bool isAlias = current.directive < 0 || m_directives.at(current.directive).name == "alias"_L1;
        if (isAlias && loc >= 0 && m_directives.at(loc).args.constLast().value.endsWith(u'/') && !v.endsWith(u'/'))
            return tr("End the alias with “/” as the location does: nginx puts the rest of the path right after it, so /static/app.css would be looked for at %1app.css.").arg(v);
        return {};
    }
    case Field::Upstream: {
        const FieldValue current = field(which, server);
        if (current.directive >= 0 && m_directives.at(current.directive).name == "proxy_pass"_L1) {
            if (!v.startsWith("http://"_L1) && !v.startsWith("https://"_L1))
                return tr("proxy_pass takes a URL: http://HOST:PORT or http://UPSTREAM.");
            return {};
        }
        if (!validAddress(v, false))
            return tr("“%1” is not an address: use HOST:PORT with a port from 1 to 65535, or unix:/path.").arg(value);
        return {};
    }
    }
    return {};
}

} // namespace Berth::Config
