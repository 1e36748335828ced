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

QList<Decision> DecisionRepository::openFollowUpsBefore(const QDate &before, qint64 exceptMeetingId) const
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
    sql += QStringLiteral(" ORDER BY m.start_date, m.id, d.position, d.id");
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
