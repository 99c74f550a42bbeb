// Compose's messages taken apart and put on their lines, YAML syntax errors, and the problems
// model. Every stderr text here was printed by the real `docker compose config` (Compose
// 2.26.1, the build root's docker-compose package) for the text beside it, read from stdin
// (`-f -`) as DocumentValidator runs it; tst_composevalidation runs the binary itself.
#include "validation/composemessages.h"
#include "validation/pathlines.h"
#include "validation/problemmodel.h"
#include "validation/syntaxcheck.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace Berth::Validation;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsComposePaths_data();
    void splitsComposePaths();
    void findsPathLines_data();
    void findsPathLines();
    void parsesComposeOutput();
    void locatesComposeMessages_data();
    void locatesComposeMessages();
    void messageAboutAnotherFileStaysOnTheFile();
    void yamlSyntaxErrors_data();
    void yamlSyntaxErrors();
    void modelReplacesOneFilesRows();
};

void TestValidation::splitsComposePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("dots") << u"services.web.ports.0"_s << QStringList{u"services"_s, u"web"_s, u"ports"_s, u"0"_s};
    QTest::newRow("root") << u"(root)"_s << QStringList{};
    QTest::newRow("any item") << u"services.web.ports.[].target"_s
                              << QStringList{u"services"_s, u"web"_s, u"ports"_s, u"[]"_s, u"target"_s};
    QTest::newRow("decoding brackets") << u"services[web].healthcheck.interval"_s
                                       << QStringList{u"services"_s, u"web"_s, u"healthcheck"_s, u"interval"_s};
}

void TestValidation::splitsComposePaths()
{
    QFETCH(QString, path);
    QFETCH(QStringList, segments);
    QCOMPARE(splitComposePath(path), segments);
}

static const QString composeText = uR"(# a comment
services:
  web:
    image: nginx
    labels:
      com.example.tier: front
    ports:
      - "80:80"
      - target: 8000
        published: 8080
    depends_on: [db, cache]
  db:
    image: postgres
)"_s;

void TestValidation::findsPathLines_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("complete");
    QTest::newRow("service") << u"services.web"_s << 3 << 3 << true;
    QTest::newRow("key") << u"services.db.image"_s << 13 << 5 << true;
    QTest::newRow("item") << u"services.web.ports.1"_s << 9 << 9 << true;
    QTest::newRow("key in item") << u"services.web.ports.1.published"_s << 10 << 9 << true;
    QTest::newRow("any item with the key") << u"services.web.ports.[].target"_s << 9 << 9 << true;
    QTest::newRow("dotted key") << u"services.web.labels.com.example.tier"_s << 6 << 7 << true;
    QTest::newRow("name in a list") << u"services.web.depends_on.cache"_s << 11 << 22 << true;
    QTest::newRow("missing key: deepest found") << u"services.web.healthcheck.test"_s << 3 << 3 << false;
    QTest::newRow("item past the end") << u"services.web.ports.5"_s << 7 << 5 << false;
    QTest::newRow("nothing") << u"secrets.x"_s << 0 << 0 << false;
}

void TestValidation::findsPathLines()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, complete);
    const QStringList segments = splitComposePath(path);
    const PathPosition at = positionOfPath(composeText, segments);
    QCOMPARE(at.line, line);
    QCOMPARE(at.column, column);
    QCOMPARE(at.isComplete(segments), complete);
}

