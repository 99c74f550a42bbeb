#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Berth {

QString Translations::settingsKey()
{
    return u"ui/language"_s;
}

QString Translations::resourceDirectory()
{
    return u":/i18n"_s;
}

QList<UiLanguage> Translations::choices()
{
    // The names are not translated: a person who cannot read the current language still
    // recognises their own.
    return {{QString(), QCoreApplication::translate("Berth::SettingsDialog", "System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s}};
}

QLocale Translations::chosenLocale()
{
    const QString saved = QSettings().value(settingsKey()).toString();
    return saved.isEmpty() ? QLocale::system() : QLocale(saved);
}

void Translations::install(QCoreApplication *app)
{
    const QLocale locale = chosenLocale();
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() (de-AT, then de, …) and takes the
    // first file that exists; English is the source language and needs no file.
    auto *berth = new QTranslator(app);
    if (berth->load(locale, u"berth"_s, u"_"_s, resourceDirectory()))
        QCoreApplication::installTranslator(berth);
    else
        delete berth;
    // Qt's own strings (standard buttons, the line edit's context menu, file dialogs). Linux
    // packages use the distribution's qtbase_*.qm beside Qt; the macOS and Windows bundles
    // ship their own copy (macdeployqt, windeployqt) where QLibraryInfo points inside the bundle.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Berth
