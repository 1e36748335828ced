#include "ActivityRepository.h"

#include "FilterIndex.h"
#include "FilterSql.h"
#include "RowHelpers.h"
#include "domain/TextFold.h"

namespace pd {

QList<Activity> ActivityRepository::find(const ActivityFilter &filter, int limit, int offset, Children children) const
{
    FilterSql sql = FilterSql::of(filter);
    filterIndex().narrow(sql, filter.text);
    sql.binds.insert(QStringLiteral("limit"), limit);
    sql.binds.insert(QStringLiteral("offset"), offset);
    return load(QStringLiteral("SELECT * FROM activity") + sql.where() +
                    QStringLiteral(" ORDER BY working_group_id, code, id LIMIT :limit OFFSET :offset"),
                sql.binds, children);
}

int ActivityRepository::countMatching(const ActivityFilter &filter) const
{
    FilterSql sql = FilterSql::of(filter);
    filterIndex().narrow(sql, filter.text);
    return SqlQuery::scalar(db(), QStringLiteral("SELECT count(*) FROM activity") + sql.where(), sql.binds).toInt();
}

bool ActivityRepository::matches(const ActivityFilter &filter, const QString &uid) const
{
    FilterSql sql = FilterSql::of(filter);
    sql.conditions.append(QStringLiteral("activity.uid = :uid"));
    sql.binds.insert(QStringLiteral("uid"), uid);
    return SqlQuery::scalar(db(), QStringLiteral("SELECT count(*) FROM activity") + sql.where(), sql.binds).toInt() > 0;
}

ActivityRepository::ActivityRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("activity"), parent)
{
    addChildTable({QStringLiteral("activity_supporter"), QStringLiteral("activity_id"), QStringLiteral("position")});
}

std::optional<Activity> ActivityRepository::byCode(const QString &code) const
{
    const QList<Activity> found = load(QStringLiteral("SELECT * FROM activity WHERE code = :code ORDER BY id LIMIT 1"),
                                       {{QStringLiteral("code"), code}});
    return found.isEmpty() ? std::nullopt : std::optional<Activity>(found.first());
}

namespace {
QList<ActivityRepository::LinkChoice> choices(const QSqlDatabase &db, const QString &sql)
{
    QList<ActivityRepository::LinkChoice> list;
    SqlQuery q(db, sql);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(),
                     q.value(1).toString(),
                     {q.value(2).toString(), q.value(3).toString()},
                     toDate(q.value(4))});
    return list;
}
} // namespace

QList<ActivityRepository::LinkChoice> ActivityRepository::meetingChoices() const
{
    return choices(db(), QStringLiteral("SELECT id, code, title_en, title_es, start_date FROM meeting "
                                        "ORDER BY start_date IS NULL, start_date, start_time, id"));
}

QList<ActivityRepository::LinkChoice> ActivityRepository::decisionChoices() const
{
    return choices(db(), QStringLiteral("SELECT id, number, text_en, text_es, NULL FROM decision "
                                        "ORDER BY meeting_id, position, id"));
}

QVariantMap ActivityRepository::toRow(const Activity &a) const
{
    QVariantMap r;
    r.insert(QStringLiteral("code"), a.code);
    r.insert(QStringLiteral("parent_id"), nullIfZero(a.parentId));
    r.insert(QStringLiteral("working_group_id"), nullIfZero(a.workingGroupId));
    r.insert(QStringLiteral("kind"), enumKey(a.kind));
    row::putText(r, QStringLiteral("title"), a.title);
    row::putText(r, QStringLiteral("description"), a.description);
    r.insert(QStringLiteral("status"), enumKey(a.status));
    r.insert(QStringLiteral("lead_id"), nullIfZero(a.leadId));
    r.insert(QStringLiteral("host_id"), nullIfZero(a.hostId));
    r.insert(QStringLiteral("target_start"), dateValue(a.targetStart));
    r.insert(QStringLiteral("target_end"), dateValue(a.targetEnd));
    r.insert(QStringLiteral("progress"), a.progress);
    r.insert(QStringLiteral("funding_needed"),
             a.fundingNeeded ? QVariant(*a.fundingNeeded) : QVariant(QMetaType::fromType<qint64>()));
    r.insert(QStringLiteral("currency"), a.currency);
    r.insert(QStringLiteral("meeting_id"), nullIfZero(a.meetingId));
    r.insert(QStringLiteral("decision_id"), nullIfZero(a.decisionId));
    r.insert(QStringLiteral("filter_text"),
             foldForMatching(a.code + QLatin1Char(' ') + a.title.en + QLatin1Char(' ') + a.title.es));
    return r;
}

Activity ActivityRepository::fromRow(const QVariantMap &r) const
{
    Activity a;
    a.id = row::id(r, "id");
    a.uid = row::str(r, "uid");
    a.code = row::str(r, "code");
    a.parentId = row::id(r, "parent_id");
    a.workingGroupId = row::id(r, "working_group_id");
    a.kind = row::enumValue(r, "kind", ActivityKind::Other);
    a.title = row::text(r, QStringLiteral("title"));
    a.description = row::text(r, QStringLiteral("description"));
    a.status = row::enumValue(r, "status", ActivityStatus::Planned);
    a.leadId = row::id(r, "lead_id");
    a.hostId = row::id(r, "host_id");
    a.targetStart = row::date(r, "target_start");
    a.targetEnd = row::date(r, "target_end");
    a.progress = r.value(QStringLiteral("progress")).toInt();
    const QVariant funding = r.value(QStringLiteral("funding_needed"));
    if (!funding.isNull())
        a.fundingNeeded = funding.toLongLong();
    a.currency = row::str(r, "currency");
    a.meetingId = row::id(r, "meeting_id");
    a.decisionId = row::id(r, "decision_id");
    return a;
}

Repository::ChildWriter ActivityRepository::childWriter(const Activity &activity) const
{
    return [this, supporters = activity.supporterIds](qint64 id) -> Status {
        if (Status s = deleteChildren(QStringLiteral("activity_supporter"), QStringLiteral("activity_id"), id); !s)
            return s;
        for (int i = 0; i < supporters.size(); ++i) {
            const auto inserted =
                insertRow(QStringLiteral("activity_supporter"), {{QStringLiteral("activity_id"), id},
                                                                 {QStringLiteral("party_id"), supporters.at(i)},
                                                                 {QStringLiteral("position"), i}});
            if (!inserted)
                return inserted.error();
        }
        return {};
    };
}

void ActivityRepository::loadChildren(QList<Activity> &activities) const
{
    const auto supporters = childRows(QStringLiteral("activity_supporter"), QStringLiteral("activity_id"),
                                      QStringLiteral("activity_id, position"), activities);
    for (Activity &a : activities) {
        for (const QVariantMap &r : supporters.value(a.id))
            a.supporterIds.append(row::id(r, "party_id"));
    }
}

std::optional<Repository::SearchEntry> ActivityRepository::searchEntry(const QVariantMap &r) const
{
    return SearchEntry{2, QStringLiteral("activity"), row::both(row::text(r, QStringLiteral("title"))),
                       row::str(r, "code") + QLatin1Char(' ') + row::both(row::text(r, QStringLiteral("description")))};
}

} // namespace pd
