#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The placeholders of a message: %1…%99 and %n, as a sorted list (a repeated one counts once,
// as QString::arg replaces every occurrence).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d{1,2}|n)"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out.append(m.captured(0));
    out.removeDuplicates();
    out.sort();
    return out;
}

bool hasMnemonic(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

QChar mnemonic(const QString &text)
{
    const QString t = QString(text).remove(u"&&"_s);
    const qsizetype at = t.indexOf(u'&');
    return at >= 0 && at + 1 < t.size() ? t.at(at + 1).toLower() : QChar();
}

// Removes what Translations::install() put on the application, so each test starts in English.
void uninstallTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BerthTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        QSettings().clear();
    }
    void cleanup()
    {
        uninstallTranslators();
        QSettings().clear();
    }
    void germanIsEmbedded();
    void realStringsTranslate_data();
    void realStringsTranslate();
    void settingChoosesTheLanguage();
    void mainWindowMenusInGerman();
    void settingsDialogOffersTheLanguages();
    void tsFileIsComplete();
};

void TestTranslations::germanIsEmbedded()
{
    QVERIFY(QFile::exists(Berth::Translations::resourceDirectory() + u"/berth_de.qm"_s));
    QTranslator translator;
    // An Austrian German system falls back to de through QLocale::uiLanguages().
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Austria), u"berth"_s, u"_"_s,
                            Berth::Translations::resourceDirectory()));
    QCOMPARE(translator.language(), u"de"_s);
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::realStringsTranslate_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    // One per kind of caller: a QObject class, the free tr() helpers (whose runtime context
    // must be the one lupdate files them under), QT_TRANSLATE_NOOP tables and plurals.
    QTest::newRow("file menu") << u"Berth::MainWindow"_s << u"&File"_s << u"&Datei"_s;
    QTest::newRow("edit menu (mainmenus helper)") << u"Berth"_s << u"&Edit"_s << u"&Bearbeiten"_s;
    QTest::newRow("up action") << u"Berth::ProjectActions"_s << u"&Up"_s << u"&Hochfahren"_s;
    QTest::newRow("settings title") << u"Berth::SettingsDialog"_s << u"Settings"_s << u"Einstellungen"_s;
    QTest::newRow("doctor helper") << u"Berth::Doctor"_s << u"%1 is missing"_s << u"%1 fehlt"_s;
    QTest::newRow("uwsgi key table") << u"Berth::Config"_s << u"Number of worker processes."_s
                                     << u"Anzahl der Worker-Prozesse."_s;
    QTest::newRow("catalogue helper") << u"Berth::Config"_s << u"Second database"_s << u"Zweite Datenbank"_s;
}

void TestTranslations::realStringsTranslate()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QTranslator translator;
    QVERIFY(translator.load(u"berth_de"_s, Berth::Translations::resourceDirectory()));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
}

void TestTranslations::settingChoosesTheLanguage()
{
    QSettings().setValue(Berth::Translations::settingsKey(), u"de"_s);
    QCOMPARE(Berth::Translations::chosenLocale().language(), QLocale::German);
    Berth::Translations::install(QCoreApplication::instance());
    QCOMPARE(QCoreApplication::translate("Berth::MainWindow", "&File"), u"&Datei"_s);
    // Plurals go through the German rules (translate() puts the number in for %n).
    QCOMPARE(QCoreApplication::translate("Berth::FindBar", "%n replacement(s)", nullptr, 1), u"1 Ersetzung"_s);
    QCOMPARE(QCoreApplication::translate("Berth::FindBar", "%n replacement(s)", nullptr, 3), u"3 Ersetzungen"_s);
    uninstallTranslators();

    QSettings().setValue(Berth::Translations::settingsKey(), u"en"_s);
    Berth::Translations::install(QCoreApplication::instance());
    QCOMPARE(QCoreApplication::translate("Berth::MainWindow", "&File"), u"&File"_s);
}

void TestTranslations::mainWindowMenusInGerman()
{
    QSettings().setValue(Berth::Translations::settingsKey(), u"de"_s);
    Berth::Translations::install(QCoreApplication::instance());
    Berth::MainWindow window;
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    for (const QString &expected : {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Stack"_s, u"&Hilfe"_s})
        QVERIFY2(titles.contains(expected), qPrintable(titles.join(u", "_s)));

    // Every mnemonic is unique within its menu (and the menu bar), so Alt+letter is never ambiguous.
    QList<QWidget *> menus{window.menuBar()};
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        menus << menu;
    QStringList clashes;
    for (QWidget *menu : std::as_const(menus)) {
        QHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !hasMnemonic(a->text()))
                continue;
            const QChar key = mnemonic(a->text());
            if (seen.contains(key))
                clashes << seen.value(key) + u" / "_s + a->text();
            seen.insert(key, a->text());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestTranslations::settingsDialogOffersTheLanguages()
{
    QSettings().setValue(Berth::Translations::settingsKey(), u"de"_s);
    Berth::Translations::install(QCoreApplication::instance());
    Berth::SettingsDialog dialog;
    QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    QVERIFY(language);
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->currentData().toString(), u"de"_s);
    QCOMPARE(language->itemText(2), u"Deutsch"_s);

    language->setCurrentIndex(0); // System default
    dialog.accept();
    QVERIFY(!QSettings().contains(Berth::Translations::settingsKey()));
}

// Every message of the checked-in .ts is translated and keeps its source's placeholders and
// mnemonic. BERTH_TS_FILE names another file: the check_translations_current test points it at
// a copy that lupdate refreshed from the sources, so a new tr() string without a translation
// fails too.
void TestTranslations::tsFileIsComplete()
{
    QString path = qEnvironmentVariable("BERTH_TS_FILE");
    if (path.isEmpty())
        path = qEnvironmentVariable("BERTH_SOURCE_DIR") + u"/translations/berth_de.ts"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));

    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString type;
    QStringList forms;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                source.clear();
                type.clear();
                forms.clear();
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                type = xml.attributes().value("type"_L1).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (xml.name() == "numerusform"_L1) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ++messages;
            const QString where = context + u": \""_s + source + u'"';
            if (!type.isEmpty())
                problems << where + u" is "_s + type;
            if (forms.isEmpty() || (numerus && forms.size() != 2))
                problems << where + u" has %1 forms"_s.arg(forms.size());
            for (const QString &form : std::as_const(forms)) {
                if (form.isEmpty())
                    problems << where + u" has an empty translation"_s;
                else if (placeholders(form) != placeholders(source))
                    problems << where + u" → \""_s + form + u"\": the placeholders differ"_s;
                else if (hasMnemonic(source) != hasMnemonic(form))
                    problems << where + u" → \""_s + form + u"\": the & mnemonic differs"_s;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 800, qPrintable(u"only %1 messages in %2"_s.arg(messages).arg(path)));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.mid(0, 30).join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
