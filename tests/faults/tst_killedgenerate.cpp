// `berth generate` killed with SIGKILL at a random moment, many times, on a project going from
// one spec to another and back. After every kill each generated file must be exactly its old or
// its new content, every backup a complete copy of a replaced file, and nothing else may have
// appeared in the project (no temporary file, no half-made backup). A later run, with either
// spec, must then finish without taking Berth's own files for the user's edits (the manifest
// agrees with what is on disk) and leave nothing stray.
//
// The project's requirements.txt and .gitignore are large (Berth merges into them), so copying,
// hashing and writing them takes long enough for kills to land in the middle of writing. The
// delays are spread over a whole unkilled run; the test counts where the kills landed and fails
// when too few caught a run half-way, since then it would have proved nothing.
//
// BERTH_FAULT_KILLS sets the number of kills (default 120), BERTH_FAULT_SEED the random seed
// (printed, so a failure can be repeated).
#include "faulthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace BerthTest;

namespace {

const QString Manifest = u".berth/manifest.json"_s;
const QString Backups = u".berth/backups/"_s;
const QString Secret = u"data/postgres/database_env"_s;

// The second spec touches nearly every generated file.
QByteArray otherSpec()
{
    return "compose: {project_name: otherproject}\n"
           "container: {path: /srv/site, python_image: \"python:3.12\"}\n"
           "app_server: {processes: 4, threads: 8}\n"
           "nginx: {http_port: 8080, server_name: example.test}\n"
           "database: {user: other_role, name: other_db, image: \"postgres:16\"}\n"
           "tests: {pytest_args: [\"-q\"], run_on_up: false}\n";
}

// A few very long lines: cheap for Berth to merge (it works line by line), long to copy and write.
QByteArray bigLines(const char *prefix, int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += prefix + QByteArray::number(i) + ' ' + QByteArray(1200 * 1024, 'x') + '\n';
    return text;
}

bool isBackup(const QString &path) { return path.startsWith(Backups); }

// What Berth last generated, kept as the base of the next three-way merge (.berth/base/): Berth's
// own state, not the user's files, so never backed up. Staged in a hidden folder during a run and
// trusted only by the manifest's hash (tst_filesetmerge kills a merged write at each step), so a
// kill may leave a staged copy or a commit's temporary file there.
bool isMergeBase(const QString &path) { return path.startsWith(u".berth/base/"_s); }
bool isStagedMergeBase(const QString &path) { return path.startsWith(u".berth/base/.incomplete-"_s); }

// The hidden folder a run makes its backups in before renaming it to its time stamp.
bool isStagedBackup(const QString &path) { return path.startsWith(Backups + u".incomplete-"_s); }

// The file QSaveFile::commit() leaves when the kill falls between linking its temporary file to
// "NAME.XXXXXX" and renaming that over NAME (microseconds per file): NAME when path is such a
// leftover, else an empty string. The next run must remove it.
QString commitLeftoverOf(const QString &path)
{
    static const QRegularExpression leftover(u"^(.+)\\.[A-Za-z0-9]{6}$"_s);
    const QRegularExpressionMatch m = leftover.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString backupFolderOf(const QString &backup)
{
    return backup.left(backup.indexOf(u'/', Backups.size()));
}

// The generated path a backup is a copy of: .berth/backups/<stamp>/<path>.
QString backedUpPath(const QString &backup)
{
    const QString rest = backup.mid(Backups.size());
    return rest.mid(rest.indexOf(u'/') + 1);
}

struct State
{
    Tree tree;
    QString specPath; // the spec that made it
};

} // namespace

class TestKilledGenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments();

private:
    bool makeState(const Tree &from, const QString &spec, Tree *result, QString *error);
    QString check(const Tree &before, const Tree &after, const Tree &now, QStringList generated) const;

