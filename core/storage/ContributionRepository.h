#pragma once

#include "AggregateRepository.h"
#include "domain/Contribution.h"

namespace pd {

// Contributions owed per country, fund and year, with the payments made against them.
class ContributionRepository : public AggregateRepository<Contribution>
{
    Q_OBJECT
public:
    explicit ContributionRepository(Database &db, QObject *parent = nullptr);
    // The contributions of one year and one fund (0: every year, every fund), with their
    // payments: the table reads only what its filter shows.
    QList<Contribution> find(int year, qint64 fundId) const;
    // The years that have a contribution, newest first.
    QList<int> years() const;

protected:
    QVariantMap toRow(const Contribution &contribution) const override;
    Contribution fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Contribution &contribution) const override;
    void loadChildren(QList<Contribution> &contributions) const override;
    QString orderBy() const override { return QStringLiteral("year, fund_id, party_id"); }
};

} // namespace pd
