#pragma once

#include "AggregateRepository.h"
#include "domain/Activity.h"
#include "domain/Filters.h"

namespace pd {

// Working-group activities with their supporting parties (one aggregate).
class ActivityRepository : public AggregateRepository<Activity>
{
    Q_OBJECT
public:
    explicit ActivityRepository(Database &db, QObject *parent = nullptr);
    // The records the filter matches, in display order, one page at a time.
    QList<Activity> find(const ActivityFilter &filter, int limit = -1, int offset = 0,
                         Children children = Children::Load) const;
    int countMatching(const ActivityFilter &filter) const;
    bool matches(const ActivityFilter &filter, const QString &uid) const;
    std::optional<Activity> byCode(const QString &code) const;

    // What an activity can link to, named for a pick list: only the columns a label needs
    // and no child rows, so that tens of thousands of them load in a blink.
    struct LinkChoice
    {
        qint64 id = 0;
        QString key;        // a decision's number; a meeting's code
        LocalizedText text; // a decision's text; a meeting's title
        QDate date;         // a meeting's start date
    };
    QList<LinkChoice> meetingChoices() const;  // in calendar order, unscheduled last
    QList<LinkChoice> decisionChoices() const; // by meeting, then in the register's order

protected:
    QVariantMap toRow(const Activity &activity) const override;
    Activity fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Activity &activity) const override;
    void loadChildren(QList<Activity> &activities) const override;
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;
    bool hasFilterIndex() const override { return true; }
    QString orderBy() const override { return QStringLiteral("working_group_id, code, id"); }
};

} // namespace pd
