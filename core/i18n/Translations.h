// Loads Satchel's translations (:/i18n/satchel_<lang>.qm, embedded at build time) and Qt's own.
// The language is the one chosen in settings ("language"), else the system locale.
#pragma once

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
    // Installs translators on app for effectiveLanguage(); returns the language installed.
    static QString installForSystemLocale(QCoreApplication *app);
    // Replaces Satchel's translators with those for language ("en" removes them).
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace Satchel
