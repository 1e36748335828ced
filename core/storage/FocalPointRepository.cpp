#include "FocalPointRepository.h"

#include "RowHelpers.h"

namespace pd {

FocalPointRepository::FocalPointRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("focal_point"), parent)
{
}

QList<FocalPoint> FocalPointRepository::ofParty(qint64 partyId) const
{
    return load(QStringLiteral("SELECT * FROM focal_point WHERE party_id = :party ORDER BY name, id"),
                {{QStringLiteral("party"), partyId}});
}

QVariantMap FocalPointRepository::toRow(const FocalPoint &f) const
{
    QVariantMap r;
    r.insert(QStringLiteral("party_id"), f.partyId);
    r.insert(QStringLiteral("name"), f.name);
    r.insert(QStringLiteral("role"), f.role);
    r.insert(QStringLiteral("email"), f.email);
    r.insert(QStringLiteral("phone"), f.phone);
    r.insert(QStringLiteral("personal_data"), f.personalData ? 1 : 0);
    r.insert(QStringLiteral("notes"), f.notes);
    return r;
}

FocalPoint FocalPointRepository::fromRow(const QVariantMap &r) const
{
    FocalPoint f;
    f.id = row::id(r, "id");
    f.uid = row::str(r, "uid");
    f.partyId = row::id(r, "party_id");
    f.name = row::str(r, "name");
    f.role = row::str(r, "role");
    f.email = row::str(r, "email");
    f.phone = row::str(r, "phone");
    f.personalData = r.value(QStringLiteral("personal_data")).toBool();
    f.notes = row::str(r, "notes");
    return f;
}

} // namespace pd
