#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Berth {

// One choice of File ▸ Settings… ▸ Language: the code saved ("" for the system's language)
// and the name shown (each language in its own words, so anyone finds theirs).
struct UiLanguage
{
    QString code;
    QString name;
};

class Translations
{
public:
    // The QSettings key of the language; absent or "" means the system's.
    static QString settingsKey();
    // What Settings offers, "System default" first.
    static QList<UiLanguage> choices();
    // The language to use: the saved choice, else the system's (QLocale::system(), whose
    // uiLanguages() follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG, or the OS's preferences).
    static QLocale chosenLocale();
    // Installs Berth's translator (embedded, :/i18n/berth_<lang>.qm) and Qt's own (qtbase_<lang>.qm)
    // on the application for chosenLocale(). A language without a translation stays English.
    static void install(QCoreApplication *app);
    // Where the .qm files are embedded.
    static QString resourceDirectory();
};

} // namespace Berth
