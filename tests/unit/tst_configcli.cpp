// `berth config` as a user runs it, on files on disk: exit codes, --dry-run, the bytes written
// (a byte-order mark and CRLF kept), and docker compose config's second opinion.
#include "cli/cli.h"
#include "docker/dockerenvironment.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run berth(const QStringList &args)
{
    Run r;
    QTextStream o(&r.out), e(&r.err);
    r.code = Berth::Cli::run(QStringList{u"berth"_s, u"config"_s} + args, o, e);
    o.flush();
    e.flush();
    return r;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

const QByteArray Compose = "\xef\xbb\xbf# kept\r\nservices:\r\n  web:\r\n    image: \"nginx:1.27\"  # pinned\r\n"
                           "    depends_on:\r\n      - db\r\n  db:\r\n    image: postgres:17\r\n";
} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setWritesOnlyTheValue();
    void dryRunWritesNothing();
    void exitCodes();
    void composeConfigRefusesWhatItRejects();
};

void TestConfigCli::setWritesOnlyTheValue()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"docker-compose.yml"_s);
    write(file, Compose);
    const Run r = berth({u"set"_s, file, u"services.web.image"_s, u"nginx:1.28"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QByteArray expected = Compose;
    expected.replace("nginx:1.27", "nginx:1.28");
    QCOMPARE(read(file), expected);
    const Run get = berth({u"get"_s, file, u"services.web.image"_s});
    QCOMPARE(get.out, u"nginx:1.28\n");
    QCOMPARE(berth({u"rename-service"_s, file, u"db"_s, u"database"_s}).code, 0);
    QVERIFY(read(file).contains("      - database\r\n  database:\r\n"));
    QVERIFY(read(file).startsWith("\xef\xbb\xbf# kept\r\n"));
}

void TestConfigCli::dryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"docker-compose.yml"_s);
    write(file, Compose);
    const Run r = berth({u"add"_s, file, u"services.web.ports"_s, u"\"127.0.0.1:80:80\""_s, u"--dry-run"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"+    ports:\r\n+      - \"127.0.0.1:80:80\"\r\n"_s), qPrintable(r.out));
    QCOMPARE(read(file), Compose);
}

void TestConfigCli::exitCodes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"docker-compose.yml"_s);
    write(file, Compose);
    QCOMPARE(berth({u"get"_s, file, u"services.nope"_s}).code, 1);
    QCOMPARE(berth({u"get"_s, dir.filePath(u"missing.yml"_s), u"a"_s}).code, 1);
    QCOMPARE(berth({u"set"_s, file, u"services..web"_s, u"1"_s}).code, 2);
    QCOMPARE(berth({u"set"_s, file, u"services.web.image"_s, u"[unclosed"_s}).code, 2);
    QCOMPARE(berth({u"rename-service"_s, file, u"web"_s, u"db"_s}).code, 3);
    QCOMPARE(berth({u"frobnicate"_s, file}).code, 2);
    write(dir.filePath(u"anchors.yml"_s), "x: &a {k: 1}\ny: *a\n");
    const Run refused = berth({u"set"_s, dir.filePath(u"anchors.yml"_s), u"y.k"_s, u"2"_s});
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains(u"&a"));
    const Run through = berth({u"set"_s, dir.filePath(u"anchors.yml"_s), u"y.k"_s, u"2"_s, u"--through-anchor"_s});
    QCOMPARE(through.code, 0);
    QVERIFY(through.err.contains(u"note: through the anchor, this changes y too"));
    QCOMPARE(read(dir.filePath(u"anchors.yml"_s)), QByteArray("x: &a {k: 2}\ny: *a\n"));
    QCOMPARE(read(file), Compose);
}

void TestConfigCli::composeConfigRefusesWhatItRejects()
{
    if (Berth::DockerEnvironment::findCli(QString(), QProcessEnvironment::systemEnvironment()).isEmpty())
        QSKIP("no docker CLI here");
    QTemporaryDir dir;
    const QString file = dir.filePath(u"docker-compose.yml"_s);
    write(file, Compose);
    // yaml-cpp sees one new key where it was asked for; compose knows no such key.
    const Run r = berth({u"set"_s, file, u"services.web.imagee"_s, u"x"_s});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(u"docker compose config would not accept the result"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"docker-compose.yml") && !r.err.contains(u"after.yml"), qPrintable(r.err));
    QCOMPARE(read(file), Compose);
    // A dependency on a service the file does not have: valid YAML and valid schema, refused by
    // compose's consistency check (which `config --no-interpolate` would skip).
    const Run missing = berth({u"add"_s, file, u"services.web.depends_on"_s, u"cache"_s});
    QCOMPARE(missing.code, 3);
    QVERIFY2(missing.err.contains(u"undefined service") && missing.err.contains(u"cache"), qPrintable(missing.err));
    QCOMPARE(read(file), Compose);
}

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
