#include "config/inidocument.h"
#include "config/inikeys.h"

#include "configcorpus.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Berth::Config;
using namespace Qt::StringLiterals;

class TestConfigIni : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPositions();
    void continuationAndRepeats();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void editStyle();
    void inversesGiveBackTheBytes_data();
    void inversesGiveBackTheBytes();
    void randomEditsKeepEverythingElse_data();
    void randomEditsKeepEverythingElse();
    void knownKeys();
    void validation_data();
    void validation();
};

static void addCorpusRows()
{
    QTest::addColumn<QString>("text");
    for (const CorpusFile &file : configCorpus(u".ini"_s))
        QTest::newRow(qPrintable(file.name)) << file.text;
}

void TestConfigIni::parsesPositions()
{
    const QString text = u"\ufeff# head\r\n[uwsgi]\r\n# about the socket\r\nhttp-socket = :8000\r\nprocesses=4"_s;
    const IniDocument doc = IniDocument::parse(text);
    QVERIFY2(doc.isValid(), qPrintable(doc.error()));
    QCOMPARE(doc.lineBreak(), u"\r\n"_s);
    QCOMPARE(doc.entries().size(), 2);
    const IniEntry &socket = doc.entries().at(0);
    QCOMPARE(socket.section, u"uwsgi"_s);
    QCOMPARE(socket.key, u"http-socket"_s);
    QCOMPARE(socket.value, u":8000"_s);
    QCOMPARE(socket.line, 4);
    QCOMPARE(text.mid(socket.valueStart, socket.valueEnd - socket.valueStart), u":8000"_s);
    QCOMPARE(text.mid(socket.blockStart, 4), u"# ab"_s);
    QCOMPARE(doc.value(u"uwsgi"_s, u"processes"_s), u"4"_s);
    QCOMPARE(doc.value(u"uwsgi"_s, u"threads"_s), std::nullopt);
}

void TestConfigIni::continuationAndRepeats()
{
    const IniDocument doc = IniDocument::parse(configCorpus(u"pytest-multiline.ini"_s).constFirst().text);
    QVERIFY2(doc.isValid(), qPrintable(doc.error()));
    QCOMPARE(doc.value(u"pytest"_s, u"addopts"_s), u"--reuse-db\n-ra\n--strict-markers"_s);
    QCOMPARE(doc.value(u"pytest"_s, u"DJANGO_SETTINGS_MODULE"_s), u"mysite.settings"_s);
    QCOMPARE(doc.value(u"pytest"_s, u"xfail_strict"_s), u"true"_s);

    const IniDocument uwsgi = IniDocument::parse(configCorpus(u"uwsgi-handwritten.ini"_s).constFirst().text);
    QVERIFY2(uwsgi.isValid(), qPrintable(uwsgi.error()));
    QCOMPARE(uwsgi.find(u"uwsgi"_s, u"env"_s).size(), 3);
    QCOMPARE(uwsgi.value(u"uwsgi"_s, u"processes"_s), u"8"_s);
    QCOMPARE(uwsgi.value(u"other"_s, u"processes"_s), u"3"_s); // the last one takes effect
    QCOMPARE(uwsgi.value(u"uwsgi"_s, u"chdir"_s), u"/srv/site"_s);
}

void TestConfigIni::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no separator") << u"[uwsgi]\nmaster = true\njust words\n"_s << u"line 3:"_s;
    QTest::newRow("open header") << u"[uwsgi\nmaster = true\n"_s << u"line 1:"_s;
    QTest::newRow("text after header") << u"[uwsgi] x\n"_s << u"line 1:"_s;
    QTest::newRow("no key") << u"[pytest]\n = 3\n"_s << u"line 2:"_s;
}

void TestConfigIni::refusesBrokenFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const IniDocument doc = IniDocument::parse(text);
    QVERIFY(!doc.isValid());
    QVERIFY2(doc.error().startsWith(error), qPrintable(doc.error()));
}

