#include "DecisionRepository.h"

#include "RowHelpers.h"

namespace pd {

DecisionRepository::DecisionRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("decision"), parent)
{
    addChildTable({QStringLiteral("decision_party"), QStringLiteral("decision_id"), QStringLiteral("position")});
}

QList<Decision> DecisionRepository::ofMeeting(qint64 meetingId) const
{
    return load(QStringLiteral("SELECT * FROM decision WHERE meeting_id = :meeting ORDER BY position, id"),
                {{QStringLiteral("meeting"), meetingId}});
}

std::optional<Decision> DecisionRepository::byNumber(qint64 meetingId, const QString &number) const
{
    const QList<Decision> found =
        load(QStringLiteral("SELECT * FROM decision WHERE meeting_id = :meeting AND number = :number LIMIT 1"),
             {{QStringLiteral("meeting"), meetingId}, {QStringLiteral("number"), number}});
    return found.isEmpty() ? std::nullopt : std::optional<Decision>(found.first());
}

QList<Decision> DecisionRepository::topOfMeeting(qint64 meetingId, int limit, int offset) const
{
    return load(
        QStringLiteral("SELECT * FROM decision d WHERE d.meeting_id = :meeting"
                       " AND (d.parent_id IS NULL OR d.parent_id = d.id OR NOT EXISTS"
                       " (SELECT 1 FROM decision p WHERE p.id = d.parent_id AND p.meeting_id = d.meeting_id))"
                       " ORDER BY d.position, d.id LIMIT :limit OFFSET :offset"),
        {{QStringLiteral("meeting"), meetingId}, {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}});
}

QList<Decision> DecisionRepository::subItemsOf(qint64 meetingId, const QList<qint64> &parentIds) const
{
    if (parentIds.isEmpty())
        return {};
    QStringList names;
    QVariantMap binds{{QStringLiteral("meeting"), meetingId}, {QStringLiteral("meeting2"), meetingId}};
    for (int i = 0; i < parentIds.size(); ++i) {
        names.append(QStringLiteral(":parent%1").arg(i));
        binds.insert(QStringLiteral("parent%1").arg(i), parentIds.at(i));
    }
    // By the parent index (the unary + keeps SQLite off the meeting's, which holds the
    // whole register); UNION (not UNION ALL) stops at a cycle of parents.
    return load(QStringLiteral("WITH RECURSIVE sub(id) AS ("
                               " SELECT id FROM decision WHERE +meeting_id = :meeting AND parent_id <> id"
                               " AND parent_id IN (%1)"
                               " UNION SELECT d.id FROM decision d JOIN sub ON d.parent_id = sub.id"
                               " WHERE +d.meeting_id = :meeting2 AND d.parent_id <> d.id)"
                               " SELECT * FROM decision WHERE id IN (SELECT id FROM sub) ORDER BY position, id")
                    .arg(names.join(QLatin1Char(','))),
                binds);
}

QList<MeetingChoice> DecisionRepository::meetingChoices() const
{
    // Read by column position rather than as a map per row: it is one row per meeting.
    SqlQuery query(db(), QStringLiteral("SELECT id, code, title_en, title_es, start_date, status FROM meeting"
                                        " ORDER BY start_date, start_time, id"));
    QList<MeetingChoice> choices;
    if (!query.exec())
        return choices;
    while (query.next()) {
        MeetingChoice c;
        c.id = query.value(0).toLongLong();
        c.code = query.value(1).toString();
        c.title = {query.value(2).toString(), query.value(3).toString()};
        c.startDate = toDate(query.value(4));
        c.status = enumFromKey<MeetingStatus>(query.value(5).toString()).value_or(MeetingStatus::Planned);
        choices.append(c);
    }
    return choices;
}

QSet<qint64> DecisionRepository::meetingsWithDecisions() const
{
    QSet<qint64> ids;
    for (const QVariantMap &r :
         fetchRows(QStringLiteral("SELECT DISTINCT meeting_id FROM decision WHERE meeting_id IS NOT NULL")))
        ids.insert(row::id(r, "meeting_id"));
    return ids;
}

