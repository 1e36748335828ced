#pragma once

#include "AggregateRepository.h"
#include "domain/Fund.h"

namespace pd {

class FundRepository : public AggregateRepository<Fund>
{
    Q_OBJECT
public:
    explicit FundRepository(Database &db, QObject *parent = nullptr);

protected:
    QVariantMap toRow(const Fund &fund) const override;
    Fund fromRow(const QVariantMap &row) const override;
};

} // namespace pd
