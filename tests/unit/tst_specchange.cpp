// A value berth.yaml holds, changed everywhere: on a setup the generator wrote into a temporary
// folder, through planSpecChange/applySpecChange and `berth spec set`.
#include "../common/berthcli.h"
#include "generate/specchange.h"
#include "generate/specchangebindings.h"
#include "generate/unifieddiff.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Berth;
using namespace BerthTest;

namespace {

// The lines a unified diff removes and adds (not its ---/+++ headers).
QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(u'\n')) {
        if ((line.startsWith(u'-') && !line.startsWith("---"_L1)) || (line.startsWith(u'+') && !line.startsWith("+++"_L1)))
            lines << line;
    }
    return lines;
}

QStringList paths(const QList<SpecChangeFile> &files)
{
    QStringList list;
    for (const SpecChangeFile &f : files)
        list << f.path;
    std::sort(list.begin(), list.end());
    return list;
}

// Every file of the project folder, relative path -> content (the backups and manifest aside).
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    std::function<void(const QString &)> walk = [&](const QString &folder) {
        const QDir d(folder);
        for (const QFileInfo &info : d.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString relative = root.relativeFilePath(info.absoluteFilePath());
            if (relative.startsWith(".berth"_L1))
                continue;
            if (info.isDir())
                walk(info.absoluteFilePath());
            else
                files.insert(relative, readFile(info.absoluteFilePath()));
        }
    };
    walk(dir);
    return files;
}

} // namespace

class TestSpecChange : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return QDir(m_dir.path()).filePath(relative); }

private Q_SLOTS:
    void init();
    void bindings();
    void berthSetupFiles();
    void portChangesEverywhere();
    void invalidValueWritesNothing_data();
    void invalidValueWritesNothing();
    void invalidKey();
    void editedFileMergesOrConflicts();
    void cliDryRunAndSet();
    void cliConflictsAndForce();
};

