#pragma once

#include "AggregateRepository.h"
#include "domain/Contribution.h"
#include "domain/Enums.h"

namespace pd {

// What the contributions table shows: one year and one fund (0: all), with the country
// names of `language` setting the order within a year and fund.
struct ContributionFilter
{
    int year = 0;
    qint64 fundId = 0;
    Language language = Language::English;
};

// The sums over the contributions a filter matches, for one currency.
struct ContributionTotals
{
    QString currency;
    qint64 due = 0;
    qint64 paid = 0;
    qint64 outstanding = 0;
    int contributions = 0;
    int inArrears = 0; // something outstanding after the end of its year
};

// Contributions owed per country, fund and year, with the payments made against them.
class ContributionRepository : public AggregateRepository<Contribution>
{
    Q_OBJECT
public:
    explicit ContributionRepository(Database &db, QObject *parent = nullptr);
    // The contributions the filter matches, newest year first, then fund, then country by
    // name, `limit` (-1: all) from `offset`, with their payments unless skipped.
    QList<Contribution> find(const ContributionFilter &filter, int limit = -1, int offset = 0,
                             Children children = Children::Load) const;
    bool matches(const ContributionFilter &filter, const QString &uid) const;
    // Due, paid, outstanding and in arrears (as of `today`) over everything the filter
    // matches, one entry per currency by currency code; summed by the database.
    QList<ContributionTotals> totals(const ContributionFilter &filter, const QDate &today) const;
    // The years that have a contribution, newest first.
    QList<int> years() const;

protected:
    QVariantMap toRow(const Contribution &contribution) const override;
    Contribution fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Contribution &contribution) const override;
    void loadChildren(QList<Contribution> &contributions) const override;
    QString orderBy() const override { return QStringLiteral("year, fund_id, party_id"); }

private:
    QString where(const ContributionFilter &filter, QVariantMap &binds, QStringList conditions = {}) const;
};

} // namespace pd
