// A form edit of a value berth.yaml holds, in the Configuration view of a file Berth wrote:
// the dialog, Change Everywhere, Only This File, Cancel, and unsaved edits in another tab.
#include "../common/berthcli.h"
#include "config/composeconfigview.h"
#include "config/iniconfigview.h"
#include "config/nginxconfigview.h"
#include "config/serviceform.h"
#include "config/specchangedialog.h"
#include "editor/codeeditor.h"
#include "editor/editortab.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <memory>

using namespace Qt::StringLiterals;
using namespace BerthTest;
using Berth::EditorTab;
using Berth::SpecChangeDialog;

class TestSpecChangeDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    QMap<QString, QByteArray> m_before;

    QString path(const QString &relative) const { return QDir(m_dir.path()).filePath(relative); }
    EditorTab *open(const QString &relative, const QString &definition)
    {
        auto *tab = new EditorTab(path(relative), definition, m_window.get());
        QString error;
        if (!tab->load(&error))
            qFatal("cannot load: %s", qPrintable(error));
        tab->showConfiguration(true);
        return tab;
    }
    // Types a value into a line of the uwsgi.ini form and presses Enter; returns the dialog.
    SpecChangeDialog *editUwsgi(EditorTab *tab, const QString &key, const QString &value)
    {
        auto *view = qobject_cast<Berth::IniConfigView *>(tab->configView());
        auto *line = view ? qobject_cast<QLineEdit *>(view->field(key)) : nullptr;
        if (!line)
            return nullptr;
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, value);
        QTest::keyClick(line, Qt::Key_Return);
        return view->findChild<SpecChangeDialog *>();
    }
    bool unchangedOnDisk(const QStringList &files) const
    {
        for (const QString &f : files) {
            if (readFile(path(f)) != m_before.value(f))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void changeEverywhere();
    void onlyThisFile();
    void cancelGoesBack();
    void unsavedTabRefuses();
    void nginxUpstream();
    void composePorts();
};

const QStringList SetupFiles = {u"berth.yaml"_s, u"app/uwsgi.ini"_s, u"data/nginx/app.conf"_s, u"docker-compose.yml"_s, u"Dockerfile"_s};

void TestSpecChangeDialog::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
    QString spec;
    QCOMPARE(berth({u"spec"_s, u"--defaults"_s}, &spec), 0);
    QVERIFY(write(path(u"berth.yaml"_s), spec));
    QCOMPARE(berth({u"generate"_s, u"--spec"_s, path(u"berth.yaml"_s), u"--out"_s, m_dir.path()}), 0);
    for (const QString &f : SetupFiles)
        m_before.insert(f, readFile(path(f)));
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 700);
}