    QTemporaryDir m_work;
    QString m_specOld;
    QString m_specNew;
    Tree m_old;  // the project after `generate` with the old spec
    Tree m_new;  // m_old after `generate` with the new spec
    Tree m_back; // m_new after `generate` with the old spec again
    QStringList m_generated;
    qint64 m_runMicros = 0;
};

bool TestKilledGenerate::makeState(const Tree &from, const QString &spec, Tree *result, QString *error)
{
    QTemporaryDir dir(m_work.filePath(u"state-XXXXXX"_s));
    if (!restore(dir.path(), from) || (from.contains(Secret) && !QFile::setPermissions(dir.filePath(Secret), QFile::ReadOwner | QFile::WriteOwner))) {
        *error = u"cannot copy the project"_s;
        return false;
    }
    const BerthRun r = runBerth({u"generate"_s, u"--spec"_s, spec, u"--out"_s, dir.path()});
    if (!r.finished || r.exitCode != 0) {
        *error = u"berth generate failed (%1): %2"_s.arg(r.exitCode).arg(r.err);
        return false;
    }
    *result = snapshot(dir.path());
    return true;
}

void TestKilledGenerate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(berthBinary()), qPrintable(berthBinary()));
    QVERIFY(m_work.isValid());
    m_specOld = m_work.filePath(u"old.yaml"_s);
    m_specNew = m_work.filePath(u"new.yaml"_s);
    // The default spec, with the project name it would otherwise take from each run's folder
    // (as Compose does), so every state folder generates the same files.
    QVERIFY(writeFile(m_specOld, "compose: {project_name: myproject}\n"));
    QVERIFY(writeFile(m_specNew, otherSpec()));

    // A project with a Django layout and big files Berth merges into.
    Tree project;
    project.insert(u"app/manage.py"_s, "import os\n# DJANGO_SETTINGS_MODULE app.settings\n");
    project.insert(u"app/app/__init__.py"_s, "");
    project.insert(u"app/app/settings.py"_s, "SECRET_KEY = 'x'\nINSTALLED_APPS = []\n");
    project.insert(u"app/app/wsgi.py"_s, "application = None\n");
    project.insert(u"app/requirements.txt"_s, "requests==2.32.3\n" + bigLines("# note ", 3));
    project.insert(u".gitignore"_s, bigLines("/ignored/", 3));

    QString error;
    QVERIFY2(makeState(project, m_specOld, &m_old, &error), qPrintable(error));
    QVERIFY2(makeState(m_old, m_specNew, &m_new, &error), qPrintable(error));
    QVERIFY2(makeState(m_new, m_specOld, &m_back, &error), qPrintable(error));

    for (auto it = m_new.begin(); it != m_new.end(); ++it) {
        if (!project.contains(it.key()) || m_old.value(it.key()) != project.value(it.key())) {
            if (it.key() != Manifest && !isBackup(it.key()))
                m_generated.append(it.key());
        }
    }
    int changing = 0;
    for (const QString &path : std::as_const(m_generated))
        changing += m_old.value(path) != m_new.value(path) ? 1 : 0;
    QVERIFY2(changing >= 8, qPrintable(u"only %1 files differ between the specs"_s.arg(changing)));

    // How long one unkilled run takes, so the kills spread over all of it.
    QList<qint64> times;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir dir(m_work.filePath(u"time-XXXXXX"_s));
        QVERIFY(restore(dir.path(), m_old));
        QElapsedTimer t;
        t.start();
        const BerthRun r = runBerth({u"generate"_s, u"--spec"_s, m_specNew, u"--out"_s, dir.path()});
        times.append(t.nsecsElapsed() / 1000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    std::sort(times.begin(), times.end());
    m_runMicros = times.at(1);
    qInfo("%lld generated files, %d change between the specs; one run takes %lld ms",
          qint64(m_generated.size()), changing, m_runMicros / 1000);
}

