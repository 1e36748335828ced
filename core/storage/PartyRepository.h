#pragma once

#include "AggregateRepository.h"
#include "domain/Party.h"

namespace pd {

class PartyRepository : public AggregateRepository<Party>
{
    Q_OBJECT
public:
    explicit PartyRepository(Database &db, QObject *parent = nullptr);
    std::optional<Party> byCode(const QString &code) const;
    QList<Party> members() const;

protected:
    QVariantMap toRow(const Party &party) const override;
    Party fromRow(const QVariantMap &row) const override;
    QString orderBy() const override;
};

} // namespace pd
