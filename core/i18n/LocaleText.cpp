#include "LocaleText.h"

#include <QLocale>

namespace Satchel {

QString LocaleText::date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString LocaleText::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace Satchel
