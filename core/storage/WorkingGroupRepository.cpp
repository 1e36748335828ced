#include "WorkingGroupRepository.h"

#include "RowHelpers.h"

namespace pd {

WorkingGroupRepository::WorkingGroupRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("working_group"), parent)
{
}

QVariantMap WorkingGroupRepository::toRow(const WorkingGroup &group) const
{
    QVariantMap r;
    r.insert(QStringLiteral("code"), group.code);
    row::putText(r, QStringLiteral("name"), group.name);
    r.insert(QStringLiteral("position"), group.position);
    return r;
}

WorkingGroup WorkingGroupRepository::fromRow(const QVariantMap &r) const
{
    WorkingGroup g;
    g.id = row::id(r, "id");
    g.uid = row::str(r, "uid");
    g.code = row::str(r, "code");
    g.name = row::text(r, QStringLiteral("name"));
    g.position = r.value(QStringLiteral("position")).toInt();
    return g;
}

} // namespace pd