void TestConfigIni::editStyle()
{
    // A new key follows the section's last key, in its spacing; unset takes its comments along.
    const QString text = u"[a]\nx=1\n# about y\ny=2\n\n[b]\nz: 3\n"_s;
    const IniDocument doc = IniDocument::parse(text);
    QCOMPARE(applied(text, doc.add(u"a"_s, u"w"_s, u"4"_s)), u"[a]\nx=1\n# about y\ny=2\nw=4\n\n[b]\nz: 3\n"_s);
    QCOMPARE(applied(text, doc.add(u"b"_s, u"w"_s, u"4"_s)), u"[a]\nx=1\n# about y\ny=2\n\n[b]\nz: 3\nw: 4\n"_s);
    QCOMPARE(applied(text, doc.unset(u"a"_s, u"y"_s)), u"[a]\nx=1\n\n[b]\nz: 3\n"_s);
    QCOMPARE(applied(text, doc.set(u"b"_s, u"z"_s, u"30"_s)), u"[a]\nx=1\n# about y\ny=2\n\n[b]\nz: 30\n"_s);
    QCOMPARE(applied(text, doc.set(u"c"_s, u"k"_s, u"v"_s)), u"[a]\nx=1\n# about y\ny=2\n\n[b]\nz: 3\n\n[c]\nk=v\n"_s);
    const QString env = u"[uwsgi]\nenv = A=1\nenv=B=2\nmaster = true\n"_s;
    QCOMPARE(applied(env, IniDocument::parse(env).add(u"uwsgi"_s, u"env"_s, u"C=3"_s)), u"[uwsgi]\nenv = A=1\nenv=B=2\nenv=C=3\nmaster = true\n"_s);
    const QString multi = u"[pytest]\naddopts =\n  -ra\n  -q\nx = 1\n"_s;
    const IniDocument m = IniDocument::parse(multi);
    QCOMPARE(applied(multi, m.set(u"pytest"_s, u"addopts"_s, u"-ra\n-q\n--lf"_s)), u"[pytest]\naddopts =\n  -ra\n  -q\n  --lf\nx = 1\n"_s);
    QCOMPARE(applied(multi, m.set(u"pytest"_s, u"addopts"_s, u"-x"_s)), u"[pytest]\naddopts = -x\nx = 1\n"_s);
    // Lines under a key that start with # or ; would be comments: the first stays on the key's line.
    QCOMPARE(applied(multi, m.set(u"pytest"_s, u"x"_s, u"a\nb"_s)), u"[pytest]\naddopts =\n  -ra\n  -q\nx =\n    a\n    b\n"_s);
    QCOMPARE(applied(multi, m.set(u"pytest"_s, u"x"_s, u"#a\nb"_s)), u"[pytest]\naddopts =\n  -ra\n  -q\nx = #a\n    b\n"_s);
}

void TestConfigIni::inversesGiveBackTheBytes_data()
{
    addCorpusRows();
}

