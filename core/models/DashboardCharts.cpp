#include "DashboardCharts.h"

#include "storage/DashboardQueries.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace pd {

int ActivityStatusChart::total() const
{
    int sum = 0;
    for (const QList<int> &row : counts) {
        for (int n : row)
            sum += n;
    }
    return sum;
}

ActivityStatusChart activityStatusChart(Repositories &repos, Language language)
{
    const QList<ActivityStatusCount> counts = DashboardQueries(repos.database()).activitiesByStatus();
    ActivityStatusChart chart;
    QHash<qint64, int> column;
    for (const WorkingGroup &group : repos.workingGroups().all()) {
        column.insert(group.id, int(chart.groups.size()));
        chart.groups.append(group.code.isEmpty() ? group.name.text(language) : group.code);
    }
    bool ungrouped = false;
    for (const ActivityStatusCount &c : counts)
        ungrouped = ungrouped || !column.contains(c.workingGroupId);
    if (ungrouped)
        chart.groups.append(QCoreApplication::translate("pd::DashboardCharts", "No working group"));
    chart.statuses = enumValues<ActivityStatus>();
    for (qsizetype i = 0; i < chart.statuses.size(); ++i)
        chart.counts.append(QList<int>(chart.groups.size(), 0));
    for (const ActivityStatusCount &c : counts) {
        const int status = int(chart.statuses.indexOf(c.status));
        const int group = int(column.value(c.workingGroupId, int(chart.groups.size()) - 1));
        if (status >= 0)
            chart.counts[status][group] += c.count;
    }
    return chart;
}

ContributionChart contributionChart(Repositories &repos)
{
    const QList<YearContributions> rows = DashboardQueries(repos.database()).contributionsByYear();
    QHash<QString, int> perCurrency;
    for (const YearContributions &r : rows)
        ++perCurrency[r.currency];
    ContributionChart chart;
    int most = 0;
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < chart.currency)) {
            most = it.value();
            chart.currency = it.key();
        }
    }
    chart.otherCurrencies = perCurrency.size() > 1;
    for (const YearContributions &r : rows) { // ordered by year
        if (r.currency != chart.currency)
            continue;
        chart.years.append(r.year);
        chart.due.append(r.due);
        chart.paid.append(r.paid);
    }
    return chart;
}

} // namespace pd
