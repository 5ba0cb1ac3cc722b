// One all-day event of an iCalendar file (IcsCalendarWriter): the day a badge expires.
#pragma once

#include <QDate>
#include <QString>
#include <QUrl>

namespace Satchel {

struct CalendarEvent {
    QString uid;              // the same on every export of the same badge, so calendars update it
    QDate date;
    QString summary;
    QString description;      // may hold several lines
    QUrl url;                 // empty: none
    int alarmDaysBefore = 0;  // 0: no alarm
    QString alarmText;
};

} // namespace Satchel
