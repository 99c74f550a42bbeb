#include "project/recentprojects.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecentProjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newestFirstWithoutDuplicates();
    void cappedAtMaxEntries();
    void missingFoldersAreDropped();
    void removeForgetsAProject();

private:
    QSettings *freshSettings()
    {
        auto *s = new QSettings(m_settingsDir.filePath(u"recent.ini"_s), QSettings::IniFormat, this);
        s->clear();
        return s;
    }
    QTemporaryDir m_settingsDir;
};

void TestRecentProjects::newestFirstWithoutDuplicates()
{
    QTemporaryDir a, b;
    QSettings *s = freshSettings();
    Berth::RecentProjects recent(*s);
    recent.add(a.path());
    recent.add(b.path());
    recent.add(a.path() + u"/"_s); // same folder, spelled differently
    QCOMPARE(recent.paths(), (QStringList{a.path(), b.path()}));
}

void TestRecentProjects::cappedAtMaxEntries()
{
    QList<QTemporaryDir *> dirs;
    QSettings *s = freshSettings();
    Berth::RecentProjects recent(*s);
    for (int i = 0; i < Berth::RecentProjects::MaxEntries + 3; ++i) {
        dirs.append(new QTemporaryDir);
        recent.add(dirs.last()->path());
    }
    const QStringList paths = recent.paths();
    QCOMPARE(paths.size(), Berth::RecentProjects::MaxEntries);
    QCOMPARE(paths.first(), dirs.last()->path());
    qDeleteAll(dirs);
}

void TestRecentProjects::missingFoldersAreDropped()
{
    QSettings *s = freshSettings();
    Berth::RecentProjects recent(*s);
    QString gone;
    {
        QTemporaryDir temp;
        gone = temp.path();
        recent.add(gone);
        QCOMPARE(recent.paths(), QStringList{gone});
    }
    QVERIFY(recent.paths().isEmpty());
}

void TestRecentProjects::removeForgetsAProject()
{
    QTemporaryDir a, b;
    QSettings *s = freshSettings();
    Berth::RecentProjects recent(*s);
    recent.add(a.path());
    recent.add(b.path());
    recent.remove(b.path());
    QCOMPARE(recent.paths(), QStringList{a.path()});
    // A second object over the same settings sees the stored list.
    QCOMPARE(Berth::RecentProjects(*s).paths(), QStringList{a.path()});
}

QTEST_GUILESS_MAIN(TestRecentProjects)
#include "tst_recentprojects.moc"
