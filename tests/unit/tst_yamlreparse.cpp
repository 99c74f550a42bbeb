// YamlReparser, which keeps tree-sitter's syntax tree between texts and re-parses only around
// a change, on the corpus of tst_yamledit (tests/unit/yaml-corpus, each file also with CRLF and
// with a byte-order mark): after every one of hundreds of seeded random edits (multi-byte
// characters, surrogate pairs, line breaks of both kinds, YAML's indicators; now and then
// several edits between two parses, or the byte-order mark coming or going), the index is
// exactly the one a full parse of the same text gives.
#include "yamltesthelpers.h"

#include "config/yamlreparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth::Config;
using namespace YamlTest;

namespace {

// Every field of every node, so two trees compare equal only when they are the same index.
QString describe(const YamlTree &t)
{
    QString out = u"error=%1 at %2:%3 root=%4\n"_s.arg(t.error()).arg(t.errorLine()).arg(t.errorColumn()).arg(t.root());
    for (int i = 0; i < t.nodeCount(); ++i) {
        const YamlTree::Node &n = t.node(i);
        out += u"%1: kind=%2 style=%3 [%4,%5) props=[%6,%7) blockEnd=%8 &%9 *%10 !%11 parent=%12/%13\n"_s
                   .arg(i).arg(int(n.kind)).arg(int(n.style)).arg(n.start).arg(n.end).arg(n.propertiesStart)
                   .arg(n.propertiesEnd).arg(n.blockEnd).arg(n.anchor, n.aliasOf, n.tag).arg(n.parent).arg(n.entryInParent);
        for (const YamlTree::Entry &e : n.entries)
            out += u"  entry [%1,%2) key=%3 value=%4 after=%5\n"_s.arg(e.start).arg(e.end).arg(e.key).arg(e.value).arg(e.afterIndicator);
    }
    return out;
}

const QStringList pieces = {
    u""_s, u"a"_s, u"x1"_s, u" "_s, u"  "_s, u":"_s, u": "_s, u"- "_s, u"-"_s, u"#"_s, u" # note"_s,
    u"\n"_s, u"\r\n"_s, u"\n  "_s, u"\n    - "_s, u"\n  key: value"_s, u"é"_s, u"ü€"_s,
    u"\U0001F600"_s, u"中文"_s, u"'"_s, u"\""_s, u"["_s, u"]"_s, u"{"_s, u"}"_s, u","_s, u"&a "_s,
    u"*a"_s, u"|\n"_s, u"\t"_s, u"key: value\n"_s, u"\n\n"_s,
};

// A position that does not fall between the two halves of a surrogate pair.
qsizetype boundary(const QString &text, qsizetype position)
{
    if (position > 0 && position < text.size() && text.at(position).isLowSurrogate())
        --position;
    return position;
}

QString randomEdit(const QString &text, QRandomGenerator &rng)
{
    if (rng.bounded(40) == 0) // the byte-order mark comes or goes
        return text.startsWith(QChar(0xfeff)) ? text.mid(1) : QChar(0xfeff) + text;
    const qsizetype start = boundary(text, qsizetype(rng.bounded(int(text.size()) + 1)));
    qsizetype end = start;
    const int kind = rng.bounded(10);
    if (kind < 4)
        end = boundary(text, qMin(text.size(), start + qsizetype(rng.bounded(8))));
    else if (kind == 4) // a whole line, with its line break
        end = qMin(text.size(), text.indexOf(u'\n', start) < 0 ? text.size() : text.indexOf(u'\n', start) + 1);
    const QString inserted = kind == 4 ? QString() : pieces.at(rng.bounded(int(pieces.size())));
    QString after = text;
    after.replace(start, end - start, inserted);
    return after;
}

} // namespace

class TestYamlReparse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomEditsGiveTheFullParsesIndex_data();
    void randomEditsGiveTheFullParsesIndex();
    void sameTextIsNotParsedAgain();
};

void TestYamlReparse::randomEditsGiveTheFullParsesIndex_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : corpus())
        QTest::newRow(qPrintable(name)) << text;
}

void TestYamlReparse::randomEditsGiveTheFullParsesIndex()
{
    QFETCH(QString, text);
    // Seeded from the row's name with a checksum, not qHash: qHash mixes in a per-process seed, so
    // every run walked other edits (and one in a few took too few incremental steps).
    QRandomGenerator rng(quint32(qChecksum(QByteArrayView(QTest::currentDataTag()))) * 1913u);
    YamlReparser reparser;
    QCOMPARE(describe(reparser.parse(text)), describe(YamlTree::parse(text)));
    int valid = 0, incremental = 0, invalidRun = 0;
    QString lastValid = text;
    constexpr int edits = 300;
    for (int step = 0; step < edits; ++step) {
        QString next = randomEdit(text, rng);
        if (rng.bounded(5) == 0) // several keystrokes between two parses
            for (int more = rng.bounded(1, 4); more > 0; --more)
                next = randomEdit(next, rng);
        const YamlTree full = YamlTree::parse(next);
        const YamlTree kept = reparser.parse(next);
        if (kept.isValid() && reparser.lastWasIncremental())
            ++incremental;
        const QString want = describe(full);
        const QString got = describe(kept);
        if (got != want) {
            qWarning().noquote() << "before:\n" << text << "\nafter:\n" << next;
            QCOMPARE(got, want);
        }
        if (full.isValid()) {
            ++valid;
            text = lastValid = next;
            invalidRun = 0;
            continue;
        }
        // Most random edits break the document; a few more edits on a broken text, then back to
        // the last valid one (an edit of its own), so the walk goes on over valid trees too.
        if (invalidRun < 3 && rng.bounded(3) == 0) {
            text = next;
            ++invalidRun;
            continue;
        }
        QCOMPARE(describe(reparser.parse(lastValid)), describe(YamlTree::parse(lastValid)));
        text = lastValid;
        invalidRun = 0;
    }
    // The test is worth something only if it went through valid trees, re-parsed incrementally.
    QVERIFY2(valid >= edits / 10, qPrintable(QString::number(valid)));
    QVERIFY2(incremental >= edits / 10, qPrintable(QString::number(incremental)));
    qDebug("%d of %d edits valid, %d of them re-parsed incrementally", valid, edits, incremental);
}

void TestYamlReparse::sameTextIsNotParsedAgain()
{
    YamlReparser reparser;
    const QString text = u"services:\n  web:\n    image: nginx  # the proxy\n"_s;
    const YamlTree first = reparser.parse(text);
    QVERIFY(first.isValid());
    QVERIFY(!reparser.lastWasIncremental());
    QCOMPARE(describe(reparser.parse(QString(text))), describe(first));
    QVERIFY(reparser.lastWasIncremental());
    const QString edited = QString(text).replace(u"nginx "_s, u"nginx:1.27 "_s);
    const YamlTree tree = reparser.parse(edited);
    QVERIFY(reparser.lastWasIncremental());
    QString image;
    QVERIFY(YamlEditor(tree).get(*YamlPath::parse(u"services.web.image"_s), &image).ok());
    QCOMPARE(image, u"nginx:1.27");
}

QTEST_GUILESS_MAIN(TestYamlReparse)
#include "tst_yamlreparse.moc"