void TestSpecChangeDialog::changeEverywhere()
{
    EditorTab *ini = open(u"app/uwsgi.ini"_s, u"INI Files"_s);
    EditorTab *site = open(u"data/nginx/app.conf"_s, u"nginx Configuration"_s);
    SpecChangeDialog *dialog = editUwsgi(ini, u"http-socket"_s, u":9000"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Change the uwsgi port everywhere");
    QVERIFY(dialog->findChild<QLabel *>(u"specChangeHeading"_s)->text().contains(u"app_server.port"_s));
    QCOMPARE(dialog->fileList()->count(), 5); // berth.yaml and the four files
    const QString diff = dialog->diffView()->toPlainText();
    QVERIFY(diff.contains(u"+  port: 9000"_s));
    QVERIFY(diff.contains(u"+http-socket = :9000"_s));
    QVERIFY(diff.contains(u"+    server app:9000;"_s));
    QVERIFY(diff.contains(u"+EXPOSE 9000"_s));
    QVERIFY(dialog->everywhereButton()->isDefault());
    // Nothing happened yet, not even in the document.
    QVERIFY(unchangedOnDisk(SetupFiles));
    QVERIFY(ini->editor()->toPlainText().contains(u"http-socket = :8000"_s));

    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(!unchangedOnDisk({u"berth.yaml"_s}));
    QVERIFY(read(path(u"berth.yaml"_s)).contains(u"  port: 9000\n"_s));
    QVERIFY(read(path(u"app/uwsgi.ini"_s)).contains(u"http-socket = :9000\n"_s));
    QVERIFY(read(path(u"data/nginx/app.conf"_s)).contains(u"server app:9000;"_s));
    QVERIFY(read(path(u"docker-compose.yml"_s)).contains(u":8000:9000"_s));
    QVERIFY(read(path(u"Dockerfile"_s)).contains(u"EXPOSE 9000"_s));
    // The open tabs follow the disk, with nothing left unsaved.
    QTRY_VERIFY(ini->editor()->toPlainText().contains(u"http-socket = :9000"_s));
    QTRY_VERIFY(site->editor()->toPlainText().contains(u"server app:9000;"_s));
    QVERIFY(!ini->isModified());
    QVERIFY(!site->isModified());
    QTRY_COMPARE(qobject_cast<QLineEdit *>(qobject_cast<Berth::IniConfigView *>(ini->configView())->field(u"http-socket"_s))->text(), u":9000");
}

void TestSpecChangeDialog::onlyThisFile()
{
    EditorTab *ini = open(u"app/uwsgi.ini"_s, u"INI Files"_s);
    SpecChangeDialog *dialog = editUwsgi(ini, u"http-socket"_s, u":9000"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->onlyThisFileButton(), Qt::LeftButton);
    // The plain edit of this file's text, unsaved, as any form edit; nothing else changed.
    QTRY_VERIFY(ini->editor()->toPlainText().contains(u"http-socket = :9000"_s));
    QVERIFY(ini->isModified());
    QVERIFY(unchangedOnDisk(SetupFiles));
}

void TestSpecChangeDialog::cancelGoesBack()
{
    EditorTab *ini = open(u"app/uwsgi.ini"_s, u"INI Files"_s);
    SpecChangeDialog *dialog = editUwsgi(ini, u"http-socket"_s, u":9000"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    auto *line = qobject_cast<QLineEdit *>(qobject_cast<Berth::IniConfigView *>(ini->configView())->field(u"http-socket"_s));
    QTRY_COMPARE(line->text(), u":8000");
    QVERIFY(ini->editor()->toPlainText().contains(u"http-socket = :8000"_s));
    QVERIFY(!ini->isModified());
    QVERIFY(unchangedOnDisk(SetupFiles));
}

void TestSpecChangeDialog::unsavedTabRefuses()
{
    EditorTab *ini = open(u"app/uwsgi.ini"_s, u"INI Files"_s);
    EditorTab *site = open(u"data/nginx/app.conf"_s, u"nginx Configuration"_s);
    QTextCursor cursor(site->editor()->document());
    cursor.insertText(u"# typing\n"_s);
    QVERIFY(site->isModified());
    SpecChangeDialog *dialog = editUwsgi(ini, u"http-socket"_s, u":9000"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->everywhereButton()->isEnabled());
    auto *blocked = dialog->findChild<QLabel *>(u"specChangeBlocked"_s);
    QVERIFY(blocked);
    QVERIFY(blocked->text().contains(u"app.conf"_s));
    QVERIFY(blocked->text().contains(u"save or close"_s));
    // Enter changes nothing now.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(unchangedOnDisk(SetupFiles));
    QVERIFY(site->editor()->toPlainText().startsWith(u"# typing\n"_s));
}

void TestSpecChangeDialog::nginxUpstream()
{
    EditorTab *site = open(u"data/nginx/app.conf"_s, u"nginx Configuration"_s);
    auto *view = qobject_cast<Berth::NginxConfigView *>(site->configView());
    QVERIFY(view);
    QLineEdit *upstream = view->field(Berth::Config::NginxSite::Field::Upstream);
    QCOMPARE(upstream->text(), u"app:8000");
    upstream->setFocus();
    upstream->selectAll();
    QTest::keyClicks(upstream, u"app:9100"_s);
    QTest::keyClick(upstream, Qt::Key_Return);
    auto *dialog = view->findChild<SpecChangeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Change the uwsgi port everywhere");
    QVERIFY(dialog->diffView()->toPlainText().contains(u"+http-socket = :9100"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_COMPARE(upstream->text(), u"app:8000");
    QVERIFY(unchangedOnDisk(SetupFiles));
}

// The compose form's ports: the container port of app is the uwsgi port, nginx's host port is
// nginx.http_port; the host address is no spec value and stays a plain edit.
void TestSpecChangeDialog::composePorts()
{
    EditorTab *compose = open(u"docker-compose.yml"_s, u"YAML"_s);
    auto *view = qobject_cast<Berth::ComposeConfigView *>(compose->configView());
    QVERIFY(view);
    QTableWidget *ports = view->form()->ports();
    compose->resize(m_window->size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Typed into the table's own editor, as a user does.
    const auto typeInto = [ports](int row, int column, const QString &text) {
        ports->setFocus();
        ports->setCurrentCell(row, column);
        ports->editItem(ports->item(row, column));
        auto *line = ports->viewport()->findChild<QLineEdit *>(); // the item's editor
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    };

    view->selectService(u"app"_s);
    QCOMPARE(ports->item(0, 2)->text(), u"8000");
    typeInto(0, 2, u"9000"_s);
    SpecChangeDialog *dialog = nullptr; // the table's editor commits on the next turn of the event loop
    QTRY_VERIFY((dialog = view->findChild<SpecChangeDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Change the uwsgi port everywhere");
    QVERIFY(dialog->diffView()->toPlainText().contains(u"+http-socket = :9000"_s));
    QVERIFY(dialog->diffView()->toPlainText().contains(u"+    server app:9000;"_s));
    // Cancel: the table shows the file again, nothing changed.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_COMPARE(ports->item(0, 2)->text(), u"8000");
    QVERIFY(!compose->isModified());
    QVERIFY(unchangedOnDisk(SetupFiles));

    // nginx's host port, everywhere: berth.yaml and the compose file on disk, the tab follows.
    view->selectService(u"nginx"_s);
    QCOMPARE(ports->item(0, 1)->text(), u"80");
    typeInto(0, 1, u"8080"_s);
    QTRY_VERIFY((dialog = view->findChild<SpecChangeDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(u"port"_s));
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(read(path(u"berth.yaml"_s)).contains(u"http_port: 8080"_s));
    QVERIFY(read(path(u"docker-compose.yml"_s)).contains(u"\"8080:80\""_s));
    QTRY_VERIFY(compose->editor()->toPlainText().contains(u"\"8080:80\""_s));
    QVERIFY(!compose->isModified());

    // The host address is no spec value: a plain edit of this file, no dialog.
    QTRY_VERIFY(!view->findChild<SpecChangeDialog *>() || !view->findChild<SpecChangeDialog *>()->isVisible());
    view->selectService(u"database"_s);
    typeInto(0, 0, u"0.0.0.0"_s);
    QTRY_VERIFY(compose->editor()->toPlainText().contains(u"\"0.0.0.0:5432:5432\""_s));
    QVERIFY(!view->findChild<SpecChangeDialog *>() || !view->findChild<SpecChangeDialog *>()->isVisible());
    QVERIFY(compose->isModified());
}

QTEST_MAIN(TestSpecChangeDialog)
#include "tst_specchangedialog.moc"
