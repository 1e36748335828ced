#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QStringList>

namespace pd {

class Repositories;

// The figures behind the dashboard's charts, computed with aggregate queries; the page
// only draws them.

// Activities per working group (in the groups' order, "no working group" last when there
// are any) and status: counts[status][group], one row per ActivityStatus value.
struct ActivityStatusChart
{
    QStringList groups;
    QList<ActivityStatus> statuses;
    QList<QList<int>> counts;
    int total() const;
};
ActivityStatusChart activityStatusChart(Repositories &repos, Language language);

// Contributions due and paid per year, in the currency most contributions use (the
// chart would mislead if it added currencies); amounts in minor units.
struct ContributionChart
{
    QList<int> years;
    QString currency;
    QList<qint64> due;
    QList<qint64> paid;
    bool otherCurrencies = false; // some contributions in other currencies are left out
};
ContributionChart contributionChart(Repositories &repos);

} // namespace pd