// What is wrong with now (the project after a kill), which was before and was being turned into
// after; an empty string when nothing is.
QString TestKilledGenerate::check(const Tree &before, const Tree &after, const Tree &now, QStringList generated) const
{
    QStringList problems;
    for (const QString &path : std::as_const(generated)) {
        if (!now.contains(path)) {
            if (before.contains(path))
                problems.append(path + u" is gone"_s);
            continue;
        }
        const QByteArray &content = now.value(path);
        if (content != before.value(path) && content != after.value(path))
            problems.append(u"%1 is neither old nor new (%2 bytes; old %3, new %4)"_s.arg(path)
                                .arg(content.size()).arg(before.value(path).size()).arg(after.value(path).size()));
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QString &path = it.key();
        if (path == Manifest) {
            if (QJsonDocument::fromJson(it.value()).isNull())
                problems.append(u"the manifest is not valid JSON"_s);
            continue;
        }
        if (generated.contains(path) || before.contains(path) || isMergeBase(path))
            continue;
        if (isBackup(path)) {
            const QString of = backedUpPath(path);
            if (!before.contains(of) || before.value(of) != it.value())
                problems.append(u"%1 is not a complete copy of %2 as it was"_s.arg(path, of));
            continue;
        }
        // A complete new content under QSaveFile's commit name is old-or-new too (see
        // commitLeftoverOf); anything else is a stray.
        const QString of = commitLeftoverOf(path);
        if (!of.isEmpty() && generated.contains(of) && it.value() == after.value(of))
            continue;
        if (of == Manifest && !QJsonDocument::fromJson(it.value()).isNull())
            continue;
        problems.append(u"stray file %1 (%2 bytes)"_s.arg(path).arg(it.value().size()));
    }
    // A backup folder under its final name holds a copy of every file the run replaces.
    QStringList replaced;
    for (const QString &path : std::as_const(generated)) {
        if (before.contains(path) && before.value(path) != after.value(path) && !isMergeBase(path))
            replaced.append(u'/' + path);
    }
    QMap<QString, QStringList> backupSets;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (isBackup(it.key()) && !isStagedBackup(it.key()) && !before.contains(it.key()))
            backupSets[backupFolderOf(it.key())].append(it.key().mid(backupFolderOf(it.key()).size()));
    }
    for (auto it = backupSets.begin(); it != backupSets.end(); ++it) {
        QStringList have = it.value();
        have.sort();
        replaced.sort();
        if (have != replaced)
            problems.append(u"%1 has %2 instead of %3"_s.arg(it.key(), have.join(u' '), replaced.join(u' ')));
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!generated.contains(it.key()) && it.key() != Manifest && now.value(it.key()) != it.value())
            problems.append(it.key() + u" (not Berth's to write) changed"_s);
    }
    return problems.join(u"; "_s);
}

