#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Satchel {

namespace {
QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;
QString s_language = QStringLiteral("en");
} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("satchel_*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString Translations::effectiveLanguage(const QString &chosen)
{
    const QStringList available = availableLanguages();
    if (!chosen.isEmpty() && available.contains(chosen))
        return chosen;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::currentLanguage()
{
    return s_language;
}

QString Translations::installForSystemLocale(QCoreApplication *app, const QString &chosen)
{
    const QString language = effectiveLanguage(chosen);
    install(app, language);
    return language;
}

QLocale Translations::localeFor(const QString &language)
{
    // The system's own locale when it speaks that language, so its region's formats stay
    // (en_GB dates, fr_CA numbers); else the language's main locale.
    const QLocale system = QLocale::system();
    if (language.isEmpty() || system.language() == QLocale(language).language())
        return system;
    return QLocale(language);
}

bool Translations::install(QCoreApplication *app, const QString &language)
{
    // Dates and numbers follow the chosen language everywhere QLocale() is used.
    QLocale::setDefault(localeFor(language));
    if (s_appTranslator) {
        QCoreApplication::removeTranslator(s_appTranslator);
        delete s_appTranslator;
        s_appTranslator = nullptr;
    }
    if (s_qtTranslator) {
        QCoreApplication::removeTranslator(s_qtTranslator);
        delete s_qtTranslator;
        s_qtTranslator = nullptr;
    }
    if (language.isEmpty() || language == QLatin1String("en")) {
        s_language = QStringLiteral("en");
        // English: only the plural forms of "%n credential(s)" and the like.
        auto *plurals = new QTranslator(app);
        if (plurals->load(QStringLiteral(":/i18n/satchel_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
            s_appTranslator = plurals;
        } else {
            delete plurals;
        }
        return true;
    }
    auto *appTranslator = new QTranslator(app);
    if (!appTranslator->load(QStringLiteral(":/i18n/satchel_%1.qm").arg(language))) {
        delete appTranslator;
        s_language = QStringLiteral("en"); // the translators are gone: tr() answers in English
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    s_appTranslator = appTranslator;
    s_language = language;
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    return true;
}

} // namespace Satchel
