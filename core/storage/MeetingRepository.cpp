#include "MeetingRepository.h"

#include "FilterIndex.h"
#include "FilterSql.h"
#include "RowHelpers.h"
#include "domain/TextFold.h"

namespace pd {

QList<Meeting> MeetingRepository::find(const MeetingFilter &filter, int limit, int offset, Children children) const
{
    FilterSql sql = FilterSql::of(filter);
    filterIndex().narrow(sql, filter.text);
    sql.binds.insert(QStringLiteral("limit"), limit);
    sql.binds.insert(QStringLiteral("offset"), offset);
    return load(QStringLiteral("SELECT * FROM meeting") + sql.where() +
                    QStringLiteral(" ORDER BY start_date, start_time, id LIMIT :limit OFFSET :offset"),
                sql.binds, children);
}

int MeetingRepository::countMatching(const MeetingFilter &filter) const
{
    FilterSql sql = FilterSql::of(filter);
    filterIndex().narrow(sql, filter.text);
    return SqlQuery::scalar(db(), QStringLiteral("SELECT count(*) FROM meeting") + sql.where(), sql.binds).toInt();
}

bool MeetingRepository::matches(const MeetingFilter &filter, const QString &uid) const
{
    FilterSql sql = FilterSql::of(filter);
    sql.conditions.append(QStringLiteral("meeting.uid = :uid"));
    sql.binds.insert(QStringLiteral("uid"), uid);
    return SqlQuery::scalar(db(), QStringLiteral("SELECT count(*) FROM meeting") + sql.where(), sql.binds).toInt() > 0;
}

// Two reads of one row each (those to be scheduled, then the scheduled ones), each in
// the order of an index, rather than the calendar read a page at a time.
std::optional<Meeting> MeetingRepository::nextOpen(const Meeting &chosen, std::optional<MeetingKind> kind) const
{
    QVariantMap binds{{QStringLiteral("id"), chosen.id},
                      {QStringLiteral("held"), enumKey(MeetingStatus::Held)},
                      {QStringLiteral("cancelled"), enumKey(MeetingStatus::Cancelled)}};
    QString open = QStringLiteral(" AND id <> :id AND status NOT IN (:held, :cancelled)");
    if (kind) {
        open += QStringLiteral(" AND kind = :kind");
        binds.insert(QStringLiteral("kind"), enumKey(*kind));
    }
    QList<Meeting> found = load(QStringLiteral("SELECT * FROM meeting WHERE start_date IS NULL") + open +
                                    QStringLiteral(" ORDER BY start_time, id LIMIT 1"),
                                binds, Children::Skip);
    if (!found.isEmpty())
        return found.first();
    QString scheduled = QStringLiteral("SELECT * FROM meeting WHERE start_date IS NOT NULL") + open;
    if (chosen.isScheduled()) {
        scheduled += QStringLiteral(" AND start_date > :date");
        binds.insert(QStringLiteral("date"), dateValue(chosen.startDate));
    }
    found = load(scheduled + QStringLiteral(" ORDER BY start_date, start_time, id LIMIT 1"), binds, Children::Skip);
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

MeetingRepository::MeetingRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("meeting"), parent)
{
    // Participants are listed in the order given (rowid, as loadChildren reads them), so
    // the audit snapshot takes that order too: a reorder is a change, not a no-op.
    addChildTable({QStringLiteral("meeting_participant"), QStringLiteral("meeting_id"), QStringLiteral("rowid")});
    addChildTable({QStringLiteral("agenda_item"), QStringLiteral("meeting_id"), QStringLiteral("position")});
}

QVariantMap MeetingRepository::toRow(const Meeting &m) const
{
    QVariantMap r;
    r.insert(QStringLiteral("code"), m.code);
    r.insert(QStringLiteral("kind"), enumKey(m.kind));
    row::putText(r, QStringLiteral("title"), m.title);
    row::putText(r, QStringLiteral("description"), m.description);
    r.insert(QStringLiteral("start_date"), dateValue(m.startDate));
    r.insert(QStringLiteral("end_date"), dateValue(m.endDate));
    r.insert(QStringLiteral("start_time"), row::timeValue(m.startTime));
    r.insert(QStringLiteral("end_time"), row::timeValue(m.endTime));
    r.insert(QStringLiteral("time_zone"), m.timeZone);
    r.insert(QStringLiteral("venue_city"), m.venueCity);
    r.insert(QStringLiteral("host_id"), nullIfZero(m.hostId));
    r.insert(QStringLiteral("mode"), nullIfEmpty(enumKey(m.mode)));
    r.insert(QStringLiteral("virtual_link"), m.virtualLink);
    r.insert(QStringLiteral("status"), enumKey(m.status));
    r.insert(QStringLiteral("working_group_id"), nullIfZero(m.workingGroupId));
    r.insert(QStringLiteral("decision_id"), nullIfZero(m.decisionId));
    r.insert(QStringLiteral("sequence"), m.sequence);
    r.insert(QStringLiteral("filter_text"), foldForMatching(m.code + QLatin1Char(' ') + m.title.en + QLatin1Char(' ') +
                                                            m.title.es + QLatin1Char(' ') + m.venueCity));
    return r;
}

Meeting MeetingRepository::fromRow(const QVariantMap &r) const
{
    Meeting m;
    m.id = row::id(r, "id");
    m.uid = row::str(r, "uid");
    m.code = row::str(r, "code");
    m.kind = row::enumValue(r, "kind", MeetingKind::Other);
    m.title = row::text(r, QStringLiteral("title"));
    m.description = row::text(r, QStringLiteral("description"));
    m.startDate = row::date(r, "start_date");
    m.endDate = row::date(r, "end_date");
    m.startTime = row::time(r, "start_time");
    m.endTime = row::time(r, "end_time");
    m.timeZone = row::str(r, "time_zone");
    m.venueCity = row::str(r, "venue_city");
    m.hostId = row::id(r, "host_id");
    m.mode = row::enumValue(r, "mode", MeetingMode::Unspecified);
    m.virtualLink = row::str(r, "virtual_link");
    m.status = row::enumValue(r, "status", MeetingStatus::Planned);
    m.workingGroupId = row::id(r, "working_group_id");
    m.decisionId = row::id(r, "decision_id");
    m.sequence = r.value(QStringLiteral("sequence")).toInt();
    return m;
}

Repository::ChildWriter MeetingRepository::childWriter(const Meeting &meeting) const
{
    return [this, participants = meeting.participants, agenda = meeting.agenda](qint64 id) -> Status {
        if (Status s = deleteChildren(QStringLiteral("meeting_participant"), QStringLiteral("meeting_id"), id); !s)
            return s;
        for (const Participant &p : participants) {
            const auto inserted =
                insertRow(QStringLiteral("meeting_participant"), {{QStringLiteral("meeting_id"), id},
                                                                  {QStringLiteral("party_id"), p.partyId},
                                                                  {QStringLiteral("role"), enumKey(p.role)},
                                                                  {QStringLiteral("note"), p.note}});
            if (!inserted)
                return inserted.error();
        }
        if (Status s = deleteChildren(QStringLiteral("agenda_item"), QStringLiteral("meeting_id"), id); !s)
            return s;
        for (int i = 0; i < agenda.size(); ++i) {
            const AgendaItem &a = agenda.at(i);
            QVariantMap r;
            r.insert(QStringLiteral("uid"), a.uid.isEmpty() ? newUid() : a.uid);
            r.insert(QStringLiteral("meeting_id"), id);
            r.insert(QStringLiteral("position"), i);
            r.insert(QStringLiteral("numbering"), a.numbering);
            row::putText(r, QStringLiteral("title"), a.title);
            r.insert(QStringLiteral("presenter_id"), nullIfZero(a.presenterId));
            r.insert(QStringLiteral("start_time"), row::timeValue(a.startTime));
            r.insert(QStringLiteral("duration_minutes"), a.durationMinutes);
            r.insert(QStringLiteral("document_id"), nullIfZero(a.documentId));
            r.insert(QStringLiteral("notes"), a.notes);
            const auto inserted = insertRow(QStringLiteral("agenda_item"), r);
            if (!inserted)
                return inserted.error();
        }
        return {};
    };
}

void MeetingRepository::loadChildren(QList<Meeting> &meetings) const
{
    const auto participants = childRows(QStringLiteral("meeting_participant"), QStringLiteral("meeting_id"),
                                        QStringLiteral("meeting_id, rowid"), meetings);
    const auto agenda = childRows(QStringLiteral("agenda_item"), QStringLiteral("meeting_id"),
                                  QStringLiteral("meeting_id, position"), meetings);
    for (Meeting &m : meetings) {
        for (const QVariantMap &r : participants.value(m.id))
            m.participants.append(
                {row::id(r, "party_id"), row::enumValue(r, "role", ParticipantRole::Member), row::str(r, "note")});
        for (const QVariantMap &r : agenda.value(m.id)) {
            AgendaItem a;
            a.id = row::id(r, "id");
            a.uid = row::str(r, "uid");
            a.numbering = row::str(r, "numbering");
            a.title = row::text(r, QStringLiteral("title"));
            a.presenterId = row::id(r, "presenter_id");
            a.startTime = row::time(r, "start_time");
            a.durationMinutes = r.value(QStringLiteral("duration_minutes")).toInt();
            a.documentId = row::id(r, "document_id");
            a.notes = row::str(r, "notes");
            m.agenda.append(a);
        }
    }
}

std::optional<Repository::SearchEntry> MeetingRepository::searchEntry(const QVariantMap &r) const
{
    return SearchEntry{1, QStringLiteral("meeting"), row::both(row::text(r, QStringLiteral("title"))),
                       row::str(r, "code") + QLatin1Char(' ') + row::both(row::text(r, QStringLiteral("description"))) +
                           QLatin1Char(' ') + row::str(r, "venue_city")};
}

} // namespace pd
