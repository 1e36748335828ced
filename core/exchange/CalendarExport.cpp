#include "CalendarExport.h"

#include "EntityTables.h"
#include "storage/AuditLog.h"
#include "storage/Repositories.h"

namespace pd {

namespace {

IcsEvent::Status meetingStatus(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Confirmed:
    case MeetingStatus::Held:
        return IcsEvent::Status::Confirmed;
    case MeetingStatus::Cancelled:
        return IcsEvent::Status::Cancelled;
    case MeetingStatus::Planned:
    case MeetingStatus::Postponed:
        break;
    }
    return IcsEvent::Status::Tentative;
}

// English summary (the Spanish when there is none); the Spanish title leads the
// description so that both languages travel with the event.
QString describe(const LocalizedText &title, const LocalizedText &description)
{
    QStringList parts;
    if (!title.en.isEmpty() && !title.es.isEmpty())
        parts.append(title.es);
    const QString text = description.text(Language::English);
    if (!text.isEmpty())
        parts.append(text);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

IcsEvent CalendarExport::meetingEvent(const Meeting &m)
{
    IcsEvent e;
    e.uid = m.uid;
    e.summary = m.title.text(Language::English);
    e.description = describe(m.title, m.description);
    e.location = m.venueCity;
    e.startDate = m.startDate;
    e.endDate = m.endDate;
    e.startTime = m.startTime;
    e.endTime = m.endTime;
    e.timeZone = m.timeZone;
    e.sequence = m.sequence;
    e.status = meetingStatus(m.status);
    return e;
}

QList<IcsEvent> CalendarExport::events(Repositories &repos)
{
    EntityRecords records(repos);
    return events(records);
}

QList<IcsEvent> CalendarExport::events(EntityRecords &records)
{
    Repositories &repos = records.repos();
    QList<IcsEvent> events;
    for (const Meeting &m : records.meetings()) {
        if (m.isScheduled())
            events.append(meetingEvent(m));
    }
    const QHash<QString, int> updates = AuditLog(repos.database()).updateCounts(QStringLiteral("activity"));
    for (const Activity &a : records.activities()) {
        if (!a.targetStart.isValid())
            continue;
        IcsEvent e;
        e.uid = a.uid;
        e.summary = a.title.text(Language::English);
        e.description = describe(a.title, a.description);
        e.startDate = a.targetStart;
        e.endDate = a.targetEnd;
        e.sequence = updates.value(a.uid);
        e.status = a.status == ActivityStatus::Cancelled ? IcsEvent::Status::Cancelled : IcsEvent::Status::None;
        events.append(e);
    }
    return events;
}

QByteArray CalendarExport::ics(Repositories &repos, const QDateTime &stamp)
{
    return IcsWriter::write(events(repos), stamp);
}

QByteArray CalendarExport::ics(EntityRecords &records, const QDateTime &stamp)
{
    return IcsWriter::write(events(records), stamp);
}

} // namespace pd
