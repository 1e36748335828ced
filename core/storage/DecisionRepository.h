#pragma once

#include "AggregateRepository.h"
#include "domain/Decision.h"
#include "domain/Meeting.h"

#include <QSet>

namespace pd {

// A meeting as the register's chooser lists it: no more than its label needs.
struct MeetingChoice
{
    qint64 id = 0;
    QString code;
    LocalizedText title;
    QDate startDate;
    MeetingStatus status = MeetingStatus::Planned;
};

// The decision register: numbered conclusions with the parties they name.
class DecisionRepository : public AggregateRepository<Decision>
{
    Q_OBJECT
public:
    explicit DecisionRepository(Database &db, QObject *parent = nullptr);
    QList<Decision> ofMeeting(qint64 meetingId) const;
    std::optional<Decision> byNumber(qint64 meetingId, const QString &number) const;
    // The top of a meeting's register (the decisions without a parent in that meeting),
    // `limit` from `offset` in register order; and every sub-item, at any depth, of the
    // given decisions of that meeting, in register order. The tree reads it by pages.
    QList<Decision> topOfMeeting(qint64 meetingId, int limit, int offset) const;
    QList<Decision> subItemsOf(qint64 meetingId, const QList<qint64> &parentIds) const;
    // Every meeting in calendar order (as MeetingRepository::find), read lightly: the
    // chooser of a register lists thousands of them.
    QList<MeetingChoice> meetingChoices() const;
    // The same order as ids alone, read from an index without touching the meetings; and
    // the choices of the given meetings (in no particular order), for the rows a chooser
    // shows: a chooser of thousands of meetings reads their labels as they are shown.
    QList<qint64> meetingOrder() const;
    QList<MeetingChoice> meetingChoicesOf(const QList<qint64> &meetingIds) const;
    // The latest meeting held (in calendar order) that has a register, 0 if none.
    qint64 latestHeldMeetingWithDecisions() const;
    // The meetings that have a register, in one query rather than one per meeting.
    QSet<qint64> meetingsWithDecisions() const;
    // The follow-ups still open or in progress of the meetings held before `before` (with
    // no date: of every scheduled meeting), oldest meeting first, in register order;
    // `limit` of them (-1: all) from `offset`.
    QList<Decision> openFollowUpsBefore(const QDate &before, qint64 exceptMeetingId = 0, int limit = -1,
                                        int offset = 0) const;

protected:
    QVariantMap toRow(const Decision &decision) const override;
    Decision fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Decision &decision) const override;
    void loadChildren(QList<Decision> &decisions) const override;
    QString orderBy() const override { return QStringLiteral("meeting_id, position, id"); }
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;

private:
    QList<Decision> loadList(const QString &sql, const QVariantMap &binds) const;
};

} // namespace pd
