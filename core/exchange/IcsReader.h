#pragma once

#include "IcsWriter.h"
#include "Result.h"

#include <QCoreApplication>

namespace pd {

// What a calendar file held, besides its events.
struct ParsedCalendar
{
    QList<IcsEvent> events;      // one per UID: the highest SEQUENCE (the later on a tie)
    int recurrenceOverrides = 0; // VEVENTs with a RECURRENCE-ID (one occurrence of a series): left out
    int recurring = 0;           // events with an RRULE or RDATE: read as their first occurrence
    QString calendarTimeZone;    // X-WR-TIMEZONE when it names a known zone (Google), else empty
};

/*
 * Reads an iCalendar file (Outlook, Thunderbird, Google Calendar exports, ours) through
 * libical, which unfolds lines and unescapes text. Each VEVENT becomes an IcsEvent:
 * - DATE values make an all-day event; the exclusive DTEND becomes an inclusive end date;
 * - a time with a TZID is converted by libical through the file's VTIMEZONE (or libical's
 *   own zones) and given as the wall-clock time of the matching IANA zone (Windows zone
 *   names and prefixed TZIDs such as "/mozilla.org/.../Europe/Berlin" are recognised);
 *   a zone with no IANA match is given in UTC;
 * - a UTC time is given in the calendar's X-WR-TIMEZONE when there is one, else in "UTC";
 * - a floating time stays as it is, with no zone.
 * A file that is not UTF-8 iCalendar, holds a parse error inside an event, or an event
 * without UID or DTSTART, is refused whole: the error names the first problem.
 */
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsReader)
public:
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxEvents = 200000;

    static Result<ParsedCalendar> read(const QByteArray &data);
    static Result<ParsedCalendar> readFile(const QString &path);
    // The IANA zone a TZID stands for ("" when none matches).
    static QString ianaZone(const QString &tzid);
};

} // namespace pd
