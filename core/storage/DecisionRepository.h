#pragma once

#include "AggregateRepository.h"
#include "domain/Decision.h"

namespace pd {

// The decision register: numbered conclusions with the parties they name.
class DecisionRepository : public AggregateRepository<Decision>
{
    Q_OBJECT
public:
    explicit DecisionRepository(Database &db, QObject *parent = nullptr);
    QList<Decision> ofMeeting(qint64 meetingId) const;
    std::optional<Decision> byNumber(qint64 meetingId, const QString &number) const;
    // The follow-ups still open or in progress of the meetings held before `before` (with
    // no date: of every scheduled meeting), oldest meeting first, in register order.
    QList<Decision> openFollowUpsBefore(const QDate &before, qint64 exceptMeetingId = 0) const;

protected:
    QVariantMap toRow(const Decision &decision) const override;
    Decision fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Decision &decision) const override;
    void loadChildren(QList<Decision> &decisions) const override;
    QString orderBy() const override { return QStringLiteral("meeting_id, position, id"); }
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;
};

} // namespace pd
