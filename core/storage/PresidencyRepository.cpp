#include "PresidencyRepository.h"

#include "RowHelpers.h"

namespace pd {

PresidencyRepository::PresidencyRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("presidency"), parent)
{
}

std::optional<Presidency> PresidencyRepository::withStatus(qint64 conferenceId, PresidencyStatus status) const
{
    const QList<Presidency> found =
        load(QStringLiteral("SELECT * FROM presidency WHERE conference_id = :conference "
                            "AND status = :status ORDER BY year DESC, id DESC LIMIT 1"),
             {{QStringLiteral("conference"), conferenceId}, {QStringLiteral("status"), enumKey(status)}});
    return found.isEmpty() ? std::nullopt : std::optional<Presidency>(found.first());
}

QVariantMap PresidencyRepository::toRow(const Presidency &p) const
{
    QVariantMap r;
    r.insert(QStringLiteral("party_id"), p.partyId);
    r.insert(QStringLiteral("conference_id"), p.conferenceId);
    r.insert(QStringLiteral("status"), enumKey(p.status));
    r.insert(QStringLiteral("year"), p.year ? QVariant(p.year) : QVariant(QMetaType::fromType<int>()));
    r.insert(QStringLiteral("start_date"), dateValue(p.start));
    r.insert(QStringLiteral("end_date"), dateValue(p.end));
    return r;
}

Presidency PresidencyRepository::fromRow(const QVariantMap &r) const
{
    Presidency p;
    p.id = row::id(r, "id");
    p.uid = row::str(r, "uid");
    p.partyId = row::id(r, "party_id");
    p.conferenceId = row::id(r, "conference_id");
    p.status = row::enumValue(r, "status", PresidencyStatus::Past);
    p.year = r.value(QStringLiteral("year")).toInt();
    p.start = row::date(r, "start_date");
    p.end = row::date(r, "end_date");
    return p;
}

} // namespace pd
