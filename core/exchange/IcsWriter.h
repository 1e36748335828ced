#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace pd {

// One VEVENT. Without a start time the event is all-day (DATE values, the end exclusive).
struct IcsEvent
{
    enum class Status
    {
        None,
        Tentative,
        Confirmed,
        Cancelled
    };
    QString uid;
    QString summary;
    QString description;
    QString location;
    QDate startDate;
    QDate endDate; // inclusive; invalid = same day as the start
    QTime startTime;
    QTime endTime;
    QString timeZone; // IANA id: written with TZID and a VTIMEZONE (UTC when libical lacks it), else floating
    int sequence = 0;
    Status status = Status::None;
};

// Serialises events to iCalendar (RFC 5545) through libical, which folds and escapes
// the text; `stamp` is every event's DTSTAMP. The calendar carries the VTIMEZONE of
// every zone its timed events name by TZID.
class IcsWriter
{
public:
    static QByteArray write(const QList<IcsEvent> &events, const QDateTime &stamp);
};

} // namespace pd