void TestConfigIni::inversesGiveBackTheBytes()
{
    QFETCH(QString, text);
    const IniDocument doc = IniDocument::parse(text);
    QVERIFY2(doc.isValid(), qPrintable(doc.error()));
    QVERIFY(!doc.entries().isEmpty());
    for (int i = 0; i < doc.entries().size(); ++i) {
        const IniEntry &e = doc.entries().at(i);
        // set, then set the old value back
        const QString changed = applied(text, doc.setAt(i, u"berth-test value"_s));
        const IniDocument after = IniDocument::parse(changed);
        QCOMPARE(after.entries().at(i).value, u"berth-test value"_s);
        QCOMPARE(changed.left(e.valueStart), text.left(e.valueStart));
        QCOMPARE(changed.right(text.size() - e.valueEnd), text.right(text.size() - e.valueEnd));
        QCOMPARE(applied(changed, after.setAt(i, e.value)), text);
        // unset, then the inverse edit
        const QList<TextEdit> removal = doc.unsetAt(i);
        QCOMPARE(removal.size(), 1);
        const QString removed = applied(text, removal);
        const IniDocument without = IniDocument::parse(removed);
        QVERIFY2(without.isValid(), qPrintable(without.error()));
        QCOMPARE(without.entries().size(), doc.entries().size() - 1);
        QCOMPARE(applied(removed, inverse(text, removal.constFirst())), text);
    }
    for (const IniSection &section : doc.sections()) {
        if (section.headerStart < 0 && section.entries.isEmpty())
            continue;
        // add, then unset what was added
        const QString added = applied(text, doc.add(section.name, u"berth-new"_s, u"7"_s));
        const IniDocument with = IniDocument::parse(added);
        QVERIFY2(with.isValid(), qPrintable(with.error()));
        const QList<int> found = with.find(section.name, u"berth-new"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(with.entries().at(found.constFirst()).value, u"7"_s);
        if (!section.entries.isEmpty()) // right after the section's last key
            QCOMPARE(found.constFirst(), section.entries.constLast() + 1);
        QCOMPARE(applied(added, with.unset(section.name, u"berth-new"_s)), text);
    }
}

void TestConfigIni::randomEditsKeepEverythingElse_data()
{
    addCorpusRows();
}

static QString randomWord(QRandomGenerator &rng, const QString &alphabet, int min, int max)
{
    QString word;
    const int length = rng.bounded(min, max + 1);
    for (int i = 0; i < length; ++i)
        word += alphabet.at(rng.bounded(int(alphabet.size())));
    return word;
}

void TestConfigIni::randomEditsKeepEverythingElse()
{
    QFETCH(QString, text);
    QRandomGenerator rng(13);
    const QString valueChars = u"abcxyz0189 =:#;/.-_%()"_s;
    const QString keyChars = u"abcdefghijklmnopqrstuvwxyz-_"_s;
    for (int round = 0; round < 1500; ++round) {
        const IniDocument doc = IniDocument::parse(text);
        QVERIFY2(doc.isValid(), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(doc.error(), text)));
        const QStringList comments = commentLines(text, u"#;"_s);
        const int op = doc.entries().isEmpty() ? 1 : rng.bounded(3);
        QList<TextEdit> edits;
        QString key, section, value;
        int target = -1;
        if (op == 0) {
            target = rng.bounded(int(doc.entries().size()));
            value = randomWord(rng, valueChars, 1, 12).trimmed();
            if (value.isEmpty())
                value = u"v"_s;
            if (rng.bounded(8) == 0)
                value += u'\n' + randomWord(rng, u"abc-_"_s, 1, 6);
            edits = doc.setAt(target, value);
        } else if (op == 1) {
            const QList<IniSection> &sections = doc.sections();
            const IniSection &s = sections.at(rng.bounded(int(sections.size())));
            section = (s.headerStart < 0 && s.entries.isEmpty()) ? u"added"_s : s.name;
            key = randomWord(rng, keyChars, 1, 10);
            value = randomWord(rng, u"abc123"_s, 1, 5);
            edits = doc.add(section, key, value);
        } else {
            target = rng.bounded(int(doc.entries().size()));
            edits = doc.unsetAt(target);
        }
        QCOMPARE(edits.size(), 1);
        const TextEdit edit = edits.constFirst();
        QVERIFY(fits(edit, text.size()));
        const QString next = applied(text, edit);
        const IniDocument after = IniDocument::parse(next);
        QVERIFY2(after.isValid(), qPrintable(u"round %1, op %2: %3\n%4"_s.arg(round).arg(op).arg(after.error(), next)));
        // The bytes outside the edit are the old ones, and only the intended entry changed.
        QCOMPARE(next.left(edit.start), text.left(edit.start));
        QCOMPARE(next.right(text.size() - edit.end), text.right(text.size() - edit.end));
        QList<QPair<QString, QString>> expected;
        for (int i = 0; i < doc.entries().size(); ++i) {
            const IniEntry &e = doc.entries().at(i);
            if (op == 2 && i == target)
                continue;
            expected.append({e.section + u'.' + e.key, (op == 0 && i == target) ? value : e.value});
        }
        QList<QPair<QString, QString>> got;
        for (const IniEntry &e : after.entries())
            got.append({e.section + u'.' + e.key, e.value});
        if (op == 1) {
            // The added entry is the one whose removal gives back the old list.
            bool found = false;
            for (qsizetype j = 0; j < got.size() && !found; ++j) {
                QList<QPair<QString, QString>> without = got;
                without.removeAt(j);
                found = got.at(j) == qMakePair(section + u'.' + key, value) && without == expected;
            }
            QVERIFY2(found, qPrintable(u"round %1: added %2.%3 not found as the one new entry"_s.arg(round).arg(section, key)));
        } else {
            QCOMPARE(got, expected);
        }
        // Every comment line stays, except the removed key's own.
        QStringList keptComments = comments;
        if (op == 2) {
            const IniEntry &e = doc.entries().at(target);
            const QStringList own = commentLines(text.mid(e.blockStart, e.lineStart - e.blockStart), u"#;"_s);
            for (const QString &c : own)
                keptComments.removeOne(c);
        }
        QCOMPARE(commentLines(next, u"#;"_s), keptComments);
        text = next;
    }
}

