#pragma once

#include "domain/Enums.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

class Database;

// A follow-up of a conclusion whose due date has passed and that is still open.
struct OverdueFollowUp
{
    QString uid;
    QString number;
    LocalizedText text;
    QDate due;
    LocalizedText owner; // empty when nobody is named
};

// A member country that has not answered on a document yet.
struct WaitingCountry
{
    LocalizedText name;
    ConsultationState state = ConsultationState::Pending;
    QDate requestedUntil; // when it asked for more time
};

// A document under consultation whose review deadline is near (or has passed).
struct ConsultationDeadline
{
    QString uid;
    QString code;
    LocalizedText title;
    QDate deadline;
    QList<WaitingCountry> waiting; // those asking for more time first
};

// What a country still owes a fund for a year (minor units).
struct OutstandingContribution
{
    QString uid;
    LocalizedText party;
    LocalizedText fund;
    int year = 0;
    qint64 due = 0;
    qint64 paid = 0;
    QString currency;
    qint64 outstanding() const { return due - paid; }
};

// How many activities of a working group (0: none) have a status.
struct ActivityStatusCount
{
    qint64 workingGroupId = 0;
    ActivityStatus status = ActivityStatus::Planned;
    int count = 0;
};

// Contributions due and paid for one year and currency (minor units).
struct YearContributions
{
    int year = 0;
    QString currency;
    qint64 due = 0;
    qint64 paid = 0;
};

/*
 * The read-only questions the dashboard asks, each one bounded: lists take a limit and
 * walk an index or a small table, totals are COUNTs, the chart figures are aggregates.
 * The dashboard's other lines (meetings ahead, unscheduled activities) come from the
 * repositories' filters.
 */
class DashboardQueries
{
public:
    explicit DashboardQueries(Database &db) : m_db(db) {}

    // Follow-ups (open or in progress) due before `today`, oldest first.
    QList<OverdueFollowUp> overdueFollowUps(const QDate &today, int limit) const;
    int overdueFollowUpCount(const QDate &today) const;
    // Documents under consultation with a review deadline up to `until` and someone
    // still to answer, earliest first; at most `names` waiting countries each.
    QList<ConsultationDeadline> consultationDeadlines(const QDate &until, int limit, int names) const;
    int consultationDeadlineCount(const QDate &until) const;
    int waitingCount(const QString &documentUid) const;
    // Contributions of the years up to `lastYear` with something outstanding, oldest first.
    QList<OutstandingContribution> outstandingContributions(int lastYear, int limit) const;
    int outstandingContributionCount(int lastYear) const;

    QList<ActivityStatusCount> activitiesByStatus() const;
    QList<YearContributions> contributionsByYear() const;

private:
    Database &m_db;
};

} // namespace pd
