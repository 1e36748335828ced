#include "DashboardQueries.h"

#include "Database.h"
#include "RowHelpers.h"
#include "SqlQuery.h"

namespace pd {

namespace {

// Still to do: a follow-up that is open or in progress.
const QString OpenFollowUp = QStringLiteral("d.status IN (:open, :progress)");
// A document waits on its consultation while it is under consultation.
const QString WaitingDocument =
    QStringLiteral("doc.state = :consulting AND doc.review_deadline IS NOT NULL AND doc.review_deadline <= :until "
                   "AND EXISTS (SELECT 1 FROM consultation c WHERE c.document_id = doc.id "
                   "AND c.state IN (:pending, :moreTime))");
const QString Outstanding = QStringLiteral(
    "c.year <= :year AND c.due > coalesce((SELECT sum(p.amount) FROM payment p WHERE p.contribution_id = c.id), 0)");

QVariantMap followUpBinds(const QDate &today)
{
    return {{QStringLiteral("today"), dateValue(today)},
            {QStringLiteral("open"), enumKey(DecisionStatus::Open)},
            {QStringLiteral("progress"), enumKey(DecisionStatus::InProgress)}};
}

QVariantMap documentBinds(const QDate &until)
{
    return {{QStringLiteral("until"), dateValue(until)},
            {QStringLiteral("consulting"), enumKey(DocumentState::UnderConsultation)},
            {QStringLiteral("pending"), enumKey(ConsultationState::Pending)},
            {QStringLiteral("moreTime"), enumKey(ConsultationState::MoreTimeRequested)}};
}

} // namespace

QList<OverdueFollowUp> DashboardQueries::overdueFollowUps(const QDate &today, int limit) const
{
    QVariantMap binds = followUpBinds(today);
    binds.insert(QStringLiteral("limit"), limit);
    QList<OverdueFollowUp> items;
    SqlQuery::eachRow(m_db.connection(),
                      QStringLiteral("SELECT d.uid, d.number, d.text_en, d.text_es, d.due_date, p.name_en AS owner_en, "
                                     "p.name_es AS owner_es FROM decision d LEFT JOIN party p ON p.id = d.owner_id "
                                     "WHERE d.due_date < :today AND ") +
                          OpenFollowUp + QStringLiteral(" ORDER BY d.due_date, d.id LIMIT :limit"),
                      binds, [&items](const QVariantMap &r) {
                          items.append({row::str(r, "uid"), row::str(r, "number"), row::text(r, QStringLiteral("text")),
                                        row::date(r, "due_date"), row::text(r, QStringLiteral("owner"))});
                      });
    return items;
}

int DashboardQueries::overdueFollowUpCount(const QDate &today) const
{
    return SqlQuery::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM decision d WHERE d.due_date < :today AND ") +
                                OpenFollowUp,
                            followUpBinds(today))
        .toInt();
}

QList<ConsultationDeadline> DashboardQueries::consultationDeadlines(const QDate &until, int limit, int names) const
{
    QVariantMap binds = documentBinds(until);
    binds.insert(QStringLiteral("limit"), limit);
    QList<ConsultationDeadline> items;
    QList<qint64> ids;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT doc.id, doc.uid, doc.code, doc.title_en, doc.title_es, doc.review_deadline "
                       "FROM document doc WHERE ") +
            WaitingDocument + QStringLiteral(" ORDER BY doc.review_deadline, doc.id LIMIT :limit"),
        binds, [&items, &ids](const QVariantMap &r) {
            items.append({row::str(r, "uid"),
                          row::str(r, "code"),
                          row::text(r, QStringLiteral("title")),
                          row::date(r, "review_deadline"),
                          {}});
            ids.append(row::id(r, "id"));
        });
    for (qsizetype i = 0; i < items.size(); ++i) {
        ConsultationDeadline &item = items[i];
        const QVariantMap nameBinds{{QStringLiteral("document"), ids.at(i)},
                                    {QStringLiteral("limit"), names},
                                    {QStringLiteral("pending"), enumKey(ConsultationState::Pending)},
                                    {QStringLiteral("moreTime"), enumKey(ConsultationState::MoreTimeRequested)}};
        SqlQuery::eachRow(m_db.connection(),
                          QStringLiteral("SELECT p.name_en, p.name_es, c.state, c.requested_until FROM consultation c "
                                         "JOIN party p ON p.id = c.party_id WHERE c.document_id = :document "
                                         "AND c.state IN (:pending, :moreTime) "
                                         "ORDER BY c.state = :pending, p.name_en LIMIT :limit"),
                          nameBinds, [&item](const QVariantMap &r) {
                              item.waiting.append({row::text(r, QStringLiteral("name")),
                                                   row::enumValue(r, "state", ConsultationState::Pending),
                                                   row::date(r, "requested_until")});
                          });
    }
    return items;
}

