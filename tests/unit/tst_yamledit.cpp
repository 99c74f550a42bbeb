// The YAML editor on a corpus written for it (tests/unit/yaml-corpus, each file also with CRLF
// and with a byte-order mark): every value reads as yaml-cpp reads it, every edit changes the
// meaning only where it says, set/add/new-key edits undone by their inverse give back the same
// bytes, and thousands of seeded random edits never lose a comment.
#include "yamltesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Berth::Config;
using namespace YamlTest;

class TestYamlEdit : public QObject
{
    Q_OBJECT

private:
    static YamlEditResult edit(const QString &text, const char *op, const QString &path, const QString &value = {},
                               YamlEditOptions options = {})
    {
        const YamlTree tree = YamlTree::parse(text);
        const YamlEditor editor(tree, options);
        const auto p = YamlPath::parse(path);
        if (!p)
            qFatal("bad path %s", qPrintable(path));
        const QByteArray o(op);
        return o == "set" ? editor.set(*p, value) : o == "add" ? editor.add(*p, value) : editor.unset(*p);
    }
    // Applies an edit that must succeed, checks its meaning, returns the new text.
    static QString apply(const QString &text, const char *op, const QString &path, const QString &value = {},
                         YamlEditOptions options = {})
    {
        const YamlEditResult r = edit(text, op, path, value, options);
        if (!r.ok())
            qFatal("%s %s failed: %s", op, qPrintable(path), qPrintable(r.message));
        const QString after = applied(text, r.edits);
        const QString meaning = checkMeaning(text, after, r);
        if (!meaning.isEmpty())
            qFatal("%s %s: %s\n%s", op, qPrintable(path), qPrintable(meaning), qPrintable(after));
        return after;
    }

private Q_SLOTS:
    void corpusReadsAsYamlCppReadsIt_data();
    void corpusReadsAsYamlCppReadsIt();
    void setAndSetBackGivesTheSameBytes_data() { corpusReadsAsYamlCppReadsIt_data(); }
    void setAndSetBackGivesTheSameBytes();
    void addAndUnsetGivesTheSameBytes_data() { corpusReadsAsYamlCppReadsIt_data(); }
    void addAndUnsetGivesTheSameBytes();
    void newKeyAndUnsetGivesTheSameBytes_data() { corpusReadsAsYamlCppReadsIt_data(); }
    void newKeyAndUnsetGivesTheSameBytes();
    void editsLookLikeAPersonMadeThem();
    void unsetTakesItsOwnCommentsOnly();
    void lineBreaksAndByteOrderMarkStay();
    void aliasesAndMergesAreRefusedOrEditTheAnchor();
    void renameServiceFollowsReferences();
    void badInputIsRefusedWithAReason();
    void randomEditsKeepEveryComment();
};

void TestYamlEdit::corpusReadsAsYamlCppReadsIt_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : corpus())
        QTest::newRow(qPrintable(name)) << text;
}

void TestYamlEdit::corpusReadsAsYamlCppReadsIt()
{
    QFETCH(QString, text);
    const YamlTree tree = YamlTree::parse(text);
    QVERIFY2(tree.isValid(), qPrintable(tree.error()));
    const YAML::Node doc = YAML::Load(text.toStdString());
    const YamlEditor editor(tree);
    int scalars = 0;
    for (const PathInfo &p : paths(tree)) {
        const YAML::Node expected = at(doc, p.path);
        QVERIFY2(expected.IsDefined(), qPrintable(p.path.toString()));
        if (p.node < 0 || tree.node(p.node).kind != YamlTree::Kind::Scalar || !expected.IsScalar())
            continue;
        QString value;
        QVERIFY(editor.get(p.path, &value).ok());
        QCOMPARE(value, QString::fromStdString(expected.Scalar()));
        ++scalars;
    }
    QVERIFY(scalars >= 2);
}

