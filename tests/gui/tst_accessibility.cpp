// Keyboard and screen-reader use of every wizard page, the main window with a project open (its
// docks), and the dialogs reachable without Docker: each focusable widget has an accessible name
// (as a screen reader reads it: QAccessibleInterface::text(Name), from setAccessibleName, a buddy
// label or the button's text), and Tab from the first one reaches every one and comes back.
#include "../common/startproject.h"
#include "aboutdialog.h"
#include "doctor/doctordialog.h"
#include "generate/generator.h"
#include "editor/codeeditor.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "mainwindow.h"
#include "project/projectspec.h"
#include "services/superuserdialog.h"
#include "settingsdialog.h"
#include "wizard/projectpage.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// "objectName (Class) in parent ▸ grandparent", enough to find the widget in ui/.
QString describe(const QWidget *w)
{
    QString name = w->objectName().isEmpty() ? u"<no objectName>"_s : w->objectName();
    QString text = u"%1 (%2)"_s.arg(name, QString::fromLatin1(w->metaObject()->className()));
    QStringList path;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            path << p->objectName();
    }
    if (!path.isEmpty())
        text += u" in "_s + path.join(u" ▸ "_s);
    return text;
}

QWidget *deepestProxy(QWidget *w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

bool takesTabFocus(const QWidget *w)
{
    if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !w->isVisible() || !w->isEnabled())
        return false;
    // Radio buttons of one exclusive group are one stop, the checked one; arrows choose within.
    if (auto *radio = qobject_cast<const QRadioButton *>(w); radio && radio->autoExclusive() && !radio->isChecked()) {
        const auto group = radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        return std::none_of(group.begin(), group.end(), [](QRadioButton *r) { return r->autoExclusive() && r->isChecked(); });
    }
    return true;
}

// The widgets Tab should stop at, in focus-chain order: focusable, visible, enabled, with
// compound widgets (a spin box's line edit) counted once as the widget focus goes to.
QList<QWidget *> focusables(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (!takesTabFocus(w) || w->isWindow())
            continue;
        QWidget *target = deepestProxy(w);
        if (takesTabFocus(target) && !out.contains(target))
            out.append(target);
    }
    return out;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// A widget's name, or the name of a widget that hands its focus to it (a tab widget's bar).
bool hasName(QWidget *target, QWidget *window)
{
    // On Linux a combo box's name is its current text; elsewhere it is not, so a combo box
    // needs an accessible name or a buddy label of its own.
    if (qobject_cast<QComboBox *>(target) && target->accessibleName().isEmpty()) {
        const auto labels = window->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == target && !l->text().isEmpty(); });
    }
    if (!accessibleName(target).isEmpty())
        return true;
    const auto all = window->findChildren<QWidget *>();
    return std::any_of(all.begin(), all.end(), [&](QWidget *w) {
        return w != target && w->focusProxy() && deepestProxy(w) == target && !accessibleName(w).isEmpty();
    });
}

// Editable text where Tab indents (a code editor): the editor's own key (Ctrl+M) makes Tab
// move the focus, as a keyboard user does to leave it.
bool tabIsText(const QWidget *w)
{
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return !plain->isReadOnly() && !plain->tabChangesFocus();
    if (auto *rich = qobject_cast<const QTextEdit *>(w))
        return !rich->isReadOnly() && !rich->tabChangesFocus();
    return false;
}

// Every problem of one window: unnamed focusable widgets, widgets Tab never reaches, a Tab
// that gets stuck or never comes back to the first widget.
QStringList problemsOf(QWidget *window, const QString &where)
{
    QStringList problems;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QList<QWidget *> expected = focusables(window);
    if (expected.isEmpty())
        return {where + u": nothing takes the keyboard focus"_s};
    for (QWidget *w : expected) {
        if (!hasName(w, window))
            problems << where + u": no accessible name: "_s + describe(w);
    }

    QWidget *first = expected.first();
    first->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != first)
        return problems << where + u": cannot focus the first widget "_s + describe(first);
    QList<QWidget *> visited{first};
    bool back = false;
    for (int step = 0; step < 10 * expected.size() + 100; ++step) {
        QWidget *from = QApplication::focusWidget();
        if (tabIsText(from)) {
            const QKeyCombination toggle = Berth::CodeEditor::tabFocusToggleKey()[0];
            QTest::keyClick(from, toggle.key(), toggle.keyboardModifiers());
            if (tabIsText(from)) {
                problems << where + u": Tab cannot leave "_s + describe(from);
                break;
            }
        }
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        if (to == from && expected.size() == 1) {
            back = true; // the only stop: Tab stays, which is where it comes back to
            break;
        }
        if (!to || to == from) {
            problems << where + u": Tab stays in "_s + (from ? describe(from) : u"nothing"_s);
            break;
        }
        if (to == first) {
            back = true;
            break;
        }
        if (!visited.contains(to))
            visited.append(to);
    }
    if (!back)
        problems << where + u": Tab from "_s + describe(first) + u" does not come back to it"_s;
    // Tab follows the visual order: around the whole ring it goes back up to a widget above in
    // the same column once, from the bottom to the top, and nowhere else.
    if (back) {
        QStringList upward;
        for (qsizetype i = 0; i < visited.size(); ++i) {
            QWidget *from = visited.at(i);
            QWidget *to = visited.at((i + 1) % visited.size());
            const QRect a(from->mapTo(window, QPoint()), from->size());
            const QRect b(to->mapTo(window, QPoint()), to->size());
            if (b.bottom() < a.top() && b.left() < a.right() && b.right() > a.left())
                upward << describe(from) + u" → "_s + describe(to);
        }
        if (upward.size() > 1)
            problems << where + u": Tab goes back up %1 times, not in the visual order: "_s.arg(upward.size())
                            + upward.join(u"; "_s);
    }
    for (QWidget *w : expected) {
        if (!visited.contains(w))
            problems << where + u": Tab never reaches "_s + describe(w);
    }
    for (QWidget *w : std::as_const(visited)) {
        if (!expected.contains(w))
            problems << where + u": Tab stops at a widget that should not take focus: "_s + describe(w);
    }
    return problems;
}

