#include "cli/cli.h"
#include "cli/guioptions.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlessDetection_data();
    void headlessDetection();
    void versionNamesLibraries();
    void helpListsOptions();
    void unknownCommandIsUsageError();
};

void TestCli::headlessDetection_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("no arguments: window") << QStringList{u"berth"_s} << false;
    QTest::newRow("--help") << QStringList{u"berth"_s, u"--help"_s} << true;
    QTest::newRow("-h") << QStringList{u"berth"_s, u"-h"_s} << true;
    QTest::newRow("--version") << QStringList{u"berth"_s, u"--version"_s} << true;
    QTest::newRow("-v") << QStringList{u"berth"_s, u"-v"_s} << true;
    QTest::newRow("project folder: window") << QStringList{u"berth"_s, u"/tmp"_s} << false;
    QTest::newRow("--self-test: window") << QStringList{u"berth"_s, u"--self-test"_s} << false;
}

void TestCli::headlessDetection()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(Berth::Cli::isHeadless(arguments), headless);
}

void TestCli::versionNamesLibraries()
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = Berth::Cli::run({u"berth"_s, u"--version"_s}, o, e, {u"Extra 1.2"_s});
    o.flush();
    QCOMPARE(code, int(Berth::Cli::Ok));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("berth "_L1));
    QCOMPARE(lines.at(1), u"Qt "_s + QString::fromLatin1(qVersion()));
    QVERIFY2(lines.at(2).contains(QRegularExpression(u"^yaml-cpp \\d+\\.\\d+\\.\\d+$"_s)), qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), u"Extra 1.2"_s);
    QVERIFY(err.isEmpty());
}

void TestCli::helpListsOptions()
{
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(Berth::Cli::run({u"berth"_s, u"--help"_s}, o, e), int(Berth::Cli::Ok));
    o.flush();
    for (const char *option : {"--help", "--version", "--self-test", "--screenshot"})
        QVERIFY2(out.contains(QLatin1StringView(option)), option);
    // The window's options are the ones main() parses: each one not hidden is in the help.
    const Berth::Cli::GuiOptions gui;
    for (const QCommandLineOption &option : gui.all()) {
        const QString name = u"--"_s + option.names().constFirst();
        const bool hidden = option.flags().testFlag(QCommandLineOption::HiddenFromHelp);
        QVERIFY2(out.contains(name + u' ') != hidden, qPrintable(name));
    }
    QVERIFY(out.contains("--screenshot-prefix PREFIX"_L1));
}

void TestCli::unknownCommandIsUsageError()
{
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(Berth::Cli::run({u"berth"_s, u"frobnicate"_s}, o, e), int(Berth::Cli::UsageError));
    e.flush();
    QVERIFY(err.contains("unknown command 'frobnicate'"_L1));
    QVERIFY(err.endsWith(u'\n'));
    QCOMPARE(err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