void TestConfigIni::knownKeys()
{
    QCOMPARE(iniFlavourForFile(u"/p/mysite/uwsgi.ini"_s), IniFlavour::Uwsgi);
    QCOMPARE(iniFlavourForFile(u"pytest.ini"_s), IniFlavour::Pytest);
    QCOMPARE(iniFlavourForFile(u"setup.cfg"_s), std::nullopt);
    // Every key Berth writes into uwsgi.ini and pytest.ini is known.
    for (const auto &[flavour, file] : {std::pair{IniFlavour::Uwsgi, u"uwsgi-berth.ini"_s}, std::pair{IniFlavour::Pytest, u"pytest-berth.ini"_s}}) {
        const IniDocument doc = IniDocument::parse(configCorpus(file).constFirst().text);
        for (const IniEntry &e : doc.entries()) {
            const IniKey *known = iniKey(flavour, e.key);
            QVERIFY2(known, qPrintable(e.key));
            QVERIFY2(validateIniValue(*known, e.value).isEmpty(), qPrintable(e.key + u": "_s + validateIniValue(*known, e.value)));
            QVERIFY(!known->translatedMeaning().isEmpty());
        }
    }
    QCOMPARE(iniKey(IniFlavour::Uwsgi, u"stats"_s), nullptr);
}

void TestConfigIni::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // a part of it; empty: valid
    QTest::newRow("processes ok") << u"processes"_s << u"4"_s << QString();
    QTest::newRow("processes zero") << u"processes"_s << u"0"_s << u"use 1 to 1024"_s;
    QTest::newRow("processes word") << u"processes"_s << u"four"_s << u"not a whole number"_s;
    QTest::newRow("buffer-size too big") << u"buffer-size"_s << u"65536"_s << u"use 4096 to 65535"_s;
    QTest::newRow("master yes") << u"master"_s << u"yes"_s << QString();
    QTest::newRow("master maybe") << u"master"_s << u"maybe"_s << u"use true or false"_s;
    QTest::newRow("socket port") << u"http-socket"_s << u":8000"_s << QString();
    QTest::newRow("socket host") << u"http-socket"_s << u"0.0.0.0:8000"_s << QString();
    QTest::newRow("socket unix") << u"socket"_s << u"/run/uwsgi.sock"_s << QString();
    QTest::newRow("socket bad port") << u"http-socket"_s << u":80000"_s << u"port from 1 to 65535"_s;
    QTest::newRow("module") << u"module"_s << u"mysite.wsgi:application"_s << QString();
    QTest::newRow("module path") << u"module"_s << u"mysite/wsgi.py"_s << u"not a Python module name"_s;
    QTest::newRow("env empty") << u"env"_s << u""_s << u"remove the line"_s;
    QTest::newRow("env ok") << u"env"_s << u"LANG=C.UTF-8"_s << QString();
    QTest::newRow("env no value") << u"env"_s << u"LANG"_s << u"use NAME=value"_s;
    QTest::newRow("static-map ok") << u"static-map"_s << u"/static=/app/static"_s << QString();
    QTest::newRow("static-map folder only") << u"static-map"_s << u"/app/static"_s << u"use /url-prefix=/folder"_s;
}

void TestConfigIni::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const IniKey *known = iniKey(IniFlavour::Uwsgi, key);
    QVERIFY(known);
    const QString got = validateIniValue(*known, value);
    if (message.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(message), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestConfigIni)
#include "tst_configini.moc"
