#pragma once

#include "AggregateRepository.h"
#include "domain/WorkingGroup.h"

namespace pd {

class WorkingGroupRepository : public AggregateRepository<WorkingGroup>
{
    Q_OBJECT
public:
    explicit WorkingGroupRepository(Database &db, QObject *parent = nullptr);

protected:
    QVariantMap toRow(const WorkingGroup &group) const override;
    WorkingGroup fromRow(const QVariantMap &row) const override;
    QString orderBy() const override { return QStringLiteral("position, id"); }
};

} // namespace pd
