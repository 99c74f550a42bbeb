#include "generate/unifieddiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownOutput();
    void appliesWithGit_data();
    void appliesWithGit();
};

void TestUnifiedDiff::knownOutput()
{
    QCOMPARE(Berth::unifiedDiff("a\n", "a\n", u"f"_s), QString());
    QCOMPARE(Berth::unifiedDiff("", "x\ny\n", u"f"_s), u"--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n"_s);
    QCOMPARE(Berth::unifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", u"p/f.txt"_s),
             u"--- a/p/f.txt\n+++ b/p/f.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s);
    QCOMPARE(Berth::unifiedDiff("a\n", "a", u"f"_s),
             u"--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n"_s);
}

void TestUnifiedDiff::appliesWithGit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QByteArray longText;
    for (int i = 0; i < 60; ++i)
        longText += "line " + QByteArray::number(i) + '\n';
    QByteArray edited = longText;
    edited.replace("line 3\n", "line three\n").replace("line 30\n", "").replace("line 57\n", "line 57\nnew\n");
    QTest::newRow("three hunks") << longText << edited;
    QTest::newRow("new file") << QByteArray() << QByteArray("a\nb\n");
    QTest::newRow("emptied") << QByteArray("a\nb\n") << QByteArray();
    QTest::newRow("close edits merge") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\nX\n3\n4\n5\n6\nY\n8\n9\n");
    QTest::newRow("append") << QByteArray("a\n") << QByteArray("a\nb\nc\n");
    QTest::newRow("no final newline") << QByteArray("a\nb") << QByteArray("a\nc");
    QTest::newRow("repeated lines") << QByteArray("x\nx\nx\ny\nx\n") << QByteArray("x\ny\nx\nx\nx\n");
}

void TestUnifiedDiff::appliesWithGit()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    const QString diff = Berth::unifiedDiff(before, after, u"f.txt"_s);
    if (!before.isEmpty()) {
        QFile f(dir.filePath(u"f.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    QFile patch(dir.filePath(u"change.diff"_s));
    QVERIFY(patch.open(QIODevice::WriteOnly));
    patch.write(diff.toUtf8());
    patch.close();
    // git apply is a strict reader of unified diffs and works outside a repository.
    QProcess git;
    git.setWorkingDirectory(dir.path());
    git.start(u"git"_s, {u"apply"_s, u"--unidiff-zero"_s, u"change.diff"_s});
    QVERIFY(git.waitForFinished(20000));
    QVERIFY2(git.exitCode() == 0, qPrintable(QString::fromUtf8(git.readAllStandardError()) + diff));
    QFile result(dir.filePath(u"f.txt"_s));
    if (after.isEmpty()) {
        QVERIFY(!result.exists());
        return;
    }
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), after);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
