// Damaged or unusual berth.yaml files, through both ways a spec is read: SpecFile::read (what the
// wizard and the project view use) and the real `berth` binary (`spec --check` and `generate`).
// Each row is either accepted, loading exactly the spec of its clean twin (a UTF-8 byte order
// mark, CRLF or CR line ends, a tab between key and value: legitimate YAML that editors write),
// or refused with one line per problem naming the problem and what to do, and never a crash,
// a hang or a written file. Decisions and reasons: app/project/specfile.h.
#include "faulthelpers.h"
#include "project/specfile.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BerthTest;
using Berth::ProjectSpec;
using Berth::SpecError;
using Berth::SpecFile;

namespace {

const QByteArray Clean = "nginx:\n  http_port: 8080\n  server_name: a.test\napp_server:\n  processes: 4\n";

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QByteArray repeated(const QByteArray &piece, qsizetype size)
{
    QByteArray bytes;
    while (bytes.size() < size)
        bytes += piece;
    return bytes;
}

} // namespace

class TestSpecInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void specFile_data();
    void specFile();

private:
    QTemporaryDir m_work;
};

void TestSpecInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    QVERIFY2(QFile::exists(berthBinary()), qPrintable(berthBinary()));
}

void TestSpecInput::specFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("problems");       // 0: accepted, loading the spec of Clean
    QTest::addColumn<QString>("firstProblem"); // part of the first error line

    QTest::newRow("UTF-8 byte order mark: accepted") << "\xEF\xBB\xBF" + Clean << 0 << QString();
    QByteArray crlf = Clean;
    QTest::newRow("CRLF line ends: accepted") << crlf.replace("\n", "\r\n") << 0 << QString();
    QByteArray cr = Clean;
    QTest::newRow("CR line ends: accepted") << cr.replace('\n', '\r') << 0 << QString();
    QTest::newRow("BOM and CRLF: accepted") << "\xEF\xBB\xBF" + crlf << 0 << QString();
    QByteArray tabValue = Clean;
    QTest::newRow("tab between key and value: accepted") << tabValue.replace("http_port: ", "http_port:\t") << 0 << QString();
    QTest::newRow("tab in a comment's indentation: accepted") << "\t# note\n" + Clean << 0 << QString();

    QByteArray tab = Clean;
    QTest::newRow("tab indentation") << tab.replace("  http_port", "\thttp_port") << 1
                                     << u"line 2: a tab in the indentation; YAML indents with spaces only"_s;
    QByteArray tabs = Clean;
    QTest::newRow("tab indentation on every line") << tabs.replace("  ", "\t") << 3 << u"line 2: a tab"_s;
    QTest::newRow("Latin-1 e-acute") << QByteArray("nginx:\n  server_name: caf\xE9.test\n") << 1
                                     << u"line 2, column 19: not valid UTF-8 (byte 0xE9); save the file as UTF-8"_s;
    QTest::newRow("UTF-8 sequence cut at the end") << Clean + "# \xE2\x82" << 1 << u"line 6, column 3: not valid UTF-8"_s;
    QTest::newRow("overlong UTF-8") << "# \xC0\xAF\n" + Clean << 1 << u"line 1, column 3: not valid UTF-8 (byte 0xC0)"_s;
    QTest::newRow("UTF-8 encoded surrogate") << "# \xED\xA0\x80\n" + Clean << 1 << u"not valid UTF-8 (byte 0xED)"_s;
    QTest::newRow("UTF-16 with byte order mark") << QByteArray("\xFF\xFEn\0g\0", 6) << 1 << u"the file is UTF-16; save it as UTF-8"_s;
    QTest::newRow("UTF-32 with byte order mark") << QByteArray("\xFF\xFE\0\0n\0\0\0", 8) << 1 << u"the file is UTF-32"_s;
    QTest::newRow("NUL byte") << Clean + QByteArray(1, '\0') << 1 << u"line 6, column 1: a NUL byte; this is not a text file"_s;
    QTest::newRow("10 MB of random bytes") << randomBytes(1, 10 * 1024 * 1024) << 1
                                           << u"the file is 10.0 MB; a Berth spec is a few KB"_s;
    QTest::newRow("10 MB of one text line") << QByteArray(10 * 1024 * 1024, 'a') << 1 << u"the file is 10.0 MB"_s;
    QTest::newRow("10 MB of valid YAML keys") << repeated("junk_key: 1\n", 10 * 1024 * 1024) << 1 << u"the file is 10."_s;
    QByteArray sections;
    for (int i = 0; i < 1000; ++i)
        sections += "section_" + QByteArray::number(i) + ": 1\n";
    QTest::newRow("a thousand unknown sections") << sections << SpecFile::MaxErrors + 1 << u"section_0: unknown section"_s;
    QTest::newRow("brackets nested 100000 deep") << "nginx: " + QByteArray(100000, '[') << 1
                                                 << u"line 1, column 108: brackets nested more than 100 deep"_s;
    QTest::newRow("line break inside a value") << QByteArray("compose: {project_name: \"a\\nb\"}\n") << 1
                                               << u"compose.project_name: 'a\\nb': must start"_s;
    QTest::newRow("a value of 500 KB") << "compose: {project_name: " + QByteArray(500 * 1024, 'x') + "}\n" << 1
                                       << u"compose.project_name: 'xxxx"_s;
    QTest::newRow("control characters in a key") << QByteArray("nginx:\n  \x1b[31mhttp_port: 1\n") << 1
                                                 << u"nginx.?[31mhttp_port: unknown key"_s;
    QTest::newRow("empty file: the defaults") << QByteArray() << 0 << QString();
    for (quint32 seed = 2; seed < 8; ++seed) {
        const qsizetype size = qsizetype(1) << (seed * 2 + 2); // 64 bytes to 256 KiB
        QTest::addRow("%lld random bytes, seed %u", qint64(size), seed) << randomBytes(seed, size) << -1 << QString();
        // Random printable ASCII is valid UTF-8 and reaches the YAML parser.
        QByteArray text = randomBytes(seed, size);
        for (char &c : text)
            c = char(0x20 + uchar(c) % 0x5f);
        QTest::addRow("%lld random printable bytes, seed %u", qint64(size), seed) << text << -1 << QString();
    }
}

