#pragma once

#include "AggregateRepository.h"
#include "domain/FocalPoint.h"

namespace pd {

// The focal points of the parties, listed by party and name.
class FocalPointRepository : public AggregateRepository<FocalPoint>
{
    Q_OBJECT
public:
    explicit FocalPointRepository(Database &db, QObject *parent = nullptr);
    QList<FocalPoint> ofParty(qint64 partyId) const;

protected:
    QVariantMap toRow(const FocalPoint &focalPoint) const override;
    FocalPoint fromRow(const QVariantMap &row) const override;
    QString orderBy() const override { return QStringLiteral("party_id, name, id"); }
};

} // namespace pd