void TestSpecChange::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    // A comment of the user's own, on the line that changes.
    QVERIFY(spec.contains(u"  port: 8000\n"_s));
    spec.replace(u"  port: 8000\n"_s, u"  port: 8000  # the port our load balancer expects\n"_s);
    QVERIFY(write(path(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, path(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
}

void TestSpecChange::bindings()
{
    const auto port = specValueFor(FileRole::UwsgiIni, u"uwsgi.http-socket"_s, u":9000"_s);
    QVERIFY(port);
    QCOMPARE(port->key, u"app_server.port");
    QCOMPARE(port->value, u"9000");
    // Not what the generator writes: stays an edit of the file.
    QVERIFY(!specValueFor(FileRole::UwsgiIni, u"uwsgi.http-socket"_s, u"127.0.0.1:9000"_s));
    QVERIFY(!specValueFor(FileRole::UwsgiIni, u"uwsgi.harakiri"_s, u"30"_s));
    const auto upstream = specValueFor(FileRole::NginxSite, u"upstream"_s, u"app:8001"_s);
    QVERIFY(upstream);
    QCOMPARE(upstream->key, u"app_server.port");
    QCOMPARE(upstream->value, u"8001");
    QVERIFY(!specValueFor(FileRole::NginxSite, u"upstream"_s, u"other:8001"_s));
    const auto names = specValueFor(FileRole::NginxSite, u"server_name"_s, u" example.com   www.example.com "_s);
    QVERIFY(names);
    QCOMPARE(names->value, u"example.com www.example.com");
    const auto published = specValueFor(FileRole::Compose, u"services.nginx.ports[0].published"_s, u"8080"_s);
    QVERIFY(published);
    QCOMPARE(published->key, u"nginx.http_port");
    // Every binding names a key berth.yaml has.
    for (const SpecBinding &b : specBindings()) {
        const SpecChange change = planSpecChange(m_dir.path(), QString::fromLatin1(b.specKey), u"1"_s);
        QVERIFY2(change.failure != SpecChange::Failure::InvalidKey, b.specKey);
    }
}

void TestSpecChange::berthSetupFiles()
{
    const auto ini = berthSetupFile(path(u"app/uwsgi.ini"_s));
    QVERIFY(ini);
    QCOMPARE(ini->role, FileRole::UwsgiIni);
    QCOMPARE(ini->path, u"app/uwsgi.ini");
    QCOMPARE(QDir(ini->projectDir).canonicalPath(), QDir(m_dir.path()).canonicalPath());
    const auto site = berthSetupFile(path(u"data/nginx/app.conf"_s));
    QVERIFY(site);
    QCOMPARE(site->role, FileRole::NginxSite);
    // A file Berth did not write, and a project whose berth.yaml does not validate.
    QVERIFY(write(path(u"app/other.ini"_s), u"[uwsgi]\n"_s));
    QVERIFY(!berthSetupFile(path(u"app/other.ini"_s)));
    QVERIFY(write(path(u"berth.yaml"_s), read(path(u"berth.yaml"_s)).replace(u"port: 8000"_s, u"port: 80"_s)));
    QVERIFY(!berthSetupFile(path(u"app/uwsgi.ini"_s)));
}

void TestSpecChange::portChangesEverywhere()
{
    const QMap<QString, QByteArray> before = snapshot(m_dir.path());
    const SpecChange change = planSpecChange(m_dir.path(), u"app_server.port"_s, u"9000"_s);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.oldValue, u"8000");
    QCOMPARE(change.newValue, u"9000");
    const QStringList expected = {u"Dockerfile"_s, u"app/uwsgi.ini"_s, u"data/nginx/app.conf"_s, u"docker-compose.yml"_s};
    QCOMPARE(paths(change.files), expected);
    QVERIFY(change.conflicts().isEmpty());
    // berth.yaml: one line, with the user's comment.
    const QStringList specLines = changedLines(unifiedDiff(change.specBefore, change.specAfter, u"berth.yaml"_s));
    QCOMPARE(specLines, QStringList({u"-  port: 8000  # the port our load balancer expects"_s,
                                      u"+  port: 9000  # the port our load balancer expects"_s}));
    const QString diff = change.diff();
    for (const QString &file : expected)
        QVERIFY2(diff.contains(u"+++ b/"_s + file), qPrintable(file));
    QVERIFY(diff.contains(u"+http-socket = :9000"_s));
    QVERIFY(diff.contains(u"+    server app:9000;"_s));
    // Planning wrote nothing.
    QCOMPARE(snapshot(m_dir.path()), before);

    const SpecChangeResult result = applySpecChange(change);
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList written = result.written;
    std::sort(written.begin(), written.end());
    QStringList all = QStringList(expected) << u"berth.yaml"_s;
    std::sort(all.begin(), all.end());
    QCOMPARE(written, all);
    const QMap<QString, QByteArray> after = snapshot(m_dir.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const bool changed = it.value() != before.value(it.key());
        QCOMPARE(changed, expected.contains(it.key()) || it.key() == "berth.yaml"_L1);
    }
    QVERIFY(read(path(u"berth.yaml"_s)).contains(u"  port: 9000  # the port our load balancer expects\n"_s));
    QVERIFY(read(path(u"app/uwsgi.ini"_s)).contains(u"http-socket = :9000\n"_s));
    // What a fresh generate from the new berth.yaml writes is what is there now.
    QString dryRun;
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, path(u"berth.yaml"_s), u"--out"_s, m_dir.path(), u"--dry-run"_s}, &dryRun), 0);
    QCOMPARE(dryRun, QString());
    QTemporaryDir fresh;
    QVERIFY(write(QDir(fresh.path()).filePath(u"berth.yaml"_s), read(path(u"berth.yaml"_s))));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, QDir(fresh.path()).filePath(u"berth.yaml"_s), u"--out"_s, fresh.path()}), 0);
    for (const QString &file : expected)
        QCOMPARE(readFile(QDir(fresh.path()).filePath(file)), readFile(path(file)));
    // The edited files are Berth's, as written: a second change plans them as Changed.
    const SpecChange again = planSpecChange(m_dir.path(), u"app_server.port"_s, u"9001"_s);
    QVERIFY(again.ok());
    QVERIFY(again.conflicts().isEmpty());
}

void TestSpecChange::invalidValueWritesNothing_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("allowed");
    QTest::newRow("zero") << u"0"_s << u"1024"_s;
    QTest::newRow("too large") << u"70000"_s << u"65535"_s;
    QTest::newRow("not a number") << u"abc"_s << u"1024"_s;
}

void TestSpecChange::invalidValueWritesNothing()
{
    QFETCH(QString, value);
    QFETCH(QString, allowed);
    const QMap<QString, QByteArray> before = snapshot(m_dir.path());
    const SpecChange change = planSpecChange(m_dir.path(), u"app_server.port"_s, value);
    QCOMPARE(change.failure, SpecChange::Failure::InvalidValue);
    QVERIFY2(change.error.contains(u"app_server.port"_s), qPrintable(change.error));
    QVERIFY2(change.error.contains(value), qPrintable(change.error));
    QVERIFY2(change.error.contains(allowed), qPrintable(change.error));
    QVERIFY(!applySpecChange(change).ok);
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.port"_s, value}), 2);
    QCOMPARE(snapshot(m_dir.path()), before);
}

void TestSpecChange::invalidKey()
{
    const SpecChange change = planSpecChange(m_dir.path(), u"app_server.prot"_s, u"9000"_s);
    QCOMPARE(change.failure, SpecChange::Failure::InvalidKey);
    QVERIFY(change.error.contains(u"app_server.prot"_s));
    QVERIFY(change.error.contains(u"app_server.port"_s)); // the keys there are
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.prot"_s, u"9000"_s}), 2);
}