void TestYamlEdit::setAndSetBackGivesTheSameBytes()
{
    QFETCH(QString, text);
    const YamlTree tree = YamlTree::parse(text);
    int checked = 0;
    for (const PathInfo &p : paths(tree)) {
        if (p.node < 0 || tree.node(p.node).kind != YamlTree::Kind::Scalar)
            continue;
        const YamlTree::Node &n = tree.node(p.node);
        const QString source = text.mid(n.start, n.end - n.start);
        if (source.contains(u'\n') || (n.style != YamlTree::Style::Plain && n.style != YamlTree::Style::SingleQuoted
                                      && n.style != YamlTree::Style::DoubleQuoted))
            continue; // written back in its style, a multi-line value need not keep its line breaks
        // Inside the anchor the meaning changes wherever it is used; that has its own test.
        if (!n.anchor.isEmpty() || p.path.toString().startsWith(u"x-"))
            continue;
        // A value that fits the scalar's style: plain stays plain, quotes stay quotes.
        const bool plain = n.style == YamlTree::Style::Plain;
        const QString probe = plain ? QStringLiteral("berth-probe-1") : QStringLiteral("berth probe: #1 'x'");
        const QString changed = apply(text, "set", p.path.toString(), plain ? probe : doubleQuoted(probe));
        QString value;
        const YamlTree changedTree = YamlTree::parse(changed);
        QVERIFY(YamlEditor(changedTree).get(p.path, &value).ok());
        QCOMPARE(value, probe);
        QCOMPARE(YamlTree::parse(changed).node(p.node).style, n.style);
        const QString back = apply(changed, "set", p.path.toString(), source);
        if (n.style == YamlTree::Style::DoubleQuoted && doubleQuotedIsNotCanonical(source))
            continue;
        QCOMPARE(back, text);
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestYamlEdit::addAndUnsetGivesTheSameBytes()
{
    QFETCH(QString, text);
    const YamlTree tree = YamlTree::parse(text);
    int checked = 0;
    for (const PathInfo &p : paths(tree)) {
        if (p.node < 0 || tree.node(p.node).kind != YamlTree::Kind::Sequence || p.path.toString().startsWith(u"x-"))
            continue;
        const int count = int(tree.node(p.node).entries.size());
        const QString added = apply(text, "add", p.path.toString(), QStringLiteral("berth-probe"));
        QString value;
        const YamlTree addedTree = YamlTree::parse(added);
        QVERIFY(YamlEditor(addedTree).get(p.path.item(count), &value).ok());
        QCOMPARE(value, u"berth-probe");
        QCOMPARE(apply(added, "unset", p.path.item(count).toString()), text);
        ++checked;
    }
    QVERIFY(checked >= 1 || !text.contains(u"- "));
}

void TestYamlEdit::newKeyAndUnsetGivesTheSameBytes()
{
    QFETCH(QString, text);
    const YamlTree tree = YamlTree::parse(text);
    int checked = 0;
    for (const PathInfo &p : paths(tree)) {
        if (p.node < 0 || tree.node(p.node).kind != YamlTree::Kind::Mapping || tree.node(p.node).entries.isEmpty()
            || p.path.toString().startsWith(u"x-"))
            continue;
        for (const QString &key : {QStringLiteral("berth_probe"), QStringLiteral("\"with space.and dot\"")}) {
            const QString path = p.path.toString() + u'.' + key;
            const QString added = apply(text, "set", path, QStringLiteral("'1'"));
            QCOMPARE(apply(added, "unset", path), text);
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void TestYamlEdit::editsLookLikeAPersonMadeThem()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    // A scalar keeps its quotes and its trailing comment.
    QVERIFY(apply(text, "set", QStringLiteral("services.web.environment.DEBUG"), QStringLiteral("1"))
                .contains(u"      DEBUG: \"1\"\n    depends_on:"));
    QVERIFY(apply(text, "set", QStringLiteral("services.web.ports[0]"), QStringLiteral("0.0.0.0:80:8000"))
                .contains(u"      - \"0.0.0.0:80:8000\"   # the app\n"));
    // A new key goes after its last sibling, at its indentation, before the next one's comments.
    const QString added = apply(text, "set", QStringLiteral("services.db.environment.POSTGRES_DB"), QStringLiteral("app"));
    QVERIFY2(added.contains(u"      retries: 10\n    environment:\n      POSTGRES_DB: app\n\nvolumes:"), qPrintable(added));
    // A new item goes after the last one, past the comments indented under it.
    const QString item = apply(text, "add", QStringLiteral("services.web.ports"), QStringLiteral("\"9000:9000\""));
    QVERIFY2(item.contains(u"      - 8443:443\n      - \"9000:9000\"\n\n      # after a blank line\n"), qPrintable(item));
    // Flow style stays flow.
    const QString flow = readFile(QStringLiteral(BERTH_YAML_CORPUS "/flow.yaml"));
    QVERIFY(apply(flow, "set", QStringLiteral("services.cache.ports"), QStringLiteral("[\"6379:6379\"]"))
                .contains(u"cache: {image: 'redis:7', ports: [\"6379:6379\"]}}"));
    QVERIFY(apply(flow, "add", QStringLiteral("services.web.ports"), QStringLiteral("8080:80"))
                .contains(u"ports: [\"80:80\", \"443:443\", 8080:80]"));
    QVERIFY(apply(flow, "set", QStringLiteral("networks.front.driver"), QStringLiteral("bridge"))
                .contains(u"networks: {front: {driver: bridge}, back"));
    // A value that is not plain-safe in flow is quoted there.
    QVERIFY(apply(flow, "set", QStringLiteral("services.web.environment.C"), QStringLiteral("a,b"))
                .contains(u"B: two, C: \"a,b\"}"));
}

void TestYamlEdit::unsetTakesItsOwnCommentsOnly()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    const QString after = apply(text, "unset", QStringLiteral("services.web.environment.DEBUG"));
    QVERIFY(!after.contains(u"# debug off in production"));
    QVERIFY(after.contains(u"DJANGO_SETTINGS_MODULE: mysite.settings   # settings\n    depends_on:"));
    const QString volumes = apply(text, "unset", QStringLiteral("services.db.volumes"));
    QVERIFY(!volumes.contains(u"# the data survives"));
    QVERIFY(volumes.contains(u"    image: postgres:17\n    healthcheck:"));
    const QString last = apply(text, "unset", QStringLiteral("volumes.pgdata"));
    QVERIFY2(last.endsWith(u"volumes: {}\n# a comment at the end\n"), qPrintable(last));
}

void TestYamlEdit::lineBreaksAndByteOrderMarkStay()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/bom-crlf.yaml"));
    const QString after = apply(text, "set", QStringLiteral("services.web.environment.B"), QStringLiteral("2"));
    QVERIFY(after.startsWith(QChar(0xfeff)));
    QVERIFY(after.endsWith(u"      A: \"1\"\r\n      B: 2\r\n"));
    QCOMPARE(after.count(u'\n'), after.count(QStringLiteral("\r\n")));
    const QString nested = apply(text, "set", QStringLiteral("services.web.healthcheck.test"), QStringLiteral("[CMD, 'true']"));
    QVERIFY(nested.endsWith(u"    healthcheck:\r\n      test: [CMD, 'true']\r\n"));
    const QString noFinal = readFile(QStringLiteral(BERTH_YAML_CORPUS "/no-final-newline.yaml"));
    QVERIFY(apply(noFinal, "set", QStringLiteral("services.web.restart"), QStringLiteral("always"))
                .endsWith(u"    ports: [\"80:80\"]\n    restart: always"));
}

void TestYamlEdit::aliasesAndMergesAreRefusedOrEditTheAnchor()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/anchors.yaml"));
    YamlEditResult r = edit(text, "set", QStringLiteral("services.web.restart"), QStringLiteral("always"));
    QCOMPARE(r.status, YamlEditResult::Status::Refused);
    QVERIFY2(r.message.contains(u"&app") && r.message.contains(u"services.worker"), qPrintable(r.message));
    r = edit(text, "set", QStringLiteral("services.worker.environment.DATABASE_HOST"), QStringLiteral("db2"));
    QCOMPARE(r.status, YamlEditResult::Status::Refused);
    // Through the anchor: the anchor changes, and the result names every user.
    YamlEditOptions through;
    through.throughAnchors = true;
    r = edit(text, "set", QStringLiteral("services.web.restart"), QStringLiteral("always"), through);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QStringList users;
    for (const YamlPath &p : r.alsoChanges)
        users << p.toString();
    QVERIFY2(users.contains(u"services.web.<<") && users.contains(u"services.beat.<<") && users.contains(u"services.worker.<<[0]"),
             qPrintable(users.join(u' ')));
    const QString after = apply(text, "set", QStringLiteral("services.web.restart"), QStringLiteral("always"), through);
    QVERIFY(after.contains(u"  restart: always\n\nx-logging"));
    QVERIFY(after.contains(u"restart: \"no\"   # overrides the anchor"));
    // Replacing the alias itself is not going through it.
    QVERIFY(apply(text, "set", QStringLiteral("services.web.logging"), QStringLiteral("{driver: local}"))
                .contains(u"    logging: {driver: local}\n"));
}

void TestYamlEdit::renameServiceFollowsReferences()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/envports.yaml"));
    const YamlTree tree = YamlTree::parse(text);
    const YamlEditResult r = YamlEditor(tree).renameService(QStringLiteral("db"), QStringLiteral("postgres"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QString after = applied(text, r.edits);
    QVERIFY(after.contains(u"depends_on: [postgres, cache]"));
    QVERIFY(after.contains(u"\n  postgres:\n    image: postgres:17"));
    QVERIFY(checkMeaning(text, after, r).isEmpty());
    const QString comments = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    const YamlTree ct = YamlTree::parse(comments);
    const YamlEditResult c = YamlEditor(ct).renameService(QStringLiteral("db"), QStringLiteral("database"));
    const QString renamed = applied(comments, c.edits);
    QVERIFY(renamed.contains(u"      database:\n        condition: service_healthy   # wait for Postgres"));
    QCOMPARE(YamlEditor(ct).renameService(QStringLiteral("db"), QStringLiteral("web")).status, YamlEditResult::Status::Refused);
    QCOMPARE(YamlEditor(ct).renameService(QStringLiteral("nope"), QStringLiteral("x")).status, YamlEditResult::Status::NotFound);
    QCOMPARE(YamlEditor(ct).renameService(QStringLiteral("db"), QStringLiteral("bad name")).status, YamlEditResult::Status::Invalid);
}

void TestYamlEdit::badInputIsRefusedWithAReason()
{
    const QString text = readFile(QStringLiteral(BERTH_YAML_CORPUS "/comments.yaml"));
    for (const QString &value : {QString(), QStringLiteral("a: b"), QStringLiteral("[unclosed"), QStringLiteral("|\n  block"),
                                 QStringLiteral("- item"), QStringLiteral("&anchor x")}) {
        const YamlEditResult r = edit(text, "set", QStringLiteral("services.web.restart"), value);
        QVERIFY2(r.status == YamlEditResult::Status::Invalid && !r.message.isEmpty(), qPrintable(value));
    }
    QCOMPARE(edit(text, "set", QStringLiteral("services.web.restart.x"), QStringLiteral("1")).status, YamlEditResult::Status::Invalid);
    QCOMPARE(edit(text, "unset", QStringLiteral("services.nope")).status, YamlEditResult::Status::NotFound);
    QCOMPARE(edit(text, "set", QStringLiteral("services.web.ports[7]"), QStringLiteral("1")).status, YamlEditResult::Status::NotFound);
    QVERIFY(!YamlPath::parse(QStringLiteral("a..b")));
    QVERIFY(!YamlPath::parse(QStringLiteral("a[x]")));
    QVERIFY(!YamlPath::parse(QStringLiteral("a.")));
    const YamlTree broken = YamlTree::parse(QStringLiteral("services:\n  web: [unclosed\n"));
    QVERIFY(!broken.isValid());
    QVERIFY2(broken.error().startsWith(u"line "), qPrintable(broken.error()));
}

void TestYamlEdit::randomEditsKeepEveryComment()
{
    const auto files = corpus();
    const quint32 seed = qEnvironmentVariableIsSet("BERTH_SEED") ? quint32(qEnvironmentVariableIntValue("BERTH_SEED")) : 20261205u;
    const int rounds = qEnvironmentVariableIsSet("BERTH_ROUNDS") ? qEnvironmentVariableIntValue("BERTH_ROUNDS") : 1500;
    QRandomGenerator rng(seed);
    const QStringList values = {QStringLiteral("x"), QStringLiteral("42"), QStringLiteral("\"quoted # not a comment\""),
                                QStringLiteral("'single: quoted'"), QStringLiteral("[a, b]"), QStringLiteral("{k: v}"),
                                QStringLiteral("caf\u00e9"), QStringLiteral("\"tab\\there\""), QStringLiteral("null"),
                                QStringLiteral("\"\""), QStringLiteral("0.0.0.0:80:80"), QStringLiteral("a,b")};
    const QStringList keys = {QStringLiteral("NEW"), QStringLiteral("\"with space\""), QStringLiteral("\"dotted.key\""),
                              QStringLiteral("x-new")};
    int made = 0, declined = 0;
    for (int round = 0; round < rounds; ++round) {
        QString text = files.at(rng.bounded(int(files.size()))).second;
        for (int step = 0; step < 4; ++step) {
            const YamlTree tree = YamlTree::parse(text);
            QVERIFY2(tree.isValid(), qPrintable(QStringLiteral("seed %1 round %2: %3\n%4").arg(seed).arg(round).arg(tree.error(), text)));
            const QList<PathInfo> all = paths(tree);
            if (all.isEmpty())
                break;
            const PathInfo &p = all.at(rng.bounded(int(all.size())));
            const int op = rng.bounded(4);
            const QString value = values.at(rng.bounded(int(values.size())));
            YamlEditOptions options;
            options.throughAnchors = rng.bounded(2) == 1;
            const YamlEditor editor(tree, options);
            const bool scalarTarget = p.node >= 0 && tree.node(p.node).kind == YamlTree::Kind::Scalar;
            YamlEditResult r;
            QString what;
            if (op == 0) {
                r = editor.set(p.path, value);
                what = QStringLiteral("set ");
            } else if (op == 1) {
                r = editor.add(p.path, value);
                what = QStringLiteral("add ");
            } else if (op == 2) {
                r = editor.unset(p.path);
                what = QStringLiteral("unset ");
            } else {
                const auto path = YamlPath::parse(p.path.toString() + u'.' + keys.at(rng.bounded(int(keys.size()))));
                r = editor.set(*path, value);
                what = QStringLiteral("set-new ");
            }
            what += p.path.toString() + u' ' + value;
            const QString context = QStringLiteral("seed %1 round %2: %3").arg(seed).arg(round).arg(what);
            if (!r.ok()) {
                QVERIFY2(!r.message.isEmpty(), qPrintable(context));
                ++declined;
                continue;
            }
            const QString after = applied(text, r.edits);
            const QString meaning = checkMeaning(text, after, r);
            QVERIFY2(meaning.isEmpty(), qPrintable(context + u'\n' + meaning + u'\n' + text + u"\n---\n" + after));
            // Every comment outside the replaced spans is where it was, shifted by the edits before it.
            const bool mayDropComments = op == 2 || (op == 0 && !scalarTarget);
            for (const auto &[start, end] : comments(tree)) {
                qsizetype shift = 0;
                bool inside = false;
                for (const TextEdit &e : r.edits) {
                    if (e.end <= start)
                        shift += e.text.size() - (e.end - e.start);
                    else if (e.start < end && e.end > start)
                        inside = true;
                }
                if (inside) {
                    QVERIFY2(mayDropComments, qPrintable(context + QStringLiteral(": the edit took a comment\n") + after));
                    continue;
                }
                QVERIFY2(after.mid(start + shift, end - start) == text.mid(start, end - start),
                         qPrintable(context + QStringLiteral(": lost ") + text.mid(start, end - start) + u'\n' + after));
            }
            text = after;
            ++made;
        }
    }
    qInfo("seed %u: %d edits made and checked, %d declined with a reason", seed, made, declined);
    QVERIFY(made > rounds);
}

QTEST_GUILESS_MAIN(TestYamlEdit)
#include "tst_yamledit.moc"
