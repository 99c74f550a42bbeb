#include "config/nginxsite.h"

#include "configcorpus.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Berth::Config;
using namespace Qt::StringLiterals;
using Field = NginxSite::Field;

class TestConfigNginx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void berthSite();
    void someoneElsesSite();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void addAndRemove();
    void inversesGiveBackTheBytes_data();
    void inversesGiveBackTheBytes();
    void randomEditsKeepEverythingElse_data();
    void randomEditsKeepEverythingElse();
    void validation();
};

static QString corpus(const QString &name)
{
    return configCorpus(name).constFirst().text;
}

void TestConfigNginx::berthSite()
{
    const NginxSite site = NginxSite::parse(corpus(u"nginx-berth.conf"_s));
    QVERIFY2(site.isValid(), qPrintable(site.error()));
    QCOMPARE(site.servers().size(), 2);
    const int main = site.mainServer();
    QCOMPARE(main, site.servers().at(1)); // not the catch-all that returns 444
    QCOMPARE(site.field(Field::ServerName, main).value, u"example.com www.example.com"_s);
    QCOMPARE(site.field(Field::Listen, main).value, u"80"_s);
    QCOMPARE(site.field(Field::ClientMaxBodySize, main).value, u"20m"_s);
    QCOMPARE(site.field(Field::StaticLocation, main).value, u"/app/static/"_s);
    QCOMPARE(site.field(Field::MediaLocation, main).value, u"/app/media/"_s);
    const NginxSite::FieldValue upstream = site.field(Field::Upstream, main);
    QCOMPARE(upstream.value, u"app:8000"_s);
    QCOMPARE(site.directives().at(upstream.directive).name, u"server"_s);
    QCOMPARE(site.directives().at(site.directives().at(upstream.directive).parent).name, u"upstream"_s);
    // The comment above the static location is its own.
    const NginxDirective &staticLocation = site.directives().at(site.directives().at(site.field(Field::StaticLocation, main).directive).parent);
    QVERIFY(site.text().mid(staticLocation.blockStart).startsWith(u"    # Collected"_s));
}

void TestConfigNginx::someoneElsesSite()
{
    const QString text = corpus(u"nginx-uwsgi-pass.conf"_s);
    const NginxSite site = NginxSite::parse(text);
    QVERIFY2(site.isValid(), qPrintable(site.error()));
    const int main = site.mainServer();
    QCOMPARE(site.field(Field::ServerName, main).value, u"shop.example.org"_s);
    QCOMPARE(site.field(Field::Listen, main).value, u"127.0.0.1:8080"_s);
    QVERIFY(site.field(Field::ClientMaxBodySize, main).editable);
    QVERIFY(!site.field(Field::ClientMaxBodySize, main).present);
    QCOMPARE(site.field(Field::StaticLocation, main).value, u"/srv/shop"_s); // root, quoted
    QCOMPARE(site.field(Field::MediaLocation, main).value, u"/srv/shop"_s);
    QCOMPARE(site.field(Field::Upstream, main).value, u"127.0.0.1:3031"_s);
    // A quoted value keeps its quotes, a quoted ';' is no end of a directive.
    QCOMPARE(applied(text, site.setField(Field::StaticLocation, main, u"/srv/new"_s)).count(u"root '/srv/new';"_s), 1);
    QCOMPARE(applied(text, site.setField(Field::ServerName, main, u"a.org b.org"_s)).count(u"server_name \"a.org\" b.org;"_s), 1);
    const int header = site.child(site.child(main, u"location"_s), u"root"_s);
    QVERIFY(header >= 0);
}

void TestConfigNginx::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed block") << u"server {\n    listen 80;\n"_s << u"line 1:"_s;
    QTest::newRow("no semicolon") << u"server {\n    listen 80\n}\n"_s << u"line 2:"_s;
    QTest::newRow("stray brace") << u"listen 80;\n}\n"_s << u"line 2:"_s;
    QTest::newRow("open quote") << u"server {\n  server_name \"a;\n}\n"_s << u"line 2:"_s;
}

void TestConfigNginx::refusesBrokenFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const NginxSite site = NginxSite::parse(text);
    QVERIFY(!site.isValid());
    QVERIFY2(site.error().startsWith(error), qPrintable(site.error()));
}

void TestConfigNginx::addAndRemove()
{
    const QString text = corpus(u"nginx-uwsgi-pass.conf"_s);
    const NginxSite site = NginxSite::parse(text);
    const int main = site.mainServer();
    const QString added = applied(text, site.setField(Field::ClientMaxBodySize, main, u"50m"_s));
    // After the last simple directive before the first location, at its indentation (a tab).
    QVERIFY2(added.contains(u"always;\n\tclient_max_body_size 50m;\n\tlocation ^~"_s), qPrintable(added));
    const NginxSite after = NginxSite::parse(added);
    const NginxSite::FieldValue body = after.field(Field::ClientMaxBodySize, after.mainServer());
    QCOMPARE(body.value, u"50m"_s);
    QCOMPARE(applied(added, after.remove(body.directive)), text);
    // One-line blocks get the new directive on their line.
    const QString oneLine = u"server { listen 80; }\n"_s;
    const NginxSite small = NginxSite::parse(oneLine);
    QCOMPARE(applied(oneLine, small.setField(Field::ServerName, small.mainServer(), u"x.org"_s)), u"server { listen 80; server_name x.org; }\n"_s);
    // A directive's trailing comment goes with it, as do its own comment lines directly above it.
    const int listen = site.child(main, u"listen"_s);
    QVERIFY(!applied(text, site.remove(listen)).contains(u"trailing comment"_s));
    QVERIFY(!applied(text, site.remove(listen)).contains(u"127.0.0.1:8080"_s));
    QVERIFY(!applied(text, site.remove(listen)).contains(u"# tabs here"_s)); // its own, directly above
    QVERIFY(applied(text, site.remove(listen)).contains(u"# end"_s));
}

