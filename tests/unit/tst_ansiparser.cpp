#include "logs/ansiparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

class TestAnsiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainText();
    void basicColour();
    void boldAndBright();
    void palette256AndTrueColour();
    void styleCarriesAcrossLines();
    void nonSgrSequencesDropped_data();
    void nonSgrSequencesDropped();
    void malformedSequenceDoesNotEatText();
    void noRichText();
    void paletteValues();
};

void TestAnsiParser::plainText()
{
    AnsiParser parser;
    const auto result = parser.parse(u"hello world");
    QCOMPARE(result.text, u"hello world"_s);
    QVERIFY(result.spans.isEmpty());
}

void TestAnsiParser::basicColour()
{
    AnsiParser parser;
    const auto result = parser.parse(u"a \x1b[31mred\x1b[0m b");
    QCOMPARE(result.text, u"a red b"_s);
    QCOMPARE(result.spans.size(), 1);
    QCOMPARE(result.spans.at(0).start, 2);
    QCOMPARE(result.spans.at(0).length, 3);
    QCOMPARE(result.spans.at(0).foreground, 1);
    QCOMPARE(result.spans.at(0).background, -1);
}

void TestAnsiParser::boldAndBright()
{
    AnsiParser parser;
    const auto result = parser.parse(u"\x1b[1;92mOK\x1b[22m done\x1b[m");
    QCOMPARE(result.text, u"OK done"_s);
    QCOMPARE(result.spans.size(), 2);
    QVERIFY(result.spans.at(0).bold);
    QCOMPARE(result.spans.at(0).foreground, 10);
    QVERIFY(!result.spans.at(1).bold);
    QCOMPARE(result.spans.at(1).foreground, 10);
    QCOMPARE(result.spans.at(1).start, 2);
    QCOMPARE(result.spans.at(1).length, 5);
}

void TestAnsiParser::palette256AndTrueColour()
{
    AnsiParser parser;
    const auto result = parser.parse(u"\x1b[38;5;208mo\x1b[48;2;1;2;3mt\x1b[0m");
    QCOMPARE(result.text, u"ot"_s);
    QCOMPARE(result.spans.size(), 2);
    QCOMPARE(result.spans.at(0).foreground, 208);
    QCOMPARE(result.spans.at(1).foreground, 208);
    QCOMPARE(result.spans.at(1).background, AnsiParser::trueColourFlag | 0x010203);
    QCOMPARE(AnsiParser::rgb(result.spans.at(1).background, 0), 0x010203u);
}

void TestAnsiParser::styleCarriesAcrossLines()
{
    AnsiParser parser;
    QCOMPARE(parser.parse(u"\x1b[33mfirst").spans.size(), 1);
    const auto second = parser.parse(u"second\x1b[0m third");
    QCOMPARE(second.text, u"second third"_s);
    QCOMPARE(second.spans.size(), 1);
    QCOMPARE(second.spans.at(0).foreground, 3);
    QCOMPARE(second.spans.at(0).length, 6);
}

void TestAnsiParser::nonSgrSequencesDropped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("erase line") << u"\x1b[2Kweb"_s << u"web"_s;
    QTest::newRow("cursor movement") << u"a\x1b[10;20Hb\x1b[?25lc"_s << u"abc"_s;
    QTest::newRow("window title (OSC, BEL)") << u"\x1b]0;title\x07x"_s << u"x"_s;
    QTest::newRow("hyperlink (OSC, ST)") << u"\x1b]8;;http://e.org\x1b\\link\x1b]8;;\x1b\\"_s << u"link"_s;
    QTest::newRow("charset") << u"\x1b(Bz"_s << u"z"_s;
    QTest::newRow("control characters") << u"a\rb\ac\td"_s << u"abc\td"_s;
}

void TestAnsiParser::nonSgrSequencesDropped()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QCOMPARE(AnsiParser::strip(input), text);
}

void TestAnsiParser::malformedSequenceDoesNotEatText()
{
    AnsiParser parser;
    QCOMPARE(parser.parse(u"x\x1b[38;9mafter").text, u"xafter"_s);
    QCOMPARE(parser.parse(u"trailing \x1b").text, u"trailing "_s);
    QCOMPARE(parser.parse(u"open \x1b[").text, u"open "_s);
}

void TestAnsiParser::noRichText()
{
    // Markup in a log line is text, not formatting.
    QCOMPARE(AnsiParser::strip(u"<b>not bold</b> &amp;"), u"<b>not bold</b> &amp;"_s);
}

void TestAnsiParser::paletteValues()
{
    QCOMPARE(AnsiParser::rgb(-1, 0xabcdef), 0xabcdefu);
    QCOMPARE(AnsiParser::rgb(1, 0), 0xcd0000u);
    QCOMPARE(AnsiParser::rgb(16, 0), 0x000000u);
    QCOMPARE(AnsiParser::rgb(231, 0), 0xffffffu);
    QCOMPARE(AnsiParser::rgb(232, 0), 0x080808u);
}

QTEST_GUILESS_MAIN(TestAnsiParser)
#include "tst_ansiparser.moc"