void TestSpecChange::editedFileMergesOrConflicts()
{
    // An edit of the user's beside the changed line merges: written by default, the edit kept.
    const QString ini = path(u"app/uwsgi.ini"_s);
    QVERIFY(write(ini, read(ini) + u"# mine\n"_s));
    const SpecChange merged = planSpecChange(m_dir.path(), u"app_server.port"_s, u"9000"_s);
    QVERIFY2(merged.ok(), qPrintable(merged.error));
    QVERIFY(merged.conflicts().isEmpty());
    const auto iniFile = std::find_if(merged.files.cbegin(), merged.files.cend(),
                                      [](const SpecChangeFile &f) { return f.path == u"app/uwsgi.ini"; });
    QVERIFY(iniFile != merged.files.cend());
    QCOMPARE(iniFile->status, WriteStatus::Merged);
    QVERIFY(iniFile->writtenByDefault());
    QVERIFY(merged.diff(false).contains(u"+http-socket = :9000"_s));
    const SpecChangeResult mergedResult = applySpecChange(merged);
    QVERIFY2(mergedResult.ok, qPrintable(mergedResult.error));
    QVERIFY(mergedResult.written.contains(u"app/uwsgi.ini"_s));
    QVERIFY(read(ini).contains(u"http-socket = :9000\n"_s) && read(ini).endsWith(u"# mine\n"_s));

    // An edit of the changed line itself is a conflict: shown, not written unless ticked.
    QVERIFY(write(ini, read(ini).replace(u"http-socket = :9000"_s, u"http-socket = :9100"_s)));
    const QByteArray iniBefore = readFile(ini);
    const SpecChange change = planSpecChange(m_dir.path(), u"app_server.port"_s, u"9001"_s);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.conflicts(), QStringList{u"app/uwsgi.ini"_s});
    QVERIFY(change.diff(true).contains(u"+++ b/app/uwsgi.ini"_s));
    QVERIFY(!change.diff(false).contains(u"+++ b/app/uwsgi.ini"_s));
    const SpecChangeResult result = applySpecChange(change);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.written.contains(u"app/uwsgi.ini"_s));
    QCOMPARE(readFile(ini), iniBefore);
    QVERIFY(read(path(u"data/nginx/app.conf"_s)).contains(u"server app:9001;"_s));

    // Ticked, it is replaced, with a backup.
    const SpecChange next = planSpecChange(m_dir.path(), u"app_server.port"_s, u"9002"_s);
    QVERIFY(next.ok());
    QCOMPARE(next.conflicts(), QStringList{u"app/uwsgi.ini"_s});
    const SpecChangeResult replaced = applySpecChange(next, next.conflicts());
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QVERIFY(replaced.written.contains(u"app/uwsgi.ini"_s));
    QVERIFY(read(ini).contains(u"http-socket = :9002\n"_s));
    QVERIFY(!replaced.backups.isEmpty());
}

void TestSpecChange::cliDryRunAndSet()
{
    const QMap<QString, QByteArray> before = snapshot(m_dir.path());
    QString out;
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"nginx.server_name"_s, u"example.com"_s, u"--dry-run"_s}, &out), 0);
    QVERIFY(out.contains(u"--- a/berth.yaml"_s));
    QVERIFY(out.contains(u"+++ b/data/nginx/app.conf"_s));
    QVERIFY(out.contains(u"+    server_name example.com;"_s));
    QCOMPARE(snapshot(m_dir.path()), before);
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"nginx.server_name"_s, u"example.com"_s}, &out), 0);
    QVERIFY(out.contains(u"wrote berth.yaml"_s));
    QVERIFY(out.contains(u"wrote data/nginx/app.conf"_s));
    QVERIFY(read(path(u"berth.yaml"_s)).contains(u"server_name: \"example.com\""_s)); // its quotes kept
    QVERIFY(read(path(u"data/nginx/app.conf"_s)).contains(u"server_name example.com;"_s));
    // Nothing left to do: the same value again.
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"nginx.server_name"_s, u"example.com"_s}, &out), 0);
    QVERIFY(out.contains(u"nothing to change"_s));
}

void TestSpecChange::cliConflictsAndForce()
{
    // The user's own upstream port: a conflict with the spec's new one.
    const QString site = path(u"data/nginx/app.conf"_s);
    QVERIFY(write(site, read(site).replace(u"server app:8000;"_s, u"server app:8001;  # mine"_s)));
    const QMap<QString, QByteArray> before = snapshot(m_dir.path());
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.port"_s, u"9000"_s}), 3);
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.port"_s, u"9000"_s, u"--dry-run"_s}), 3);
    QCOMPARE(snapshot(m_dir.path()), before);
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.port"_s, u"9000"_s, u"--force"_s}), 0);
    QVERIFY(read(site).contains(u"server app:9000;"_s));
    QVERIFY(!read(site).contains(u"# mine"_s));
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"--help"_s}), 0);
    QCOMPARE(berth({u"spec"_s, u"set"_s, m_dir.path(), u"app_server.port"_s}), 2);
}

QTEST_GUILESS_MAIN(TestSpecChange)
#include "tst_specchange.moc"