void TestConfigNginx::inversesGiveBackTheBytes_data()
{
    QTest::addColumn<QString>("text");
    for (const CorpusFile &file : configCorpus(u".conf"_s))
        QTest::newRow(qPrintable(file.name)) << file.text;
}

void TestConfigNginx::inversesGiveBackTheBytes()
{
    QFETCH(QString, text);
    const NginxSite site = NginxSite::parse(text);
    QVERIFY2(site.isValid(), qPrintable(site.error()));
    const QList<int> servers = site.servers();
    for (int server : servers) {
        for (int f = 0; f < NginxSite::FieldCount; ++f) {
            const auto field = Field(f);
            const NginxSite::FieldValue old = site.field(field, server);
            if (!old.editable)
                continue;
            const QString value = field == Field::Upstream && old.value.startsWith(u"http"_s) ? u"http://other:9000"_s : u"/berth/test/"_s;
            const QString changed = applied(text, site.setField(field, server, value));
            const NginxSite after = NginxSite::parse(changed);
            QVERIFY2(after.isValid(), qPrintable(after.error()));
            QCOMPARE(after.field(field, server).value, value);
            QCOMPARE(after.directives().size(), site.directives().size() + (old.present ? 0 : 1));
            const QString back = old.present ? applied(changed, after.setField(field, server, old.value))
                                             : applied(changed, after.remove(after.field(field, server).directive));
            QCOMPARE(back, text);
        }
    }
}

void TestConfigNginx::randomEditsKeepEverythingElse_data()
{
    inversesGiveBackTheBytes_data();
}

void TestConfigNginx::randomEditsKeepEverythingElse()
{
    QFETCH(QString, text);
    QRandomGenerator rng(13);
    const QString chars = u"abz09:/._-$ ;{}#\"'\\"_s;
    for (int round = 0; round < 1500; ++round) {
        const NginxSite site = NginxSite::parse(text);
        QVERIFY2(site.isValid(), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(site.error(), text)));
        const QStringList comments = commentLines(text, u"#"_s);
        const int target = rng.bounded(int(site.directives().size()));
        QStringList args;
        const int count = rng.bounded(4);
        for (int i = 0; i < count; ++i) {
            QString arg;
            for (int n = rng.bounded(1, 8); n > 0; --n)
                arg += chars.at(rng.bounded(int(chars.size())));
            args.append(arg);
        }
        const QList<TextEdit> edits = site.setArgs(target, args);
        QCOMPARE(edits.size(), 1);
        const QString next = applied(text, edits);
        const NginxSite after = NginxSite::parse(next);
        QVERIFY2(after.isValid(), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(after.error(), next)));
        QCOMPARE(after.directives().size(), site.directives().size());
        for (qsizetype i = 0; i < site.directives().size(); ++i) {
            const NginxDirective &was = site.directives().at(i);
            const NginxDirective &now = after.directives().at(i);
            QCOMPARE(now.name, was.name);
            QStringList nowArgs, wasArgs;
            for (const NginxArg &a : now.args)
                nowArgs.append(a.value);
            for (const NginxArg &a : was.args)
                wasArgs.append(a.value);
            QCOMPARE(nowArgs, i == target ? args : wasArgs);
        }
        // The edit lies within the directive's head, and every comment line stays.
        const NginxDirective &d = site.directives().at(target);
        QVERIFY(edits.constFirst().start >= d.start);
        QVERIFY(edits.constFirst().end <= (d.isBlock() ? d.bodyStart : d.end));
        QCOMPARE(commentLines(next, u"#"_s), comments);
        text = next;
    }
}

void TestConfigNginx::validation()
{
    const NginxSite site = NginxSite::parse(corpus(u"nginx-berth.conf"_s));
    const int main = site.mainServer();
    QVERIFY(site.validate(Field::ClientMaxBodySize, main, u"20m"_s).isEmpty());
    QVERIFY(site.validate(Field::ClientMaxBodySize, main, u"20 MB"_s).contains(u"such as 20m"_s));
    QVERIFY(site.validate(Field::Listen, main, u"443 ssl"_s).isEmpty());
    QVERIFY(site.validate(Field::Listen, main, u"[::]:80"_s).isEmpty());
    QVERIFY(site.validate(Field::Listen, main, u"99999"_s).contains(u"not a listen address"_s));
    QVERIFY(site.validate(Field::StaticLocation, main, u"/srv/static"_s).contains(u"End the alias with"_s));
    QVERIFY(site.validate(Field::StaticLocation, main, u"/srv/static/"_s).isEmpty());
    QVERIFY(site.validate(Field::Upstream, main, u"app:8000"_s).isEmpty());
    QVERIFY(site.validate(Field::Upstream, main, u"app:0"_s).contains(u"not an address"_s));
    QVERIFY(site.validate(Field::ServerName, main, u" "_s).contains(u"at least one name"_s));
}

QTEST_GUILESS_MAIN(TestConfigNginx)
#include "tst_confignginx.moc"
