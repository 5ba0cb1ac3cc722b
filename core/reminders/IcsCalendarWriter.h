// Writes events as an iCalendar file (RFC 5545) that calendar applications import: CRLF line
// ends, lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values escaped (\\, \;,
// \, and \n), VERSION:2.0, a PRODID, a DTSTAMP in UTC on every event, all-day events as
// VALUE=DATE, and a display alarm when an event asks for one. Pure: the same input gives the same
// bytes, which the golden-file test holds it to.
#pragma once

#include "reminders/CalendarEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Satchel {

class IcsCalendarWriter {
public:
    // stamp: when the file is written (DTSTAMP); calendarName: shown by calendars that read
    // X-WR-CALNAME, none when empty.
    static QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp,
                            const QString &calendarName = {});

    static QString escapeText(const QString &text);
    // One content line, folded, with its CRLF.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace Satchel
