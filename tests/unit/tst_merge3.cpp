#include "generate/merge3.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Berth;

namespace {

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray out;
    for (const char *l : list)
        out += QByteArray(l) + '\n';
    return out;
}

} // namespace

class TestMerge3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanMerges_data();
    void cleanMerges();
    void conflicts_data();
    void conflicts();
    void conflictCarriesTheThreeVersions();
    void crlfIsKept();
    void splitKeepsEndings();
    void conflictsTextShowsOnlyTheRegion();
    void randomEditsMerge();
};

void TestMerge3::cleanMerges_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("merged");

    const QByteArray base = lines({"a", "b", "c", "d", "e"});
    QTest::newRow("only ours changed") << base << lines({"a", "B", "c", "d", "e"}) << base
                                       << lines({"a", "B", "c", "d", "e"});
    QTest::newRow("only theirs changed") << base << base << lines({"a", "b", "c", "D", "e"})
                                         << lines({"a", "b", "c", "D", "e"});
    QTest::newRow("apart") << base << lines({"a", "B", "c", "d", "e"}) << lines({"a", "b", "c", "D", "e"})
                           << lines({"a", "B", "c", "D", "e"});
    QTest::newRow("same change on both sides") << base << lines({"a", "X", "c", "d", "e"})
                                               << lines({"a", "X", "c", "d", "e"}) << lines({"a", "X", "c", "d", "e"});
    QTest::newRow("same insertion on both sides") << base << lines({"a", "b", "new", "c", "d", "e"})
                                                  << lines({"a", "b", "new", "c", "d", "e"})
                                                  << lines({"a", "b", "new", "c", "d", "e"});
    QTest::newRow("comment added, value changed") << lines({"[uwsgi]", "http = :8000", "processes = 4"})
                                                  << lines({"[uwsgi]", "http = :8000", "processes = 4", "# mine"})
                                                  << lines({"[uwsgi]", "http = :9000", "processes = 4"})
                                                  << lines({"[uwsgi]", "http = :9000", "processes = 4", "# mine"});
    QTest::newRow("deletion and edit") << base << lines({"a", "c", "d", "e"}) << lines({"a", "b", "c", "d", "E"})
                                       << lines({"a", "c", "d", "E"});
    QTest::newRow("both delete the same") << base << lines({"a", "b", "d", "e"}) << lines({"a", "b", "d", "e"})
                                          << lines({"a", "b", "d", "e"});
    QTest::newRow("insert at start and end") << base << lines({"top", "a", "b", "c", "d", "e"})
                                             << lines({"a", "b", "c", "d", "e", "bottom"})
                                             << lines({"top", "a", "b", "c", "d", "e", "bottom"});
    QTest::newRow("all empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("empty base, only theirs") << QByteArray() << QByteArray() << lines({"x"}) << lines({"x"});
    QTest::newRow("theirs empties the file") << base << base << QByteArray() << QByteArray();
    QTest::newRow("ours without final newline") << base << QByteArray("a\nb\nc\nd\ne") << lines({"a", "B", "c", "d", "e"})
                                                << QByteArray("a\nB\nc\nd\ne");
    QTest::newRow("theirs drops final newline") << lines({"a", "b", "c"}) << lines({"A", "b", "c"})
                                                << QByteArray("a\nb\nc") << QByteArray("A\nb\nc");
}

void TestMerge3::cleanMerges()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, merged);
    const MergeResult r = merge3(base, ours, theirs);
    QVERIFY2(r.clean(), qPrintable(conflictsText(r.conflicts, u"f"_s)));
    QCOMPARE(r.merged, merged);
}

