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
};

} // namespace Satchel
