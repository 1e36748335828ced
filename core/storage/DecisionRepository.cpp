#include "DecisionRepository.h"

#include "RowHelpers.h"

namespace pd {

namespace {

// The columns the register's lists read, by position (see loadList).
const QString ListColumns =
    QStringLiteral("d.id, d.uid, d.meeting_id, d.number, d.parent_id, d.position, d.working_group_id,"
                   " d.heading_en, d.heading_es, d.verb, d.text_en, d.text_es, d.owner_id, d.due_date, d.status");

} // namespace

// Decisions read by column position rather than as a map per row (the tree and the
// pending list read a hundred at a time), with the parties they name in one more query.
QList<Decision> DecisionRepository::loadList(const QString &sql, const QVariantMap &binds) const
{
    QList<Decision> decisions;
    SqlQuery query(db(), sql);
    query.bindAll(binds);
    if (!query.exec())
        return decisions;
    while (query.next()) {
        Decision d;
        d.id = query.value(0).toLongLong();
        d.uid = query.value(1).toString();
        d.meetingId = query.value(2).toLongLong();
        d.number = query.value(3).toString();
        d.parentId = query.value(4).toLongLong();
        d.position = query.value(5).toInt();
        d.workingGroupId = query.value(6).toLongLong();
        d.heading = {query.value(7).toString(), query.value(8).toString()};
        d.verb = enumFromKey<DecisionVerb>(query.value(9).toString()).value_or(DecisionVerb::Other);
        d.text = {query.value(10).toString(), query.value(11).toString()};
        d.ownerId = query.value(12).toLongLong();
        d.due = toDate(query.value(13));
        d.status = enumFromKey<DecisionStatus>(query.value(14).toString()).value_or(DecisionStatus::Open);
        decisions.append(d);
    }
    if (!decisions.isEmpty())
        loadChildren(decisions);
    return decisions;
}

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
    return loadList(
        QStringLiteral("SELECT ") + ListColumns +
            QStringLiteral(" FROM decision d WHERE d.meeting_id = :meeting"
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
    return loadList(
        QStringLiteral("WITH RECURSIVE sub(id) AS ("
                       " SELECT id FROM decision WHERE +meeting_id = :meeting AND parent_id <> id"
                       " AND parent_id IN (%1)"
                       " UNION SELECT d.id FROM decision d JOIN sub ON d.parent_id = sub.id"
                       " WHERE +d.meeting_id = :meeting2 AND d.parent_id <> d.id)"
                       " SELECT %2 FROM decision d WHERE d.id IN (SELECT id FROM sub) ORDER BY d.position, d.id")
            .arg(names.join(QLatin1Char(',')), ListColumns),
        binds);
}

namespace {

MeetingChoice choiceFrom(const SqlQuery &query)
{
    MeetingChoice c;
    c.id = query.value(0).toLongLong();
    c.code = query.value(1).toString();
    c.title = {query.value(2).toString(), query.value(3).toString()};
    c.startDate = toDate(query.value(4));
    c.status = enumFromKey<MeetingStatus>(query.value(5).toString()).value_or(MeetingStatus::Planned);
    return c;
}

} // namespace

QList<MeetingChoice> DecisionRepository::meetingChoices() const
{
    // Read by column position rather than as a map per row: it is one row per meeting.
    SqlQuery query(db(), QStringLiteral("SELECT id, code, title_en, title_es, start_date, status FROM meeting"
                                        " ORDER BY start_date, start_time, id"));
    QList<MeetingChoice> choices;
    if (!query.exec())
        return choices;
    while (query.next())
        choices.append(choiceFrom(query));
    return choices;
}

QList<qint64> DecisionRepository::meetingOrder() const
{
    // Covered by the meeting_filter index (start_date, start_time, id, ...): the table
    // itself is not read, which is most of the cost for twenty thousand meetings.
    SqlQuery query(db(), QStringLiteral("SELECT id FROM meeting ORDER BY start_date, start_time, id"));
    QList<qint64> ids;
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<MeetingChoice> DecisionRepository::meetingChoicesOf(const QList<qint64> &meetingIds) const
{
    QList<MeetingChoice> choices;
    constexpr int Chunk = 200;
    for (qsizetype first = 0; first < meetingIds.size(); first += Chunk) {
        QStringList names;
        QVariantMap binds;
        for (qsizetype i = first; i < qMin(meetingIds.size(), first + Chunk); ++i) {
            const QString name = QStringLiteral("m%1").arg(i - first);
            names.append(QLatin1Char(':') + name);
            binds.insert(name, meetingIds.at(i));
        }
        SqlQuery query(db(), QStringLiteral("SELECT id, code, title_en, title_es, start_date, status FROM meeting"
                                            " WHERE id IN (%1)")
                                 .arg(names.join(QLatin1Char(','))));
        query.bindAll(binds);
        if (!query.exec())
            return choices;
        while (query.next())
            choices.append(choiceFrom(query));
    }
    return choices;
}

qint64 DecisionRepository::latestHeldMeetingWithDecisions() const
{
    // Backwards through the calendar order's index, stopping at the first one.
    return SqlQuery::scalar(db(),
                            QStringLiteral("SELECT m.id FROM meeting m WHERE m.start_date IS NOT NULL"
                                           " AND m.status = :held AND EXISTS"
                                           " (SELECT 1 FROM decision d WHERE d.meeting_id = m.id)"
                                           " ORDER BY m.start_date DESC, m.start_time DESC, m.id DESC LIMIT 1"),
                            {{QStringLiteral("held"), enumKey(MeetingStatus::Held)}})
        .toLongLong();
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
    QString sql = QStringLiteral("SELECT ") + ListColumns +
                  QStringLiteral(" FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                                 " WHERE d.status IN (:open, :progress) AND m.start_date IS NOT NULL"
                                 " AND m.id <> :except");
    if (before.isValid()) {
        sql += QStringLiteral(" AND m.start_date < :before");
        binds.insert(QStringLiteral("before"), dateValue(before));
    }
    sql += QStringLiteral(" ORDER BY m.start_date, m.id, d.position, d.id LIMIT :limit OFFSET :offset");
    binds.insert(QStringLiteral("limit"), limit);
    binds.insert(QStringLiteral("offset"), offset);
    return loadList(sql, binds);
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
