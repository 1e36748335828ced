#include "FundRepository.h"

#include "RowHelpers.h"

namespace pd {

FundRepository::FundRepository(Database &db, QObject *parent) : AggregateRepository(db, QStringLiteral("fund"), parent)
{
}

QVariantMap FundRepository::toRow(const Fund &fund) const
{
    QVariantMap r;
    r.insert(QStringLiteral("code"), fund.code);
    row::putText(r, QStringLiteral("name"), fund.name);
    r.insert(QStringLiteral("administrator_id"), nullIfZero(fund.administratorId));
    r.insert(QStringLiteral("currency"), fund.currency);
    return r;
}

Fund FundRepository::fromRow(const QVariantMap &r) const
{
    Fund f;
    f.id = row::id(r, "id");
    f.uid = row::str(r, "uid");
    f.code = row::str(r, "code");
    f.name = row::text(r, QStringLiteral("name"));
    f.administratorId = row::id(r, "administrator_id");
    f.currency = row::str(r, "currency");
    return f;
}

} // namespace pd
