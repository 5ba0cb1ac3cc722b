// Loads Satchel's translations (:/i18n/satchel_<lang>.qm, embedded at build time) and Qt's own.
// The language is the one chosen in settings ("language"), else the system locale.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Satchel {

class Translations {
public:
    // Languages Satchel ships, as BCP 47 codes ("en" is the source language).
    static QStringList availableLanguages();
    // The language in effect: the saved choice, else the system's, else "en".
    static QString effectiveLanguage();
    // The saved choice, empty for "follow the system".
    static QString savedLanguage();
    static void saveLanguage(const QString &language);
    // The language install() last put in place ("en" before any), what tr() answers in now.
    static QString currentLanguage();
    // Installs translators on app for effectiveLanguage(); returns the language installed.
    static QString installForSystemLocale(QCoreApplication *app);
    // The locale whose formats go with language: the system's when it speaks it.
    static QLocale localeFor(const QString &language);
    // Replaces Satchel's and Qt's translators with those for language ("en" removes them) and
    // makes its locale the default one (dates and numbers).
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace Satchel