void TestMerge3::conflicts_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<int>("count");

    const QByteArray base = lines({"a", "b", "c", "d", "e"});
    QTest::newRow("same line, different changes") << base << lines({"a", "mine", "c", "d", "e"})
                                                  << lines({"a", "berth", "c", "d", "e"}) << 1;
    QTest::newRow("different insertions at one place") << base << lines({"a", "b", "mine", "c", "d", "e"})
                                                       << lines({"a", "b", "berth", "c", "d", "e"}) << 1;
    QTest::newRow("adjacent lines") << base << lines({"a", "B", "c", "d", "e"}) << lines({"a", "b", "C", "d", "e"}) << 1;
    QTest::newRow("deleted against edited") << base << lines({"a", "c", "d", "e"}) << lines({"a", "B", "c", "d", "e"})
                                            << 1;
    QTest::newRow("two regions") << base << lines({"A1", "b", "c", "d", "E1"}) << lines({"A2", "b", "c", "d", "E2"}) << 2;
    QTest::newRow("empty base, both add") << QByteArray() << lines({"x"}) << lines({"y"}) << 1;
    QTest::newRow("final newline against an edit") << lines({"a", "b"}) << QByteArray("a\nb") << lines({"a", "B"}) << 1;
}

void TestMerge3::conflicts()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(int, count);
    const MergeResult r = merge3(base, ours, theirs);
    QVERIFY(!r.clean());
    QCOMPARE(r.conflicts.size(), qsizetype(count));
    // With conflicts, ours stands where they are: nothing of the user's is lost from merged.
    QCOMPARE(merge3(base, ours, base).merged, ours);
}

void TestMerge3::conflictCarriesTheThreeVersions()
{
    const QByteArray base = lines({"one", "two", "three", "four", "five", "six"});
    const MergeResult r = merge3(base, lines({"one", "two", "three", "4 mine", "five", "six"}),
                                 lines({"one", "2 berth", "three", "4 berth", "five", "six"}));
    QCOMPARE(r.conflicts.size(), 1);
    const MergeConflict &c = r.conflicts.first();
    QCOMPARE(c.baseLine, qsizetype(3));
    QCOMPARE(c.oursLine, qsizetype(3));
    QCOMPARE(c.base, QList<QByteArray>{"four\n"});
    QCOMPARE(c.ours, QList<QByteArray>{"4 mine\n"});
    QCOMPARE(c.theirs, QList<QByteArray>{"4 berth\n"});
    // Berth's change away from the conflict is applied.
    QVERIFY(r.merged.contains("2 berth\n"));
    QVERIFY(r.merged.contains("4 mine\n"));
}

void TestMerge3::crlfIsKept()
{
    const QByteArray base = lines({"a", "b", "c", "d"});
    // The user converted the file to CRLF and edited a line; Berth changed another.
    const MergeResult r = merge3(base, "a\r\nB\r\nc\r\nd\r\n", lines({"a", "b", "c", "D", "e"}));
    QVERIFY(r.clean());
    QCOMPARE(r.merged, QByteArray("a\r\nB\r\nc\r\nD\r\ne\r\n"));
    // Mixed endings in ours: theirs' lines keep their own.
    const MergeResult mixed = merge3(base, "a\r\nB\nc\nd\n", lines({"a", "b", "c", "D"}));
    QVERIFY(mixed.clean());
    QCOMPARE(mixed.merged, QByteArray("a\r\nB\nc\nD\n"));
    // A CRLF-only base and an LF theirs: the endings alone are no conflict.
    const MergeResult crlfBase = merge3("a\r\nb\r\n", "a\r\nb\r\nc\r\n", "a\nb\n");
    QVERIFY(crlfBase.clean());
    QCOMPARE(crlfBase.merged, QByteArray("a\r\nb\r\nc\r\n"));
}

void TestMerge3::splitKeepsEndings()
{
    QCOMPARE(splitKeepingEndings("a\r\nb\nc"), (QList<QByteArray>{"a\r\n", "b\n", "c"}));
    QCOMPARE(splitKeepingEndings(""), QList<QByteArray>{});
    QCOMPARE(splitKeepingEndings("\n\n"), (QList<QByteArray>{"\n", "\n"}));
}

