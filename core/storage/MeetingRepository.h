#pragma once

#include "AggregateRepository.h"
#include "domain/Filters.h"
#include "domain/Meeting.h"

namespace pd {

// Meetings with their participants and agenda items (one aggregate).
class MeetingRepository : public AggregateRepository<Meeting>
{
    Q_OBJECT
public:
    explicit MeetingRepository(Database &db, QObject *parent = nullptr);
    // The records the filter matches, in display order, one page at a time.
    QList<Meeting> find(const MeetingFilter &filter, int limit = -1, int offset = 0,
                        Children children = Children::Load) const;
    int countMatching(const MeetingFilter &filter) const;
    bool matches(const MeetingFilter &filter, const QString &uid) const;
    // The first meeting after `chosen` in calendar order that is neither held nor
    // cancelled, of `kind` when one is given, without its participants and agenda.
    // "After": every meeting to be scheduled (they come first), then the scheduled ones
    // that start later than `chosen` (all of them when `chosen` is to be scheduled).
    std::optional<Meeting> nextOpen(const Meeting &chosen, std::optional<MeetingKind> kind = std::nullopt) const;

protected:
    QVariantMap toRow(const Meeting &meeting) const override;
    Meeting fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Meeting &meeting) const override;
    void loadChildren(QList<Meeting> &meetings) const override;
    QString orderBy() const override { return QStringLiteral("start_date IS NULL, start_date, start_time, id"); }
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;
    bool hasFilterIndex() const override { return true; }
};

} // namespace pd
