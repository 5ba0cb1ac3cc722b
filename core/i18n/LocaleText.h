// Dates and times as people read them, in the format of the language chosen in Settings (the
// default QLocale, which Translations::install sets), for messages and pages. Files, JSON and
// anything a program reads keep ISO 8601.
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

class LocaleText {
public:
    // "Friday, 4 December 2026" / "vendredi 4 décembre 2026" (local time); empty when invalid.
    static QString date(const QDateTime &when);
    // "Friday, 4 December 2026 10:00" / "vendredi 4 décembre 2026 10:00" (local time); empty when invalid.
    static QString dateTime(const QDateTime &when);
    // The calendar day of a document date (an award, an expiry: the UTC day the issuer wrote, so
    // a learner west of Greenwich does not see the day before), in the long format without the
    // weekday: "16 February 2024", "16 de febrero de 2024", "16. Februar 2024"; empty when invalid.
    static QString day(const QDateTime &when);
    // The same format for something that happened on this computer (checked, printed, reviewed):
    // the local calendar day, the one the learner lived it on.
    static QString localDay(const QDateTime &when);
    // A quantity such as credits in the language's digits and separators: 0.5, 0,5; up to six
    // significant digits, no trailing zeros.
    static QString number(double value);
    // The BCP 47 tag of the language dates and numbers follow ("fr", "de"): a page's lang attribute.
    static QString languageTag();
};

} // namespace Satchel
