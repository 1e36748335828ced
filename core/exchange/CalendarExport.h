#pragma once

#include "IcsWriter.h"
#include "domain/Meeting.h"

namespace pd {

class EntityRecords;
class Repositories;

// The calendar as iCalendar: every scheduled meeting and every activity with a target
// date, UID = the record's uid. SEQUENCE is the meeting's own counter, and for an
// activity the number of updates in the audit log.
class CalendarExport
{
public:
    // One scheduled meeting as its event (what import ics compares an incoming event with).
    static IcsEvent meetingEvent(const Meeting &meeting);
    static QList<IcsEvent> events(Repositories &repos);
    static QByteArray ics(Repositories &repos, const QDateTime &stamp);
    // The same from records read already (the handover export's tables share them).
    static QList<IcsEvent> events(EntityRecords &records);
    static QByteArray ics(EntityRecords &records, const QDateTime &stamp);
};

} // namespace pd
