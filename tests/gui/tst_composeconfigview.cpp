// The compose file's Configuration view in a real EditorTab, on corpus files written for the
// YAML editor: the form and the text are two views of one document.
#include "appearance.h"
#include "config/composereader.h"
#include "config/composeconfigview.h"
#include "config/serviceform.h"
#include "editor/codeeditor.h"
#include "editor/editortab.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using Berth::ComposeConfigView;

namespace {
QString corpus(const QString &name)
{
    QFile f(qEnvironmentVariable("BERTH_SOURCE_DIR") + u"/tests/unit/yaml-corpus/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

struct Opened {
    QTemporaryDir dir;
    std::unique_ptr<Berth::EditorTab> tab;
    QString text;

    explicit Opened(const QString &corpusName)
    {
        text = corpus(corpusName);
        const QString path = dir.filePath(u"docker-compose.yml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        tab = std::make_unique<Berth::EditorTab>(path, u"YAML"_s);
        QString error;
        if (!tab->load(&error))
            qFatal("cannot load: %s", qPrintable(error));
        tab->resize(1100, 760);
        tab->showConfiguration(true);
    }
    QString current() const { return tab->editor()->toPlainText(); }
    ComposeConfigView *view() const { return qobject_cast<ComposeConfigView *>(tab->configView()); }
};
} // namespace

class TestComposeConfigView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void formEditChangesTheText();
    void typingChangesTheForm();
    void formEditRightAfterTypingIsNotOverwritten();
    void undoAndRedoAcrossBothViews();
    void renameUpdatesDependsOn();
    void conditionTurnsTheListIntoAMap();
    void catalogueAddsAWiredService();
    void refusedEditSaysWhy();
    void listsAddAndRemove();
    void screenshots();
};

void TestComposeConfigView::formEditChangesTheText()
{
    Opened o(u"comments.yaml"_s);
    ComposeConfigView *view = o.view();
    QVERIFY(view);
    view->selectService(u"db"_s);
    QLineEdit *image = view->form()->imageField();
    QCOMPARE(image->text(), u"postgres:17");
    image->setFocus();
    image->selectAll();
    QTest::keyClicks(image, u"postgres:18"_s);
    QTest::keyClick(image, Qt::Key_Return);
    QString expected = o.text;
    expected.replace(u"image: postgres:17"_s, u"image: postgres:18"_s);
    QCOMPARE(o.current(), expected);
    // A port: the host address of web's first port, in the table.
    view->selectService(u"web"_s);
    QTableWidget *ports = view->form()->ports();
    QVERIFY(view->form()->portWarning()->text().contains(u"8443"));
    ports->item(1, 0)->setText(u"127.0.0.1"_s);
    QVERIFY(o.current().contains(u"      - \"127.0.0.1:8443:443\"\n      # after a blank line"_s) ||
            o.current().contains(u"      - \"127.0.0.1:8443:443\"\n\n      # after a blank line"_s));
    QVERIFY(view->form()->portWarning()->text().isEmpty());
    // An environment value keeps its quotes and the comment above it.
    QTableWidget *env = view->form()->environment();
    QCOMPARE(env->item(1, 0)->text(), u"DEBUG");
    env->item(1, 1)->setText(u"1"_s);
    QVERIFY(o.current().contains(u"      # debug off in production\n      DEBUG: \"1\"\n"_s));
}

void TestComposeConfigView::typingChangesTheForm()
{
    Opened o(u"comments.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"db"_s);
    QTextCursor cursor = o.tab->editor()->document()->find(u"image: postgres:17"_s);
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::EndOfBlock);
    o.tab->editor()->setTextCursor(cursor);
    QTest::keyClicks(o.tab->editor(), u"-alpine"_s);
    QCOMPARE(view->form()->imageField()->text(), u"postgres:17"); // not before the debounce
    QTRY_COMPARE(view->form()->imageField()->text(), u"postgres:17-alpine");
}

void TestComposeConfigView::formEditRightAfterTypingIsNotOverwritten()
{
    Opened o(u"comments.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"db"_s);
    auto *reader = view->findChild<Berth::Config::ComposeReader *>();
    QVERIFY(reader);
    QSignalSpy read(reader, &Berth::Config::ComposeReader::finished);
    // Typing, and its read in the background (what the end of the debounce starts)…
    QTextCursor cursor = o.tab->editor()->document()->find(u"image: postgres:17"_s);
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::EndOfBlock);
    o.tab->editor()->setTextCursor(cursor);
    QTest::keyClicks(o.tab->editor(), u"-alpine"_s);
    view->refreshInBackground();
    while (!reader->isIdle()) // the reading is done; no event loop has run, so it waits in the queue
        QThread::yieldCurrentThread();
    QCOMPARE(read.count(), 0);
    QVERIFY(!view->isCurrent());
    // …then a form edit before the reading arrives: it reads the typed text itself and edits it.
    QLineEdit *image = view->form()->imageField();
    image->setFocus();
    image->selectAll();
    QTest::keyClicks(image, u"postgres:18"_s);
    QTest::keyClick(image, Qt::Key_Return);
    QVERIFY(o.current().contains(u"\n    image: postgres:18\n"_s));
    QVERIFY(!o.current().contains(u"alpine"_s));
    QVERIFY(view->isCurrent());
    // The stale reading arrives and is dropped: the form keeps showing the edit.
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).value<Berth::Config::ComposeReading>().text.contains(u"postgres:17-alpine"_s), true);
    QCoreApplication::processEvents();
    QVERIFY(view->isCurrent());
    QCOMPARE(view->form()->imageField()->text(), u"postgres:18");
    // Typing again is read in the background and shown.
    cursor = o.tab->editor()->document()->find(u"image: postgres:18"_s);
    cursor.movePosition(QTextCursor::EndOfBlock);
    o.tab->editor()->setTextCursor(cursor);
    QTest::keyClicks(o.tab->editor(), u"-bookworm"_s);
    QTRY_COMPARE(view->form()->imageField()->text(), u"postgres:18-bookworm");
    QCOMPARE(read.count(), 2);
}