bool activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_accessibility"_s);
        QSettings().clear();
        QAccessible::setActive(true);
        if (QStandardPaths::findExecutable(u"django-admin"_s).isEmpty())
            QFAIL("django-admin is needed (python3-django in the build root)");
        // A Django project with Berth's generated setup, for the wizard's later pages, the
        // main window's docks and the doctor.
        QVERIFY(BerthTest::startProject(m_root.path(), u"app"_s));
        const Berth::FileSet files = Berth::generate(Berth::ProjectSpec::defaults(), m_root.path());
        QVERIFY(files.write(m_root.path()).ok);
    }
    void everyWizardPage();
    void mainWindow();
    void dialogs();
    void validationMessagesAreAnnounced();

private:
    QTemporaryDir m_root;
};

// Each page as the user reaches it with Next, on a new setup of the project.
void TestAccessibility::everyWizardPage()
{
    Berth::SetupWizard w;
    QVERIFY(activate(&w));
    QStringList problems;
    problems << problemsOf(&w, u"wizard, empty project page"_s);
    qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(m_root.path());
    QStringList seen;
    for (int i = 0; i < 8; ++i) {
        problems << problemsOf(&w, u"wizard page “%1”"_s.arg(w.currentPage()->title()));
        seen << w.currentPage()->title();
        if (w.currentId() == Berth::SetupWizard::Review)
            break;
        QAbstractButton *next = w.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled(), qPrintable(u"Next disabled on "_s + w.currentPage()->title()));
        next->click();
    }
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Review));
    QCOMPARE(seen.size(), 6);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The start page, then the project with its generated setup and its docks.
void TestAccessibility::mainWindow()
{
    Berth::MainWindow w;
    w.resize(1200, 780);
    QVERIFY(activate(&w));
    QStringList problems = problemsOf(&w, u"start page"_s);
    QVERIFY(w.openProject(m_root.path()));
    QTRY_VERIFY(w.findChild<QDockWidget *>(u"servicesDock"_s) && w.findChild<QDockWidget *>(u"servicesDock"_s)->isVisible());
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
        if (!dock->isVisible())
            dock->show();
    }
    problems << problemsOf(&w, u"main window with a project and every dock"_s);
    QVERIFY(w.openFile(u"docker-compose.yml"_s));
    problems << problemsOf(&w, u"main window with docker-compose.yml open"_s);
    w.editorArea()->currentTab()->showConfiguration(true);
    problems << problemsOf(&w, u"main window with docker-compose.yml's Configuration view"_s);
    w.editorArea()->currentTab()->showConfiguration(false);
    w.editorArea()->showReplace();
    problems << problemsOf(&w, u"main window with the find and replace bar"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::dialogs()
{
    QStringList problems;
    const auto check = [&problems](QWidget *dialog, const QString &where) {
        if (!activate(dialog))
            problems << where + u": not shown"_s;
        else
            problems << problemsOf(dialog, where);
        dialog->close();
    };
    {
        Berth::SettingsDialog dialog;
        check(&dialog, u"settings dialog"_s);
    }
    {
        Berth::DoctorDialog dialog(m_root.path());
        check(&dialog, u"doctor dialog"_s);
    }
    {
        Berth::AboutDialog dialog;
        check(&dialog, u"about dialog"_s);
    }
    {
        Berth::SuperuserDialog dialog;
        check(&dialog, u"superuser dialog"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {
QStringList announcements;
void recordAnnouncement(QAccessibleEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (event->type() == QAccessible::Announcement)
        announcements << static_cast<QAccessibleAnnouncementEvent *>(event)->message();
#else
    Q_UNUSED(event)
#endif
}
} // namespace

// A message that appears under a wizard field is read out, and describes the field while shown.
void TestAccessibility::validationMessagesAreAnnounced()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    QSKIP("QAccessibleAnnouncementEvent needs Qt 6.8");
#endif
    Berth::SetupWizard w;
    QVERIFY(activate(&w));
    qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(m_root.path());
    w.button(QWizard::NextButton)->click();
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Python));
    auto *path = w.currentPage()->findChild<QLineEdit *>(u"container.path"_s);
    QVERIFY(path);
    const QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler(recordAnnouncement);
    announcements.clear();
    path->setText(u"relative/path"_s);
    QAccessible::installUpdateHandler(previous);
    auto *message = w.currentPage()->findChild<QLabel *>(u"message:container.path"_s);
    QVERIFY(message && !message->text().isEmpty());
    QCOMPARE(announcements, QStringList{message->text()});
    QCOMPARE(path->accessibleDescription(), message->text());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
