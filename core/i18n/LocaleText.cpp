#include "LocaleText.h"

#include <QLocale>
#include <QRegularExpression>

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

namespace {

QString longDateWithoutWeekday(const QDate &date)
{
    // Qt has no "long date without weekday" format: take the weekday (and its comma or full stop)
    // out of the long one.
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*"));
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

} // namespace

QString LocaleText::day(const QDateTime &when)
{
    return when.isValid() ? longDateWithoutWeekday(when.toUTC().date()) : QString();
}

QString LocaleText::localDay(const QDateTime &when)
{
    return when.isValid() ? longDateWithoutWeekday(when.toLocalTime().date()) : QString();
}

QString LocaleText::number(double value)
{
    QLocale locale;
    // Credits are short numbers: a group separator (a space in French) would only let them break.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 6);
}

QString LocaleText::languageTag()
{
    return QLocale().bcp47Name();
}

} // namespace Satchel
