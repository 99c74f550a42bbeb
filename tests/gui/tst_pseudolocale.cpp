// Berth in the pseudo-locale (make-pseudo-ts: every message 40 % longer, accented, between ⟦ and
// ⟧): every wizard page, the main window (start page, a project with its docks, the Configuration
// view) and the dialogs. Fails on clipped text (a label or button narrower, or a wrapped label
// lower, than its text needs) and on untranslated text (letters outside ⟦…⟧ that are not the
// user's data). With BERTH_SCREENSHOT_DIR set, each state is saved there as a PNG.
#include "../common/startproject.h"
#include "aboutdialog.h"
#include "doctor/doctordialog.h"
#include "editor/editorarea.h"
#include "editor/editortab.h"
#include "generate/generator.h"
#include "mainwindow.h"
#include "project/projectspec.h"
#include "settingsdialog.h"
#include "wizard/projectpage.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *w)
{
    QString text = u"%1 (%2)"_s.arg(w->objectName().isEmpty() ? u"<no objectName>"_s : w->objectName(),
                                    QString::fromLatin1(w->metaObject()->className()));
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            return text + u" in "_s + p->objectName();
    }
    return text;
}

// The text outside every ⟦…⟧ (nested ones too: a translated message with a translated argument).
QString outsideBrackets(const QString &text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'⟦')
            ++depth;
        else if (c == u'⟧')
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            out += c;
    }
    return out;
}

class PseudoCheck
{
public:
    // Words that are the user's or the system's, not Berth's: shown as they are in any language.
    QStringList data;
    QStringList problems;
    int shots = 0;

    void untranslated(const QString &text, const QString &where)
    {
        QString rest = outsideBrackets(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
        // Longest first: a path before the folder name it contains.
        QStringList words = data;
        std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &d : std::as_const(words))
            rest.remove(d);
        // Key names in a shortcut ("Ctrl+Shift+B") are Qt's, translated by Qt's own catalogue.
        static const QRegularExpression keys(u"\\b(?:Ctrl|Shift|Alt|Meta)\\+"_s);
        rest.remove(keys);
        static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
        const QRegularExpressionMatch m = word.match(rest);
        if (m.hasMatch())
            problems << u"%1: untranslated “%2” in “%3”"_s.arg(where, m.captured(0), text.left(120));
    }

