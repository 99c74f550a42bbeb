// Text files read and written back in their own format: every byte outside an edit stays.
#include "core/textfile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Berth::TextFormat;

class TestTextFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detects_data();
    void detects();
    void randomBytesComeBackAsTheyWere();
    void anEditChangesOnlyItsBytes();
    void refusesWhatTheEncodingCannotHold();
};

void TestTextFile::detects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QString>("text");
    using E = TextFormat::Encoding;
    QTest::newRow("empty") << QByteArray() << int(E::Utf8) << false << false << QString();
    QTest::newRow("utf-8") << QByteArray("a: caf\xC3\xA9\n") << int(E::Utf8) << false << false << u"a: caf\u00e9\n"_s;
    QTest::newRow("utf-8, bom, crlf") << QByteArray("\xEF\xBB\xBF" "a\r\nb\r\n") << int(E::Utf8) << true << true << u"a\nb\n"_s;
    QTest::newRow("mostly crlf") << QByteArray("a\r\nb\r\nc\n") << int(E::Utf8) << false << true << u"a\nb\nc\n"_s;
    QTest::newRow("mostly lf: the CR stays") << QByteArray("a\r\nb\nc\n") << int(E::Utf8) << false << false << u"a\r\nb\nc\n"_s;
    QTest::newRow("latin-1") << QByteArray("caf\xE9\n") << int(E::Latin1) << false << false << u"caf\u00e9\n"_s;
    QTest::newRow("cut utf-8 sequence") << QByteArray("a\xC3") << int(E::Latin1) << false << false << u"a\u00c3"_s;
    QTest::newRow("utf-8 bom, then not utf-8") << QByteArray("\xEF\xBB\xBF\xFF") << int(E::Latin1) << false << false
                                                << u"\u00ef\u00bb\u00bf\u00ff"_s;
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFE" "a\0\r\0\n\0", 8) << int(E::Utf16LE) << true << true << u"a\n"_s;
    QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0a\0\n", 6) << int(E::Utf16BE) << true << false << u"a\n"_s;
    QTest::newRow("utf-32 le") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << int(E::Utf32LE) << true << false << u"a"_s;
    QTest::newRow("utf-16 le, odd length: latin-1") << QByteArray("\xFF\xFE" "a", 3) << int(E::Latin1) << false << false
                                                    << u"\u00ff\u00fea"_s;
}

void TestTextFile::detects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QFETCH(QString, text);
    const Berth::DecodedText decoded = Berth::decodeText(bytes);
    QCOMPARE(int(decoded.format.encoding), encoding);
    QCOMPARE(decoded.format.byteOrderMark, bom);
    QCOMPARE(decoded.format.crlf, crlf);
    QCOMPARE(decoded.text, text);
    // Back to the same bytes, except a mixed file made CRLF throughout.
    QByteArray again;
    QString error;
    QVERIFY2(Berth::encodeText(decoded.text, decoded.format, &again, &error), qPrintable(error));
    if (QByteArray(QTest::currentDataTag()) == "mostly crlf")
        QCOMPARE(again, QByteArray("a\r\nb\r\nc\r\n"));
    else
        QCOMPARE(again, bytes);
}

// Any bytes whose line breaks are all CRLF or none: read and written back, the same bytes.
void TestTextFile::randomBytesComeBackAsTheyWere()
{
    const quint32 seed = qEnvironmentVariableIsSet("BERTH_SEED") ? qEnvironmentVariableIntValue("BERTH_SEED") : 20261205;
    QRandomGenerator random(seed);
    int latin1 = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int length = random.bounded(64);
        const bool crlf = random.bounded(2);
        for (int i = 0; i < length; ++i) {
            char c = char(random.bounded(256));
            if (c == '\r')
                continue;
            if (c == '\n' && crlf)
                bytes.append('\r');
            bytes.append(c);
        }
        const Berth::DecodedText decoded = Berth::decodeText(bytes);
        latin1 += decoded.format.encoding == TextFormat::Encoding::Latin1;
        QByteArray again;
        QString error;
        QVERIFY2(Berth::encodeText(decoded.text, decoded.format, &again, &error), qPrintable(error));
        QVERIFY2(again == bytes, qPrintable(u"seed %1, round %2: %3"_s.arg(seed).arg(round).arg(QString::fromLatin1(bytes.toHex()))));
    }
    QVERIFY(latin1 > 100); // the random bytes were mostly not UTF-8: the fallback was tried
}

// An ASCII insertion anywhere in a Latin-1 or UTF-16 file: the bytes before and after it stay.
void TestTextFile::anEditChangesOnlyItsBytes()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        QByteArray bytes;
        for (int i = 0; i < 40; ++i)
            bytes.append(char(0x80 + random.bounded(0x80))); // never valid UTF-8 this way
        bytes.insert(random.bounded(bytes.size()), "\n");
        const Berth::DecodedText decoded = Berth::decodeText(bytes);
        QCOMPARE(decoded.format.encoding, TextFormat::Encoding::Latin1);
        const qsizetype at = random.bounded(decoded.text.size() + 1);
        QString text = decoded.text;
        text.insert(at, u"DEBUG=1"_s);
        QByteArray saved;
        QVERIFY(Berth::encodeText(text, decoded.format, &saved, nullptr));
        QCOMPARE(saved, QByteArray(bytes).insert(at, "DEBUG=1"));
    }
}

void TestTextFile::refusesWhatTheEncodingCannotHold()
{
    TextFormat latin1;
    latin1.encoding = TextFormat::Encoding::Latin1;
    QByteArray bytes("untouched");
    QString error;
    QVERIFY(!Berth::encodeText(u"a\nprice: 5 \u20ac\n"_s, latin1, &bytes, &error));
    QCOMPARE(bytes, QByteArray("untouched"));
    QVERIFY2(error.contains(u"line 2") && error.contains(u"\u20ac") && error.contains(u"ISO 8859-1"), qPrintable(error));
    // A character outside the BMP: both halves named.
    QVERIFY(!Berth::encodeText(u"\U0001F600"_s, latin1, &bytes, &error));
    QVERIFY2(error.contains(u"\U0001F600"_s), qPrintable(error));
    // UTF-8 holds everything except a lone surrogate half.
    QVERIFY(Berth::encodeText(u"\u20ac \U0001F600"_s, TextFormat(), &bytes, &error));
    QCOMPARE(bytes, QByteArray("\xE2\x82\xAC \xF0\x9F\x98\x80"));
    QVERIFY(!Berth::encodeText(QString(QChar(0xD800)), TextFormat(), &bytes, &error));
}

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