void TestValidation::parsesComposeOutput()
{
    // Two warnings and an error in one run, as Compose writes them without a terminal.
    const QString err = uR"(time="2026-12-05T06:01:42Z" level=warning msg="The \"TAG\" variable is not set. Defaulting to a blank string."
time="2026-12-05T06:01:42Z" level=warning msg="-: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"
validating -: (root) Additional property bar is not allowed
)"_s;
    const QList<ComposeMessage> messages = parseComposeOutput(err);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0].severity, FileProblem::Severity::Warning);
    QCOMPARE(messages[0].text, u"The \"TAG\" variable is not set. Defaulting to a blank string."_s);
    QCOMPARE(messages[0].search, u"TAG"_s);
    QVERIFY(messages[0].searchVariable);
    QCOMPARE(messages[1].file, u"-"_s);
    QCOMPARE(messages[1].path, QStringList{u"version"_s});
    QCOMPARE(messages[2].severity, FileProblem::Severity::Error);
    QCOMPARE(messages[2].file, u"-"_s);
    QCOMPARE(messages[2].path, QStringList{u"bar"_s});
    QCOMPARE(messages[2].text, u"(root) Additional property bar is not allowed"_s);
    QVERIFY(messages[2].message().contains(u"spelling of “bar”"_s));

    // The same warning on a terminal; info lines are not problems.
    const QList<ComposeMessage> tty = parseComposeOutput(
        u"WARN[0000] The \"TAG\" variable is not set. Defaulting to a blank string. \nINFO[0000] whatever\n"_s);
    QCOMPARE(tty.size(), 1);
    QCOMPARE(tty[0].severity, FileProblem::Severity::Warning);
    QCOMPARE(tty[0].search, u"TAG"_s);

    // Blocks: one message per line under the heading.
    const QList<ComposeMessage> dup = parseComposeOutput(
        u"yaml: unmarshal errors:\n  line 4: mapping key \"image\" already defined at line 3\n"_s);
    QCOMPARE(dup.size(), 1);
    QCOMPARE(dup[0].line, 4);
    QCOMPARE(dup[0].text, u"line 4: mapping key \"image\" already defined at line 3"_s);
}

void TestValidation::locatesComposeMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("standardError");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");

    const QString head = u"services:\n  web:\n    image: nginx\n"_s;
    QTest::newRow("unknown key") << head + u"    ports:\n      - \"80:80\"\n    foo: bar\n"_s
                                 << u"validating -: services.web Additional property foo is not allowed\n"_s << 6
                                 << u"services.web Additional property foo is not allowed"_s;
    QTest::newRow("wrong type") << head + u"    ports: \"abc\"\n"_s
                                << u"validating -: services.web.ports must be a list\n"_s << 4
                                << u"services.web.ports must be a list"_s;
    QTest::newRow("path said twice")
        << head + u"    depends_on:\n      db:\n        condition: service_maybe\n  db:\n    image: postgres\n"_s
        << u"validating -: services.web.depends_on.db.condition services.web.depends_on.db.condition must be one of the following: \"service_started\", \"service_healthy\", \"service_completed_successfully\"\n"_s
        << 6 << u"services.web.depends_on.db.condition must be one of the following"_s;
    QTest::newRow("unknown key in an item")
        << head + u"    volumes:\n      - type: bind\n        sourc: /x\n        target: /y\n"_s
        << u"validating -: services.web.volumes.0 Additional property sourc is not allowed\n"_s << 6
        << u"Additional property sourc"_s;
    QTest::newRow("duplicate key") << head + u"    image: redis\n"_s
                                   << u"yaml: unmarshal errors:\n  line 4: mapping key \"image\" already defined at line 3\n"_s
                                   << 4 << u"already defined at line 3"_s;
    QTest::newRow("undefined service") << head + u"    depends_on:\n      - db\n"_s
                                       << u"service \"web\" depends on undefined service \"db\": invalid compose project\n"_s
                                       << 5 << u"depends on undefined service"_s;
    QTest::newRow("interpolation") << head + u"    ports:\n      - \"80:80\"\n      - published: 8080\n        target: abc\n"_s
                                   << u"error while interpolating services.web.ports.[].target: failed to cast to expected type: strconv.Atoi: parsing \"abc\": invalid syntax\n"_s
                                   << 7 << u"strconv.Atoi"_s;
    QTest::newRow("decoding") << head + u"    healthcheck:\n      interval: banana\n      test: [\"CMD\", \"true\"]\n"_s
                              << u"decoding failed due to the following error(s):\n\nerror decoding 'services[web].healthcheck.interval': time: invalid duration \"banana\"\n"_s
                              << 5 << u"invalid duration"_s;
    QTest::newRow("conflicting volume") << head + u"volumes:\n  data:\n    external: true\n    driver: local\n"_s
                                        << u"volumes.data: conflicting parameters \"external\" and \"driver\" specified\n"_s << 5
                                        << u"conflicting parameters"_s;
    QTest::newRow("extends") << u"services:\n  web:\n    build: .\n    extends:\n      service: nothere\n"_s
                             << u"cannot extend service \"web\" in -: service \"nothere\" not found\n"_s << 4
                             << u"cannot extend service"_s;
    QTest::newRow("variable") << u"services:\n  web:\n    image: nginx:${TAG}\n"_s
                              << u"time=\"2026-12-05T06:01:36Z\" level=warning msg=\"The \\\"TAG\\\" variable is not set. Defaulting to a blank string.\"\n"_s
                              << 3 << u"${TAG:-value}"_s;
    QTest::newRow("no position: the file") << head + u"    ports:\n      - \"80:80:80:90\"\n"_s
                                           << u"Invalid ip address 80:80: address 80:80:: too many colons in address\n"_s
                                           << 0 << u"too many colons"_s;
}