    void check(QWidget *window, const QString &where)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QString file = where;
            file.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
            window->grab().save(u"%1/pseudo-%2-%3.png"_s.arg(dir).arg(++shots, 2, 10, QChar(u'0')).arg(file));
        }
        untranslated(window->windowTitle(), where + u": window title"_s);
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window)
                continue;
            // Qt's own widgets (a tab's close button, the wizard's buttons) carry Qt's translations.
            const bool qtOwn = w->objectName().startsWith(u"qt_"_s) || w->objectName().startsWith(u"__qt__"_s)
                || qstrcmp(w->metaObject()->className(), "CloseButton") == 0;
            if (!qtOwn && !w->toolTip().isEmpty())
                untranslated(w->toolTip(), where + u": tool tip of "_s + describe(w));
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->text().isEmpty())
                    continue;
                if (!qtOwn)
                    untranslated(label->text(), where + u": "_s + describe(label));
                const QRect room = label->contentsRect();
                if (label->wordWrap()) {
                    const int need = label->heightForWidth(label->width());
                    if (need > label->height() + 1)
                        problems << u"%1: clipped (needs %2 px high, has %3): %4 “%5”"_s.arg(where).arg(need).arg(label->height())
                                        .arg(describe(label), label->text().left(80));
                } else if (label->sizeHint().width() > label->width() + 1 && room.width() > 0) {
                    problems << u"%1: clipped (needs %2 px wide, has %3): %4 “%5”"_s.arg(where).arg(label->sizeHint().width())
                                    .arg(label->width()).arg(describe(label), label->text().left(80));
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (button->text().isEmpty())
                    continue;
                if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                    continue;
                // Qt's own buttons (the wizard's Back, Next, Cancel; a button box's standard
                // buttons) carry Qt's translations.
                auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
                if (!qtOwn && !(box && box->standardButton(button) != QDialogButtonBox::NoButton))
                    untranslated(button->text(), where + u": "_s + describe(button));
                if (button->sizeHint().width() > button->width() + 1)
                    problems << u"%1: clipped (needs %2 px wide, has %3): %4 “%5”"_s.arg(where).arg(button->sizeHint().width())
                                    .arg(button->width()).arg(describe(button), button->text().left(80));
            } else if (auto *browser = qobject_cast<QTextBrowser *>(w)) {
                // Read-only rich text is Berth's (the review page's corrections, the doctor's report).
                untranslated(browser->toPlainText(), where + u": "_s + describe(browser));
            } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
                // Column 0 names the files; the other columns and the tool tips are Berth's.
                for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                    untranslated((*it)->toolTip(0), where + u": tool tip in "_s + describe(tree));
                    for (int c = 1; c < tree->columnCount(); ++c)
                        untranslated((*it)->text(c), where + u": "_s + describe(tree));
                }
            } else if (auto *tabs = qobject_cast<QTabBar *>(w); tabs && w->parentWidget()
                       && w->parentWidget()->objectName() != u"editorTabs"_s && w->parentWidget()->objectName() != u"reviewTabs"_s) {
                // Tab texts, except where the tabs are files.
                for (int i = 0; i < tabs->count(); ++i)
                    untranslated(tabs->tabText(i), where + u": tab of "_s + describe(tabs));
            }
        }
    }

    void checkMenus(QMenuBar *bar, const QString &where)
    {
        const std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
            for (QAction *a : actions) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                // Recent projects are folders; their menu's title is Berth's.
                if (a->parent() && a->parent()->objectName() == u"recentMenu"_s)
                    continue;
                untranslated(a->text(), where + u": menu entry"_s);
                if (a->menu())
                    walk(a->menu()->actions());
            }
        };
        walk(bar->actions());
    }
};

bool shown(QWidget *w)
{
    w->show();
    w->activateWindow();
    return QTest::qWaitForWindowExposed(w);
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyWizardPage();
    void reviewWithWarnings();
    void mainWindow();
    void dialogs();

private:
    void report();
    QTemporaryDir m_root;
    QTranslator m_pseudo;
    PseudoCheck m_check;
};

void TestPseudoLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BerthTest"_s);
    QCoreApplication::setApplicationName(u"tst_pseudolocale"_s);
    QSettings().clear();
    QVERIFY2(m_pseudo.load(QString::fromUtf8(BERTH_PSEUDO_QM)), BERTH_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    // The translator works: a known string comes back accented and padded.
    const QString writeFiles = QCoreApplication::translate("Berth::SetupWizard", "Write Files");
    QVERIFY2(writeFiles.startsWith(u"⟦Ŵŕîţé Ƒîĺéš"_s) && writeFiles.size() >= 16, qPrintable(writeFiles));
    QVERIFY(m_root.isValid());
    QVERIFY(BerthTest::startProject(m_root.path(), u"app"_s));
    const Berth::FileSet files = Berth::generate(Berth::ProjectSpec::defaults(), m_root.path());
    QVERIFY(files.write(m_root.path()).ok);
    // The user's data as Berth shows it: paths, names and values of the project, and the words
    // of the files, tools and settings that no language changes.
    m_check.data = {QDir::toNativeSeparators(m_root.path()), m_root.path(), QFileInfo(m_root.path()).fileName()};
    // The setup's file names (the review page names the file its corrections are about).
    for (const Berth::GeneratedFile &f : files.files())
        m_check.data.append(f.path);
}

void TestPseudoLocale::report()
{
    if (m_check.problems.isEmpty())
        return;
    const QStringList problems = std::exchange(m_check.problems, {});
    QFAIL(qPrintable(problems.join(u'\n')));
}

