#include "reminders/IcsCalendarWriter.h"

namespace Satchel {

namespace {

constexpr int kMaxLineOctets = 75; // RFC 5545 3.1, without the CRLF

QByteArray dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

class Lines {
public:
    void add(const char *name, const QByteArray &value) { m_out += IcsCalendarWriter::foldLine(name + (':' + value)); }
    void text(const char *name, const QString &value) { add(name, IcsCalendarWriter::escapeText(value).toUtf8()); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

void writeEvent(Lines &lines, const CalendarEvent &event, const QByteArray &stamp)
{
    lines.add("BEGIN", "VEVENT");
    lines.text("UID", event.uid);
    lines.add("DTSTAMP", stamp);
    lines.add("DTSTART;VALUE=DATE", dateValue(event.date));
    lines.add("DTEND;VALUE=DATE", dateValue(event.date.addDays(1)));
    lines.text("SUMMARY", event.summary);
    if (!event.description.isEmpty())
        lines.text("DESCRIPTION", event.description);
    if (event.url.isValid() && !event.url.isEmpty())
        lines.add("URL", event.url.toEncoded(QUrl::FullyEncoded));
    lines.add("TRANSP", "TRANSPARENT"); // a reminder, not a busy day
    if (event.alarmDaysBefore > 0) {
        lines.add("BEGIN", "VALARM");
        lines.add("ACTION", "DISPLAY");
        lines.text("DESCRIPTION", event.alarmText.isEmpty() ? event.summary : event.alarmText);
        lines.add("TRIGGER", "-P" + QByteArray::number(event.alarmDaysBefore) + 'D');
        lines.add("END", "VALARM");
    }
    lines.add("END", "VEVENT");
}

} // namespace

QString IcsCalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i; // CRLF is one line break
            out += QLatin1String("\\n");
            break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            // Other control characters are not allowed in a TEXT value (RFC 5545 3.3.11).
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                out += c;
            else if (c == QLatin1Char('\t'))
                out += QLatin1Char(' ');
        }
    }
    return out;
}

QByteArray IcsCalendarWriter::foldLine(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    int room = kMaxLineOctets;
    while (line.size() - start > room) {
        int cut = start + room;
        // Back off to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        room = kMaxLineOctets - 1; // the leading space of a continuation line counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray IcsCalendarWriter::write(const QList<CalendarEvent> &events, const QDateTime &stamp,
                                    const QString &calendarName)
{
    const QByteArray stampValue = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    Lines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", "-//Satchel//Badge expiry dates//EN");
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    if (!calendarName.isEmpty())
        lines.text("X-WR-CALNAME", calendarName);
    for (const CalendarEvent &event : events)
        writeEvent(lines, event, stampValue);
    lines.add("END", "VCALENDAR");
    return lines.take();
}

} // namespace Satchel