QList<Decision> DecisionRepository::openFollowUpsBefore(const QDate &before, qint64 exceptMeetingId, int limit,
                                                        int offset) const
{
    QVariantMap binds{{QStringLiteral("open"), enumKey(DecisionStatus::Open)},
                      {QStringLiteral("progress"), enumKey(DecisionStatus::InProgress)},
                      {QStringLiteral("except"), exceptMeetingId}};
    QString sql = QStringLiteral("SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                                 " WHERE d.status IN (:open, :progress) AND m.start_date IS NOT NULL"
                                 " AND m.id <> :except");
    if (before.isValid()) {
        sql += QStringLiteral(" AND m.start_date < :before");
        binds.insert(QStringLiteral("before"), dateValue(before));
    }
    sql += QStringLiteral(" ORDER BY m.start_date, m.id, d.position, d.id LIMIT :limit OFFSET :offset");
    binds.insert(QStringLiteral("limit"), limit);
    binds.insert(QStringLiteral("offset"), offset);
    return load(sql, binds);
}

QVariantMap DecisionRepository::toRow(const Decision &d) const
{
    QVariantMap r;
    r.insert(QStringLiteral("meeting_id"), nullIfZero(d.meetingId));
    r.insert(QStringLiteral("number"), d.number);
    r.insert(QStringLiteral("parent_id"), nullIfZero(d.parentId));
    r.insert(QStringLiteral("position"), d.position);
    r.insert(QStringLiteral("working_group_id"), nullIfZero(d.workingGroupId));
    row::putText(r, QStringLiteral("heading"), d.heading);
    r.insert(QStringLiteral("verb"), enumKey(d.verb));
    row::putText(r, QStringLiteral("text"), d.text);
    r.insert(QStringLiteral("owner_id"), nullIfZero(d.ownerId));
    r.insert(QStringLiteral("due_date"), dateValue(d.due));
    r.insert(QStringLiteral("status"), enumKey(d.status));
    return r;
}

Decision DecisionRepository::fromRow(const QVariantMap &r) const
{
    Decision d;
    d.id = row::id(r, "id");
    d.uid = row::str(r, "uid");
    d.meetingId = row::id(r, "meeting_id");
    d.number = row::str(r, "number");
    d.parentId = row::id(r, "parent_id");
    d.position = r.value(QStringLiteral("position")).toInt();
    d.workingGroupId = row::id(r, "working_group_id");
    d.heading = row::text(r, QStringLiteral("heading"));
    d.verb = row::enumValue(r, "verb", DecisionVerb::Other);
    d.text = row::text(r, QStringLiteral("text"));
    d.ownerId = row::id(r, "owner_id");
    d.due = row::date(r, "due_date");
    d.status = row::enumValue(r, "status", DecisionStatus::Open);
    return d;
}

Repository::ChildWriter DecisionRepository::childWriter(const Decision &decision) const
{
    return [this, parties = decision.partyIds](qint64 id) -> Status {
        if (Status s = deleteChildren(QStringLiteral("decision_party"), QStringLiteral("decision_id"), id); !s)
            return s;
        for (int i = 0; i < parties.size(); ++i) {
            const auto inserted =
                insertRow(QStringLiteral("decision_party"), {{QStringLiteral("decision_id"), id},
                                                             {QStringLiteral("party_id"), parties.at(i)},
                                                             {QStringLiteral("position"), i}});
            if (!inserted)
                return inserted.error();
        }
        return {};
    };
}

void DecisionRepository::loadChildren(QList<Decision> &decisions) const
{
    const auto parties = childRows(QStringLiteral("decision_party"), QStringLiteral("decision_id"),
                                   QStringLiteral("decision_id, position"), decisions);
    for (Decision &d : decisions) {
        for (const QVariantMap &r : parties.value(d.id))
            d.partyIds.append(row::id(r, "party_id"));
    }
}

std::optional<Repository::SearchEntry> DecisionRepository::searchEntry(const QVariantMap &r) const
{
    return SearchEntry{4, QStringLiteral("decision"), row::str(r, "number"),
                       row::both(row::text(r, QStringLiteral("text")))};
}

} // namespace pd