void TestPseudoLocale::everyWizardPage()
{
    Berth::SetupWizard w;
    w.resize(w.sizeHint().expandedTo(QSize(820, 640)));
    QVERIFY(shown(&w));
    m_check.check(&w, u"wizard, empty project page"_s);
    qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(m_root.path());
    for (int i = 0; i < 8; ++i) {
        m_check.check(&w, u"wizard page %1"_s.arg(w.currentId()));
        if (w.currentId() == Berth::SetupWizard::Review)
            break;
        QAbstractButton *next = w.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        next->click();
    }
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Review));
    report();
}

// A project the setup has something to say about: its own pytest.ini, and a requirements file
// that includes one that is not there. The review page lists the warnings, and shows why each
// file differs from the article.
void TestPseudoLocale::reviewWithWarnings()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(BerthTest::startProject(root.path(), u"app"_s));
    for (const auto &[name, text] : {std::pair{"app/pytest.ini", "[pytest]\nDJANGO_SETTINGS_MODULE = app.settings\n"},
                                     std::pair{"app/requirements.txt", "-r base.txt\nDjango>=4.2\n"}}) {
        QFile file(root.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) > 0);
    }
    QVERIFY2(!Berth::generate(Berth::ProjectSpec::defaults(), root.path()).warnings().isEmpty(), "the project gives no warnings");
    m_check.data.append({QDir::toNativeSeparators(root.path()), root.path(), QFileInfo(root.path()).fileName()});
    Berth::SetupWizard w;
    w.resize(w.sizeHint().expandedTo(QSize(820, 640)));
    QVERIFY(shown(&w));
    qobject_cast<Berth::ProjectPage *>(w.page(Berth::SetupWizard::Project))->setFolder(root.path());
    for (int i = 0; i < 8 && w.currentId() != Berth::SetupWizard::Review; ++i)
        w.button(QWizard::NextButton)->click();
    QCOMPARE(w.currentId(), int(Berth::SetupWizard::Review));
    auto *summary = w.findChild<QLabel *>(u"reviewSummary"_s);
    QVERIFY(summary && summary->text().contains(u"⚠"_s));
    auto *files = w.findChild<QTreeWidget *>(u"reviewFiles"_s);
    QVERIFY(files && files->topLevelItemCount() > 5);
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        files->setCurrentItem(files->topLevelItem(i));
        m_check.check(&w, u"review page with warnings, "_s + files->topLevelItem(i)->text(0));
    }
    report();
}

void TestPseudoLocale::mainWindow()
{
    Berth::MainWindow w;
    w.resize(1200, 780);
    QVERIFY(shown(&w));
    m_check.check(&w, u"start page"_s);
    m_check.checkMenus(w.menuBar(), u"menus"_s);
    QVERIFY(w.openProject(m_root.path()));
    QTRY_VERIFY(w.findChild<QDockWidget *>(u"servicesDock"_s) && w.findChild<QDockWidget *>(u"servicesDock"_s)->isVisible());
    m_check.check(&w, u"main window with a project"_s);
    QVERIFY(w.openFile(u"docker-compose.yml"_s));
    w.editorArea()->currentTab()->showConfiguration(true);
    m_check.check(&w, u"Configuration view of docker-compose.yml"_s);
    report();
}

void TestPseudoLocale::dialogs()
{
    {
        Berth::SettingsDialog dialog;
        QVERIFY(shown(&dialog));
        m_check.check(&dialog, u"settings dialog"_s);
    }
    {
        Berth::DoctorDialog dialog(m_root.path());
        QVERIFY(shown(&dialog));
        m_check.check(&dialog, u"doctor dialog"_s);
    }
    {
        Berth::AboutDialog dialog;
        QVERIFY(shown(&dialog));
        m_check.check(&dialog, u"about dialog"_s);
    }
    report();
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