void TestSpecInput::specFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, problems); // -1: refused, how often does not matter
    QFETCH(QString, firstProblem);

    QTemporaryDir dir(m_work.filePath(u"row-XXXXXX"_s));
    const QString spec = dir.filePath(u"spec.yaml"_s);
    QVERIFY(writeFile(spec, content));

    // The loader of the wizard and the project view.
    QList<SpecError> errors;
    bool readable = false;
    const ProjectSpec loaded = SpecFile::read(spec, &errors, &readable);
    QVERIFY(readable);
    for (const SpecError &e : std::as_const(errors)) {
        QVERIFY2(!e.toString().contains(u'\n') && e.toString().size() < 600, qPrintable(e.toString().left(600)));
        QVERIFY2(!e.toString().isEmpty(), "an empty error");
    }
    if (problems == 0) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QList<SpecError> none;
        const ProjectSpec clean = ProjectSpec::fromYaml(content.isEmpty() ? QByteArray() : Clean, &none);
        QVERIFY(none.isEmpty());
        QVERIFY(loaded == clean);
    } else if (problems > 0) {
        QCOMPARE(errors.size(), problems);
        QVERIFY2(errors.first().toString().contains(firstProblem), qPrintable(errors.first().toString()));
    } else {
        QVERIFY2(!errors.isEmpty(), "random bytes were accepted as a spec");
        QVERIFY(errors.size() <= SpecFile::MaxErrors + 1);
    }

    // The command line: `spec --check`, then `generate` into a project folder.
    const BerthRun check = runBerth({u"spec"_s, u"--check"_s, spec}, 30000);
    QVERIFY2(check.finished, "berth spec --check hung");
    QVERIFY2(!check.crashed, qPrintable(check.err.left(2000)));
    const QString out = dir.filePath(u"project"_s);
    const BerthRun gen = runBerth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, out}, 30000);
    QVERIFY2(gen.finished, "berth generate hung");
    QVERIFY2(!gen.crashed, qPrintable(gen.err.left(2000)));
    if (errors.isEmpty()) {
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        // As the project's own berth.yaml it is used and left exactly as written.
        QVERIFY(writeFile(out + u"/berth.yaml"_s, content));
        const BerthRun own = runBerth({u"generate"_s, u"--spec"_s, out + u"/berth.yaml"_s, u"--out"_s, out}, 30000);
        QVERIFY2(own.finished && own.exitCode == 0, qPrintable(own.err));
        QCOMPARE(readFile(out + u"/berth.yaml"_s), content);
        return;
    }
    for (const BerthRun &r : {check, gen}) {
        QCOMPARE(r.exitCode, 4); // InvalidSpec
        const QStringList lines = errorLines(r.err);
        QCOMPARE(lines.size(), errors.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), u"berth: "_s + spec + u": "_s + errors.at(i).toString());
    }
    QVERIFY2(!QFileInfo::exists(out), "generate wrote files from a spec it refused");
}

QTEST_GUILESS_MAIN(TestSpecInput)
#include "tst_specinput.moc"