void TestKilledGenerate::killAtRandomMoments()
{
    const int kills = qEnvironmentVariableIsSet("BERTH_FAULT_KILLS") ? qEnvironmentVariableIntValue("BERTH_FAULT_KILLS") : 120;
    const quint32 seed = qEnvironmentVariableIsSet("BERTH_FAULT_SEED")
                             ? quint32(qEnvironmentVariableIntValue("BERTH_FAULT_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("%d kills, seed %u (BERTH_FAULT_SEED=%u repeats this run)", kills, seed, seed);
    QRandomGenerator random(seed);

    int untouched = 0, backupsOnly = 0, halfway = 0, allWritten = 0, finished = 0, leftovers = 0;
    for (int i = 0; i < kills; ++i) {
        // Half the runs go from the old spec to the new one, half back again.
        const bool forward = random.bounded(2) == 0;
        const Tree &before = forward ? m_old : m_new;
        const Tree &after = forward ? m_new : m_back;
        const QString spec = forward ? m_specNew : m_specOld;
        const qint64 delay = qint64(random.bounded(quint32(m_runMicros * 11 / 10)));

        QTemporaryDir dir(m_work.filePath(u"kill-XXXXXX"_s));
        QVERIFY(restore(dir.path(), before));
        QVERIFY(QFile::setPermissions(dir.filePath(Secret), QFile::ReadOwner | QFile::WriteOwner));

        QProcess p;
        p.start(berthBinary(), {u"generate"_s, u"--spec"_s, spec, u"--out"_s, dir.path()});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QThread::usleep(quint64(delay)); // the random moment of the kill
        p.kill();                        // SIGKILL
        QVERIFY(p.waitForFinished(30000));
        const bool completed = p.exitStatus() == QProcess::NormalExit;
        if (completed)
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const Tree now = snapshot(dir.path());
        const QString problem = check(before, after, now, m_generated);
        QVERIFY2(problem.isEmpty(), qPrintable(u"kill %1 (%2, after %3 us): %4"_s.arg(i)
                                                   .arg(forward ? "old to new"_L1 : "new to old"_L1).arg(delay).arg(problem)));
        if (now.contains(Secret)) {
            const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
            QVERIFY2(!(QFile::permissions(dir.filePath(Secret)) & others), "the secrets file is readable by others");
        }

        int asBefore = 0, asAfter = 0;
        for (const QString &path : std::as_const(m_generated)) {
            if (before.value(path) == after.value(path))
                continue;
            (now.value(path) == after.value(path) ? asAfter : asBefore) += 1;
        }
        if (completed)
            ++finished;
        else if (asAfter == 0 && now.size() == before.size())
            ++untouched;
        else if (asAfter == 0)
            ++backupsOnly;
        else if (asBefore == 0)
            ++allWritten;
        else
            ++halfway;
        for (auto it = now.begin(); it != now.end(); ++it)
            leftovers += isStagedBackup(it.key()) ? 1 : 0;

        // A later run, with either spec, takes every file as Berth's, finishes and leaves
        // nothing stray; a second one then has nothing to do.
        const bool toNew = random.bounded(2) == 0;
        const QString again = toNew ? m_specNew : m_specOld;
        const BerthRun r = runBerth({u"generate"_s, u"--spec"_s, again, u"--out"_s, dir.path()});
        QVERIFY2(r.finished && r.exitCode == 0,
                 qPrintable(u"kill %1: the next run (%2 spec) exits %3: %4"_s.arg(i)
                                .arg(toNew ? "new"_L1 : "old"_L1).arg(r.exitCode).arg(r.err)));
        const Tree recovered = snapshot(dir.path());
        for (auto it = recovered.begin(); it != recovered.end(); ++it) {
            const QString &path = it.key();
            QVERIFY2((m_generated.contains(path) || before.contains(path) || path == Manifest || isBackup(path)
                      || isMergeBase(path))
                         && !isStagedBackup(path) && !isStagedMergeBase(path),
                     qPrintable(u"kill %1: stray file %2 after the next run"_s.arg(i).arg(path)));
            if (isBackup(path) && !now.contains(path)) {
                const QString of = backedUpPath(path);
                QVERIFY2(now.value(of) == it.value(), qPrintable(u"kill %1: backup %2 is not what was on disk"_s.arg(i).arg(path)));
            }
        }
        const BerthRun second = runBerth({u"generate"_s, u"--spec"_s, again, u"--out"_s, dir.path()});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, u"everything is up to date\n"_s);
    }
    qInfo("kills that left the project untouched: %d, with backups made and nothing replaced: %d, with some files "
          "replaced and some not: %d, with every file replaced: %d; runs that finished before the kill: %d; "
          "files in unfinished backup folders (removed by the next run): %d",
          untouched, backupsOnly, halfway, allWritten, finished, leftovers);
    // Without kills in the middle of writing the test proves nothing.
    QVERIFY2(halfway + backupsOnly >= kills / 20,
             qPrintable(u"only %1 of %2 kills landed while files were being written"_s.arg(halfway + backupsOnly).arg(kills)));
}

QTEST_GUILESS_MAIN(TestKilledGenerate)
#include "tst_killedgenerate.moc"
