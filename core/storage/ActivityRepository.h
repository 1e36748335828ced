#pragma once

#include "AggregateRepository.h"
#include "domain/Activity.h"

namespace pd {

// Working-group activities with their supporting parties (one aggregate).
class ActivityRepository : public AggregateRepository<Activity>
{
    Q_OBJECT
public:
    explicit ActivityRepository(Database &db, QObject *parent = nullptr);
    std::optional<Activity> byCode(const QString &code) const;

protected:
    QVariantMap toRow(const Activity &activity) const override;
    Activity fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Activity &activity) const override;
    void loadChildren(QList<Activity> &activities) const override;
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;
};

} // namespace pd