void TestMerge3::conflictsTextShowsOnlyTheRegion()
{
    QByteArray base;
    for (int i = 0; i < 40; ++i)
        base += "line " + QByteArray::number(i) + '\n';
    QByteArray ours = base, theirs = base;
    ours.replace("line 20\n", "line 20 mine\n");
    theirs.replace("line 20\n", "line 20 berth\n");
    const MergeResult r = merge3(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    const QString text = conflictsText(r.conflicts, u"app/uwsgi.ini"_s);
    QVERIFY2(text.startsWith(u"@@ app/uwsgi.ini, line 21 @@\n<<<<<<< yours"_s), qPrintable(text));
    QVERIFY(text.contains(u"line 20 mine\n||||||| Berth's previous version\nline 20\n=======\nline 20 berth\n>>>>>>>"_s));
    QVERIFY(!text.contains(u"line 19"_s));
    QVERIFY(conflictsText(merge3("a", "b", "c").conflicts, u"f"_s).contains(u"\\ No newline at end of file"_s));
}

// Seeded: ours == base gives theirs, theirs == base gives ours, and edits of the two sides in
// separate parts of the file (with an untouched line between them) always merge to a file with
// both. The base's lines are distinct, as a diff3 merge needs to tell which line an edit is
// next to (repeated lines can align either way: git's merge has the same ambiguity).
void TestMerge3::randomEditsMerge()
{
    QRandomGenerator rng(20261205);
    auto randomLine = [&](const char *tag) -> QByteArray {
        return QByteArray(tag) + QByteArray::number(rng.bounded(1000)) + (rng.bounded(4) == 0 ? "" : " x") + '\n';
    };
    for (int round = 0; round < 2000; ++round) {
        const int n = rng.bounded(2, 40);
        QList<QByteArray> base;
        for (int i = 0; i < n; ++i)
            base.append(QByteArray("base " + QByteArray::number(i) + (rng.bounded(3) == 0 ? " = 1" : "") + '\n'));
        // Each base line belongs to one side's zone, with a separator line nobody touches
        // between the zones.
        const int cut = rng.bounded(0, n);
        QList<QByteArray> ours, theirs;
        QList<QByteArray> oursAdded, theirsAdded;
        for (int i = 0; i < n; ++i) {
            const bool oursZone = i < cut, theirsZone = i > cut;
            const int action = rng.bounded(6); // 0: delete, 1: replace, 2: insert before, else keep
            auto edit = [&](QList<QByteArray> *side, QList<QByteArray> *added, const char *tag) {
                if (action == 0)
                    return;
                if (action == 1) {
                    added->append(randomLine(tag));
                    side->append(added->last());
                    return;
                }
                if (action == 2) {
                    added->append(randomLine(tag));
                    side->append(added->last());
                }
                side->append(base.at(i));
            };
            if (oursZone)
                edit(&ours, &oursAdded, "ours");
            else
                ours.append(base.at(i));
            if (theirsZone)
                edit(&theirs, &theirsAdded, "theirs");
            else
                theirs.append(base.at(i));
        }
        const QByteArray b = base.join(), o = ours.join(), t = theirs.join();
        const QByteArray context = "round " + QByteArray::number(round) + "\nbase:\n" + b + "ours:\n" + o + "theirs:\n" + t;

        const MergeResult takeTheirs = merge3(b, b, t);
        QVERIFY2(takeTheirs.clean() && takeTheirs.merged == t, context.constData());
        const MergeResult takeOurs = merge3(b, o, b);
        QVERIFY2(takeOurs.clean() && takeOurs.merged == o, context.constData());
        const MergeResult both = merge3(b, o, t);
        QVERIFY2(both.clean(), QByteArray(context + conflictsText(both.conflicts, u"f"_s).toUtf8()).constData());
        for (const QByteArray &line : std::as_const(oursAdded))
            QVERIFY2(both.merged.contains(line), QByteArray(context + "merged:\n" + both.merged).constData());
        for (const QByteArray &line : std::as_const(theirsAdded))
            QVERIFY2(both.merged.contains(line), QByteArray(context + "merged:\n" + both.merged).constData());
        // The separator and each side's untouched lines stay in order: merged is ours' zone
        // followed by theirs' zone.
        const QByteArray expected = QList<QByteArray>(ours.begin(), ours.begin() + (ours.size() - (n - cut))).join()
            + QList<QByteArray>(theirs.begin() + cut, theirs.end()).join();
        QVERIFY2(both.merged == expected, QByteArray(context + "merged:\n" + both.merged + "expected:\n" + expected).constData());
    }
}

QTEST_GUILESS_MAIN(TestMerge3)
#include "tst_merge3.moc"