int DashboardQueries::consultationDeadlineCount(const QDate &until) const
{
    return SqlQuery::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM document doc WHERE ") + WaitingDocument,
                            documentBinds(until))
        .toInt();
}

int DashboardQueries::waitingCount(const QString &documentUid) const
{
    return SqlQuery::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM consultation c JOIN document doc ON doc.id = "
                                           "c.document_id WHERE doc.uid = :uid AND c.state IN (:pending, :moreTime)"),
                            {{QStringLiteral("uid"), documentUid},
                             {QStringLiteral("pending"), enumKey(ConsultationState::Pending)},
                             {QStringLiteral("moreTime"), enumKey(ConsultationState::MoreTimeRequested)}})
        .toInt();
}

QList<OutstandingContribution> DashboardQueries::outstandingContributions(int lastYear, int limit) const
{
    QList<OutstandingContribution> items;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT c.uid, c.year, c.due, c.currency, pa.name_en AS party_en, pa.name_es AS party_es, "
                       "f.name_en AS fund_en, f.name_es AS fund_es, "
                       "coalesce((SELECT sum(p.amount) FROM payment p WHERE p.contribution_id = c.id), 0) AS paid "
                       "FROM contribution c JOIN party pa ON pa.id = c.party_id JOIN fund f ON f.id = c.fund_id "
                       "WHERE ") +
            Outstanding + QStringLiteral(" ORDER BY c.year, pa.name_en, f.name_en LIMIT :limit"),
        {{QStringLiteral("year"), lastYear}, {QStringLiteral("limit"), limit}}, [&items](const QVariantMap &r) {
            items.append({row::str(r, "uid"), row::text(r, QStringLiteral("party")),
                          row::text(r, QStringLiteral("fund")), r.value(QStringLiteral("year")).toInt(),
                          row::id(r, "due"), row::id(r, "paid"), row::str(r, "currency")});
        });
    return items;
}

int DashboardQueries::outstandingContributionCount(int lastYear) const
{
    return SqlQuery::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM contribution c WHERE ") + Outstanding,
                            {{QStringLiteral("year"), lastYear}})
        .toInt();
}

QList<ActivityStatusCount> DashboardQueries::activitiesByStatus() const
{
    QList<ActivityStatusCount> counts;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT coalesce(working_group_id, 0) AS working_group_id, status, count(*) AS n "
                       "FROM activity GROUP BY working_group_id, status ORDER BY working_group_id, status"),
        {}, [&counts](const QVariantMap &r) {
            counts.append({row::id(r, "working_group_id"), row::enumValue(r, "status", ActivityStatus::Planned),
                           r.value(QStringLiteral("n")).toInt()});
        });
    return counts;
}

QList<YearContributions> DashboardQueries::contributionsByYear() const
{
    QList<YearContributions> years;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT c.year, c.currency, sum(c.due) AS due, "
                       "sum(coalesce((SELECT sum(p.amount) FROM payment p WHERE p.contribution_id = c.id), 0)) "
                       "AS paid FROM contribution c GROUP BY c.year, c.currency ORDER BY c.year, c.currency"),
        {}, [&years](const QVariantMap &r) {
            years.append({r.value(QStringLiteral("year")).toInt(), row::str(r, "currency"), row::id(r, "due"),
                          row::id(r, "paid")});
        });
    return years;
}

} // namespace pd
