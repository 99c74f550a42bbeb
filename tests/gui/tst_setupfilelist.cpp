// The project view's file list on a setup Berth wrote: the files under headings by role, in
// the order Docker, web server, app server, tests, database, your project; headings that
// cannot be selected or opened; "(edited)" on a file changed since Berth wrote it.
#include "../common/berthcli.h"
#include "setupfilelist.h"

#include <QApplication>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BerthTest;

class TestSetupFileList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void groupsAndEdits();
};

void TestSetupFileList::groupsAndEdits()
{
    QTemporaryDir dir;
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    QVERIFY(write(dir.filePath(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, dir.filePath(u"berth.yaml"_s), u"--out"_s, dir.path()}), 0);
    QListWidget list;
    Berth::fillSetupFileList(&list, dir.path());

    QStringList headings;
    QMap<QString, QString> groupOf;
    QString current;
    for (int i = 0; i < list.count(); ++i) {
        const QListWidgetItem *item = list.item(i);
        const QString path = item->data(Qt::UserRole).toString();
        if (path.isEmpty()) {
            QCOMPARE(item->flags(), Qt::NoItemFlags);
            headings << item->text();
            current = item->text();
            continue;
        }
        QVERIFY(item->flags() & Qt::ItemIsSelectable);
        QVERIFY2(!item->icon().isNull(), qPrintable(path));
        QVERIFY2(!item->text().contains(u"(edited)"_s), qPrintable(path)); // nothing edited yet
        groupOf.insert(path, current);
    }
    QCOMPARE(headings, (QStringList{u"Docker"_s, u"Web server"_s, u"App server"_s, u"Tests"_s, u"Database"_s, u"Your project"_s}));
    QCOMPARE(groupOf.value(u"Dockerfile"_s), u"Docker");
    QCOMPARE(groupOf.value(u"docker-compose.override.yml"_s), u"Docker");
    QCOMPARE(groupOf.value(u"data/nginx/app.conf"_s), u"Web server");
    QCOMPARE(groupOf.value(u"app/uwsgi.ini"_s), u"App server");
    QCOMPARE(groupOf.value(u"app/pytest.ini"_s), u"Tests");
    QCOMPARE(groupOf.value(u"data/postgres/database_env"_s), u"Database");
    QCOMPARE(groupOf.value(u"berth.yaml"_s), u"Your project");
    QCOMPARE(groupOf.value(u"data/django/django_env"_s), u"Your project");

    // An edit of the user's: the file says so, the others do not.
    QVERIFY(write(dir.filePath(u"app/uwsgi.ini"_s), read(dir.filePath(u"app/uwsgi.ini"_s)) + u"# mine\n"_s));
    Berth::fillSetupFileList(&list, dir.path());
    QStringList edited;
    for (int i = 0; i < list.count(); ++i) {
        if (list.item(i)->text().endsWith(u" (edited)"_s))
            edited << list.item(i)->data(Qt::UserRole).toString();
    }
    QCOMPARE(edited, QStringList{u"app/uwsgi.ini"_s});
}

QTEST_MAIN(TestSetupFileList)
#include "tst_setupfilelist.moc"
