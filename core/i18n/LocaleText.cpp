#include "LocaleText.h"

#include <QLocale>

namespace Satchel {

QString LocaleText::date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString LocaleText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    // The long date names the month (no 03/04 ambiguity between languages); the short time drops
    // the seconds and the zone nobody reads.
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace Satchel
