// Loads Satchel's translations (:/i18n/satchel_<lang>.qm, embedded at build time) and Qt's own.
// The language is the one the learner chose (kept by the application under kLanguageSettingKey and
// passed in), else the system locale's.
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
    // The name the application keeps the learner's choice under (in app/ and the settings
    // dialog); the value is a language code, absent for "follow the system".
    static constexpr const char *kLanguageSettingKey = "ui/language";

    // The language in effect: chosen (when Satchel ships it), else the system's, else "en".
    static QString effectiveLanguage(const QString &chosen);
    // The language install() last put in place ("en" before any), what tr() answers in now.
    static QString currentLanguage();
    // Installs translators on app for effectiveLanguage(chosen); returns the language installed.
    static QString installForSystemLocale(QCoreApplication *app, const QString &chosen);
    // The locale whose formats go with language: the system's when it speaks it.
    static QLocale localeFor(const QString &language);
    // Replaces Satchel's and Qt's translators with those for language ("en" removes them) and
    // makes its locale the default one (dates and numbers).
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace Satchel