void TestValidation::locatesComposeMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, standardError);
    QFETCH(int, line);
    QFETCH(QString, words);
    const FileProblems problems = locateComposeMessages(parseComposeOutput(standardError), u"/p/compose.yaml"_s, text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].file, u"/p/compose.yaml"_s);
    QCOMPARE(problems[0].line, line);
    QVERIFY2(problems[0].message.contains(words), qPrintable(problems[0].message));
}

void TestValidation::messageAboutAnotherFileStaysOnTheFile()
{
    const FileProblems problems = locateComposeMessages(
        parseComposeOutput(u"validating /p/docker-compose.override.yml: services.web Additional property foo is not allowed\n"_s),
        u"/p/docker-compose.yml"_s, u"services:\n  web:\n    foo: 1\n"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].line, 0);
    QVERIFY(problems[0].message.startsWith(u"In docker-compose.override.yml: "_s));
}

void TestValidation::yamlSyntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("fine") << u"services:\n  web:\n    image: nginx\n"_s << -1 << -1;
    QTest::newRow("bad indentation") << u"services:\n  web:\n    image: nginx\n   ports:\n      - 80\n"_s << 4 << 4;
    QTest::newRow("unclosed flow") << u"services:\n  web:\n    image: [nginx\n"_s << 4 << 1;
    QTest::newRow("tab") << u"services:\n  web:\n    image: x\n\tbuild: .\n"_s << 4 << 1;
    QTest::newRow("second document") << u"a: 1\n---\nb: [\n"_s << 4 << 1;
}

void TestValidation::yamlSyntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto problem = yamlSyntaxProblem(u"/p/compose.yaml"_s, text);
    if (line < 0) {
        QVERIFY(!problem);
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QCOMPARE(problem->severity, FileProblem::Severity::Error);
    QVERIFY(problem->message.startsWith(u"YAML syntax error: "_s));
}

void TestValidation::modelReplacesOneFilesRows()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FileProblem a1{u"/p/a.yml"_s, 3, 1, FileProblem::Severity::Error, u"one"_s};
    const FileProblem a2{u"/p/a.yml"_s, 9, 0, FileProblem::Severity::Warning, u"two"_s};
    const FileProblem b1{u"/p/b.yml"_s, 1, 1, FileProblem::Severity::Error, u"three"_s};
    model.setProblems(u"/p/a.yml"_s, {a1, a2});
    model.setProblems(u"/p/b.yml"_s, {b1});
    QCOMPARE(model.rowCount(), 3);
    QPersistentModelIndex bRow = model.index(2, ProblemModel::MessageColumn);

    int resets = 0;
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&resets] { ++resets; });
    model.setProblems(u"/p/a.yml"_s, {a1, a2}); // unchanged: no rows touched
    QCOMPARE(resets, 0);

    model.setProblems(u"/p/a.yml"_s, {a2});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProblemModel::MessageColumn).data().toString(), u"two"_s);
    QCOMPARE(model.index(0, ProblemModel::LineColumn).data().toInt(), 9);
    QCOMPARE(model.index(0, 0).data(ProblemModel::SeverityRole).toInt(), int(FileProblem::Severity::Warning));
    QVERIFY(bRow.isValid());
    QCOMPARE(bRow.row(), 1);
    QCOMPARE(bRow.data(ProblemModel::FileRole).toString(), u"/p/b.yml"_s);

    model.removeFile(u"/p/a.yml"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(bRow.row(), 0);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