void TestComposeConfigView::undoAndRedoAcrossBothViews()
{
    Opened o(u"comments.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"web"_s);
    QVERIFY(view->addFromCatalogue(u"redis"_s));
    QVERIFY(o.current().contains(u"\n  redis:\n    image: redis:7-alpine"_s));
    QCOMPARE(view->services()->currentItem()->text(), u"redis");
    QTextDocument *doc = o.tab->editor()->document();
    doc->undo();
    QCOMPARE(o.current(), o.text);
    QTRY_COMPARE(view->services()->count(), 2);
    doc->redo();
    QVERIFY(o.current().contains(u"\n  redis:\n"_s));
    QTRY_COMPARE(view->services()->count(), 3);
    // Typing in the text, then undo from the form's side: the same stack.
    QTextCursor end(doc);
    end.movePosition(QTextCursor::End);
    o.tab->editor()->setTextCursor(end);
    QTest::keyClicks(o.tab->editor(), u"# typed"_s);
    QTRY_VERIFY(o.current().endsWith(u"# typed"_s));
    doc->undo();
    QVERIFY(!o.current().endsWith(u"# typed"_s));
}

void TestComposeConfigView::renameUpdatesDependsOn()
{
    Opened o(u"envports.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"db"_s);
    QVERIFY(view->renameSelected(u"postgres"_s));
    QVERIFY(o.current().contains(u"depends_on: [postgres, cache]"_s));
    QVERIFY(o.current().contains(u"\n  postgres:\n    image: postgres:17"_s));
    QCOMPARE(view->services()->currentItem()->text(), u"postgres");
    o.tab->editor()->document()->undo();
    QCOMPARE(o.current(), o.text);
}

void TestComposeConfigView::conditionTurnsTheListIntoAMap()
{
    Opened o(u"envports.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"app"_s);
    auto *condition = qobject_cast<QComboBox *>(view->form()->dependsOn()->cellWidget(0, 1));
    QVERIFY(condition);
    condition->setCurrentText(u"service_healthy"_s);
    Q_EMIT condition->textActivated(u"service_healthy"_s);
    QVERIFY2(o.current().contains(u"depends_on: {db: {condition: service_healthy}, cache: {condition: service_started}}"_s),
             qPrintable(o.current()));
}

void TestComposeConfigView::catalogueAddsAWiredService()
{
    Opened o(u"comments.yaml"_s);
    ComposeConfigView *view = o.view();
    QVERIFY(view->addFromCatalogue(u"mailpit"_s));
    QVERIFY(o.current().contains(u"  mailpit:\n    image: axllent/mailpit:v1.21\n"_s));
    QVERIFY(o.current().endsWith(u"volumes:\n  pgdata: {}   # named volume\n# a comment at the end\n"_s));
    // Celery loads the project DJANGO_SETTINGS_MODULE names…
    QVERIFY(view->addFromCatalogue(u"celery-worker"_s));
    QVERIFY(o.current().contains(u"command: celery -A mysite worker"_s));
    // …and asks when the file does not say it.
    Opened other(u"envports.yaml"_s);
    QVERIFY(!other.view()->addFromCatalogue(u"celery-beat"_s));
    QVERIFY(other.view()->message()->text().contains(u"celery -A"));
    QCOMPARE(other.current(), other.text);
    other.view()->setCeleryApp(u"shop"_s);
    QVERIFY(other.view()->addFromCatalogue(u"celery-beat"_s));
    QVERIFY(other.current().contains(u"    image: python:3.13-slim\n    command: celery -A shop beat"_s));
}

void TestComposeConfigView::refusedEditSaysWhy()
{
    Opened o(u"anchors.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"worker"_s);
    QTableWidget *env = view->form()->environment();
    QVERIFY(env->rowCount() > 0);
    env->item(0, 1)->setText(u"other.settings"_s);
    QCOMPARE(o.current(), o.text);
    QVERIFY2(view->message()->text().contains(u"&appenv"), qPrintable(view->message()->text()));
    QCOMPARE(env->item(0, 1)->text(), u"mysite.settings"); // the field shows the file again
}

void TestComposeConfigView::listsAddAndRemove()
{
    Opened o(u"envports.yaml"_s);
    ComposeConfigView *view = o.view();
    view->selectService(u"app"_s);
    auto *add = view->form()->findChild<QLineEdit *>(u"volumesAdd"_s);
    QVERIFY(add);
    add->setText(u"./logs:/app/logs"_s);
    QTest::keyClick(add, Qt::Key_Return);
    QVERIFY2(o.current().contains(u"      - static:/app/static\n      - ./logs:/app/logs\n    networks: [front, back]"_s),
             qPrintable(o.current()));
    auto *volumes = view->form()->findChild<QListWidget *>(u"volumes"_s);
    QCOMPARE(volumes->count(), 4);
    volumes->setCurrentRow(0);
    o.tab->show();
    o.tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(o.tab.get()));
    volumes->setFocus();
    QTest::keyClick(volumes, Qt::Key_Delete);
    QVERIFY(!o.current().contains(u"./src:/app/src:ro"_s));
    // A map of networks takes a name.
    view->selectService(u"db"_s);
    auto *networks = view->form()->findChild<QLineEdit *>(u"networksAdd"_s);
    networks->setText(u"front"_s);
    QTest::keyClick(networks, Qt::Key_Return);
    QVERIFY2(o.current().contains(u"        aliases: [database]\n      front: {}\n"_s), qPrintable(o.current()));
}

void TestComposeConfigView::screenshots()
{
    const QString dir = qEnvironmentVariable("BERTH_CONFIG_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("BERTH_CONFIG_SCREENSHOTS is not set");
    QVERIFY(QDir().mkpath(dir));
    for (const auto scheme : {Berth::ColorScheme::Light, Berth::ColorScheme::Dark}) {
        Berth::applyColorScheme(scheme);
        Opened o(u"comments.yaml"_s);
        o.view()->selectService(u"web"_s);
        o.tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(o.tab.get()));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QString suffix = scheme == Berth::ColorScheme::Dark ? u"dark"_s : u"light"_s;
        QVERIFY(o.tab->grab().save(dir + u"/config-compose-%1.png"_s.arg(suffix), "PNG"));
    }
}

QTEST_MAIN(TestComposeConfigView)
#include "tst_composeconfigview.moc"
