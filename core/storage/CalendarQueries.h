#pragma once

#include "domain/Enums.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

class Database;

// A line of the calendar sheet as read: a meeting or an activity not linked to one,
// with only the columns the sheet prints.
struct CalendarSheetRow
{
    bool isMeeting = false;
    qint64 workingGroupId = 0;             // 0 for none
    MeetingKind kind = MeetingKind::Other; // meetings only
    QString code;
    LocalizedText title;
    QDate start; // invalid while the dates are to be determined
    QDate end;
    QString venueCity;  // meetings only
    qint64 partyId = 0; // the host of a meeting; the lead (else the host) of an activity
    MeetingStatus meetingStatus = MeetingStatus::Planned;
    ActivityStatus activityStatus = ActivityStatus::Planned;
};

/*
 * The read-only questions of the calendar sheet, each one pass over its table reading
 * a dozen columns rather than whole aggregates: a year of the large database is some
 * 15,000 lines. The orders are those of MeetingRepository::find and
 * ActivityRepository::find, so that the sheet lists equal dates in the same order.
 */
class CalendarQueries
{
public:
    explicit CalendarQueries(Database &db) : m_db(db) {}

    // The scheduled meetings overlapping [from, to], by start date and time.
    QList<CalendarSheetRow> meetings(const QDate &from, const QDate &to) const;
    // The activities not linked to a meeting (those are listed through it) overlapping
    // [from, to], by working group and code; with `unscheduled`, also those with no dates.
    QList<CalendarSheetRow> activities(const QDate &from, const QDate &to, bool unscheduled) const;

private:
    Database &m_db;
};

} // namespace pd
