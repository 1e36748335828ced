#include "IcsImport.h"

#include "CalendarExport.h"
#include "commands/EditCommand.h"
#include "commands/RecordCommand.h"
#include "storage/Repositories.h"

#include <QTimeZone>

namespace pd {

namespace {

bool knownZone(const QString &id)
{
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

// The event's times moved into `zone` (a UTC time given to a meeting kept in its zone).
void moveInto(IcsEvent &e, const QString &zone)
{
    const QTimeZone from(e.timeZone.toUtf8());
    const QTimeZone to(zone.toUtf8());
    const QDateTime start = QDateTime(e.startDate, e.startTime, from).toTimeZone(to);
    if (e.endTime.isValid()) {
        const QDateTime end = QDateTime(e.endDate, e.endTime, from).toTimeZone(to);
        e.endDate = end.date();
        e.endTime = end.time();
    }
    e.startDate = start.date();
    e.startTime = start.time();
    e.endDate = qMax(e.startDate, e.endDate);
    e.timeZone = zone;
}

MeetingStatus meetingStatus(IcsEvent::Status status, MeetingStatus current)
{
    switch (status) {
    case IcsEvent::Status::Confirmed:
        return current == MeetingStatus::Held ? current : MeetingStatus::Confirmed;
    case IcsEvent::Status::Cancelled:
        return MeetingStatus::Cancelled;
    case IcsEvent::Status::Tentative:
        return current == MeetingStatus::Postponed ? current : MeetingStatus::Planned;
    case IcsEvent::Status::None:
        break;
    }
    return current;
}

// The description without the Spanish title that `export ics` puts first.
QString ownDescription(const Meeting &m, const QString &description)
{
    if (m.title.en.isEmpty() || m.title.es.isEmpty())
        return description;
    if (description == m.title.es)
        return {};
    const QString lead = m.title.es + QStringLiteral("\n\n");
    return description.startsWith(lead) ? description.mid(lead.size()) : description;
}

// The meeting as the event says it is; what the event does not say is kept. Each field
// is taken only when it differs from what the export writes, so that our own calendar
// read back changes nothing.
Meeting applyEvent(Meeting m, IcsEvent e)
{
    const IcsEvent was = CalendarExport::meetingEvent(m);
    if (e.summary != was.summary) {
        if (m.title.en.isEmpty() && !m.title.es.isEmpty())
            m.title.es = e.summary;
        else
            m.title.en = e.summary;
    }
    if (e.description != was.description) {
        const QString text = ownDescription(m, e.description);
        if (m.description.en.isEmpty() && !m.description.es.isEmpty())
            m.description.es = text;
        else
            m.description.en = text;
    }
    if (e.location != was.location)
        m.venueCity = e.location;
    if (e.status != was.status)
        m.status = meetingStatus(e.status, m.status);

    if (e.startTime.isValid()) {
        if (e.timeZone == QLatin1String("UTC") && knownZone(m.timeZone) && m.timeZone != e.timeZone)
            moveInto(e, m.timeZone); // a UTC time kept in the meeting's own zone
        else if (e.timeZone.isEmpty())
            e.timeZone = m.timeZone; // a floating time: the wall clock where the meeting is
        m.timeZone = e.timeZone;
    }
    m.startDate = e.startDate;
    m.endDate = e.endDate.isValid() ? e.endDate : e.startDate;
    m.startTime = e.startTime;
    m.endTime = e.startTime.isValid() ? e.endTime : QTime();
    m.sequence = qMax(m.sequence, e.sequence);
    return m;
}

bool sameMeeting(const Meeting &a, const Meeting &b)
{
    return a.title == b.title && a.description == b.description && a.venueCity == b.venueCity && a.status == b.status &&
           a.startDate == b.startDate && a.endDate == b.endDate && a.startTime == b.startTime &&
           a.endTime == b.endTime && a.timeZone == b.timeZone && a.sequence == b.sequence;
}

Meeting newMeeting(const IcsEvent &e)
{
    Meeting m;
    m.uid = e.uid;
    m.kind = MeetingKind::Other;
    m.title.en = e.summary;
    m.description.en = e.description;
    m.venueCity = e.location;
    m.status = meetingStatus(e.status, MeetingStatus::Planned);
    m.startDate = e.startDate;
    m.endDate = e.endDate.isValid() ? qMax(e.startDate, e.endDate) : e.startDate;
    m.startTime = e.startTime;
    m.endTime = e.startTime.isValid() ? e.endTime : QTime();
    m.timeZone = e.startTime.isValid() ? e.timeZone : QString();
    m.sequence = e.sequence;
    return m;
}

} // namespace

std::unique_ptr<EditCommand> IcsImport::command(Repositories &repos, const ParsedCalendar &calendar,
                                                const QString &name, IcsImportSummary *summary)
{
    IcsImportSummary s;
    s.skipped = calendar.recurrenceOverrides;
    s.recurring = calendar.recurring;
    auto macro = std::make_unique<MacroCommand>(repos.database(), tr("Import calendar %1").arg(name));
    for (const IcsEvent &e : calendar.events) {
        const std::optional<Meeting> before = repos.meetings().byUid(e.uid);
        if (!before) {
            if (repos.activities().byUid(e.uid)) {
                ++s.activities;
                continue;
            }
            macro->add(
                new RecordCommand<Meeting>(repos.database(), repos.meetings(), std::nullopt, newMeeting(e), QString()));
            ++s.added;
            continue;
        }
        if (e.sequence < before->sequence) {
            ++s.older;
            continue;
        }
        const Meeting after = applyEvent(*before, e);
        if (sameMeeting(*before, after)) {
            ++s.unchanged;
            continue;
        }
        macro->add(new RecordCommand<Meeting>(repos.database(), repos.meetings(), before, after, QString()));
        ++s.updated;
    }
    if (summary)
        *summary = s;
    return macro;
}

} // namespace pd
