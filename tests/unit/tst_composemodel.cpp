// The compose file as the Configuration view reads it, and the whole-service edits: the
// catalogue's services on Berth's own generated compose file, duplicate and remove.
#include "yamltesthelpers.h"

#include "config/composeedits.h"
#include "config/composemodel.h"
#include "config/servicecatalogue.h"
#include "generate/generator.h"
#include "project/projectspec.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Config;
using namespace YamlTest;
using namespace Qt::StringLiterals;

class TestComposeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsServicesPortsEnvironmentAndDependencies();
    void shortPortSyntax_data();
    void shortPortSyntax();
    void catalogueServicesGoInWired_data();
    void catalogueServicesGoInWired();
    void duplicateLeavesOutWhatMustBeUnique();
    void removeNamesTheDependents();
};

void TestComposeModel::readsServicesPortsEnvironmentAndDependencies()
{
    const YamlTree tree = YamlTree::parse(readFile(QStringLiteral(BERTH_YAML_CORPUS "/envports.yaml")));
    const ComposeModel m = ComposeModel::read(tree);
    QVERIFY(m.error.isEmpty());
    QCOMPARE(m.services.size(), 3);
    const ComposeService &app = m.services.at(0);
    QCOMPARE(app.name, u"app");
    QVERIFY(app.environmentIsList);
    QCOMPARE(app.environment.size(), 4);
    QCOMPARE(app.environment.at(1).value, u"localhost,127.0.0.1");
    QVERIFY(!app.environment.at(3).hasValue);
    QCOMPARE(app.ports.size(), 5);
    QVERIFY(!app.ports.at(0).onAllInterfaces()); // "8000": not published
    QVERIFY(app.ports.at(1).onAllInterfaces());
    QVERIFY(!app.ports.at(2).onAllInterfaces());
    QCOMPARE(app.ports.at(2).hostIp, u"127.0.0.1");
    QVERIFY(app.ports.at(3).longSyntax && app.ports.at(3).onAllInterfaces());
    QCOMPARE(app.ports.at(3).published, u"9003");
    QCOMPARE(app.ports.at(3).path.toString(), u"services.app.ports[3]");
    QCOMPARE(app.networks, (QStringList{u"front"_s, u"back"_s}));
    QCOMPARE(app.dependsOn.size(), 2);
    QVERIFY(app.dependsOnIsList);
    QCOMPARE(app.volumes.at(1), u"media:/app/media");
    QCOMPARE(m.networks, (QStringList{u"front"_s, u"back"_s}));
    const ComposeModel c = ComposeModel::read(YamlTree::parse(readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"))));
    const ComposeService &web = c.services.at(c.indexOf(QStringLiteral("web")));
    QCOMPARE(web.dependsOn.at(0).condition, u"service_healthy");
    QVERIFY(!web.hasHealthcheck());
    QVERIFY(c.services.at(c.indexOf(QStringLiteral("db"))).hasHealthcheck());
    QCOMPARE(c.appService(), c.indexOf(QStringLiteral("web")));
    QCOMPARE(c.databaseService(), c.indexOf(QStringLiteral("db")));
}

void TestComposeModel::shortPortSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("target") << "8000" << "" << "" << "8000" << "";
    QTest::newRow("host") << "80:8000" << "" << "80" << "8000" << "";
    QTest::newRow("ip") << "127.0.0.1:80:8000" << "127.0.0.1" << "80" << "8000" << "";
    QTest::newRow("udp") << "53:53/udp" << "" << "53" << "53" << "udp";
    QTest::newRow("ipv6") << "[::1]:80:8000" << "::1" << "80" << "8000" << "";
    QTest::newRow("range") << "8000-8010:8000-8010" << "" << "8000-8010" << "8000-8010" << "";
    QTest::newRow("variable") << "${PORT:-80}:8000" << "" << "${PORT:-80}" << "8000" << "";
    QTest::newRow("variable ip") << "${IP:-127.0.0.1}:${PORT:-80}:8000" << "${IP:-127.0.0.1}" << "${PORT:-80}" << "8000" << "";
}

void TestComposeModel::shortPortSyntax()
{
    QFETCH(QString, text);
    QFETCH(QString, ip);
    QFETCH(QString, published);
    QFETCH(QString, target);
    QFETCH(QString, protocol);
    ComposePort p;
    QVERIFY(ComposePort::parseShort(text, &p));
    QCOMPARE(p.hostIp, ip);
    QCOMPARE(p.published, published);
    QCOMPARE(p.target, target);
    QCOMPARE(p.protocol, protocol);
    QCOMPARE(p.shortForm(), text);
}

void TestComposeModel::catalogueServicesGoInWired_data()
{
    QTest::addColumn<QString>("id");
    for (const CatalogueEntry &e : serviceCatalogue())
        QTest::newRow(qPrintable(e.id)) << e.id;
}

void TestComposeModel::catalogueServicesGoInWired()
{
    QFETCH(QString, id);
    const ProjectSpec spec = ProjectSpec::defaults();
    const QString text = QString::fromUtf8(generate(spec).file(spec.compose.file)->content);
    const YamlTree tree = YamlTree::parse(text);
    QVERIFY2(tree.isValid(), qPrintable(tree.error()));
    const YamlEditResult r = addFromCatalogue(tree, id, QString(), QStringLiteral("mysite"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QString after = applied(text, r.edits);
    QVERIFY2(checkMeaning(text, after, r).isEmpty(), qPrintable(checkMeaning(text, after, r) + u'\n' + after));
    qsizetype first = text.size();
    for (const TextEdit &e : r.edits)
        first = std::min(first, e.start);
    QVERIFY(after.startsWith(text.left(first)));
    const ComposeModel m = ComposeModel::read(YamlTree::parse(after));
    QString name;
    for (const CatalogueEntry &e : serviceCatalogue())
        if (e.id == id)
            name = e.serviceName;
    const int index = m.indexOf(name);
    QVERIFY(index >= 0);
    const ComposeService &s = m.services.at(index);
    QVERIFY2(s.hasHealthcheck(), qPrintable(after));
    QCOMPARE(s.networks, QStringList{u"backend"_s}); // the network the app shares with the database
    if (id.startsWith(u"celery")) {
        QCOMPARE(s.image, m.services.at(m.appService()).image);
        QCOMPARE(s.build, m.services.at(m.appService()).build);
        QCOMPARE(s.envFiles, m.services.at(m.appService()).envFiles);
        QVERIFY(s.command.contains(u"celery -A mysite"));
    }
    if (id == u"database2")
        QVERIFY(m.volumes.contains(u"database2_data"));
    // The same entry twice is refused with the name.
    const YamlEditResult again = addFromCatalogue(YamlTree::parse(after), id, QString(), QStringLiteral("mysite"));
    QCOMPARE(again.status, YamlEditResult::Status::Refused);
}

void TestComposeModel::duplicateLeavesOutWhatMustBeUnique()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    const YamlTree tree = YamlTree::parse(text);
    QStringList leftOut;
    const YamlEditResult r = duplicateService(tree, QStringLiteral("web"), QStringLiteral("web2"), &leftOut);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(leftOut, QStringList{u"ports"_s});
    const QString after = applied(text, r.edits);
    QVERIFY(checkMeaning(text, after, r).isEmpty());
    const ComposeModel m = ComposeModel::read(YamlTree::parse(after));
    const ComposeService &copy = m.services.at(m.indexOf(QStringLiteral("web2")));
    QVERIFY(copy.ports.isEmpty());
    QCOMPARE(copy.command, m.services.at(m.indexOf(QStringLiteral("web"))).command);
    QCOMPARE(after.count(u"# debug off in production"), 2);
    QCOMPARE(duplicateService(tree, QStringLiteral("web"), QStringLiteral("db")).status, YamlEditResult::Status::Refused);
}

void TestComposeModel::removeNamesTheDependents()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    QStringList dependents;
    const YamlEditResult r = removeService(YamlTree::parse(text), QStringLiteral("db"), &dependents);
    QVERIFY(r.ok());
    QCOMPARE(dependents, QStringList{u"web"_s});
    QVERIFY(!applied(text, r.edits).contains(u"postgres:17"));
}

QTEST_GUILESS_MAIN(TestComposeModel)
#include "tst_composemodel.moc"
