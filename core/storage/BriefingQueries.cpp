#include "BriefingQueries.h"

#include "Database.h"
#include "RowHelpers.h"
#include "SqlQuery.h"

namespace pd {

namespace {

const QString OpenFollowUp = QStringLiteral("d.status IN (:open, :progress)");
const QString ComingMeeting = QStringLiteral("m.status IN (:planned, :confirmed, :postponed)");
const QString PendingDocument = QStringLiteral("doc.state IN (:consulting, :recommended)");

QVariantMap followUpBinds()
{
    return {{QStringLiteral("open"), enumKey(DecisionStatus::Open)},
            {QStringLiteral("progress"), enumKey(DecisionStatus::InProgress)}};
}

const QString NotOver = QStringLiteral("(m.start_date IS NULL OR coalesce(m.end_date, m.start_date) >= :from)");
const QString Over = QStringLiteral("coalesce(m.end_date, m.start_date) < :from");

QVariantMap meetingBinds(const QDate &from)
{
    return {{QStringLiteral("planned"), enumKey(MeetingStatus::Planned)},
            {QStringLiteral("confirmed"), enumKey(MeetingStatus::Confirmed)},
            {QStringLiteral("postponed"), enumKey(MeetingStatus::Postponed)},
            {QStringLiteral("from"), dateValue(from)}};
}

QVariantMap documentBinds()
{
    return {{QStringLiteral("consulting"), enumKey(DocumentState::UnderConsultation)},
            {QStringLiteral("recommended"), enumKey(DocumentState::Recommended)}};
}

QVariantMap withLimit(QVariantMap binds, int limit)
{
    binds.insert(QStringLiteral("limit"), limit);
    return binds;
}

int count(Database &db, const QString &sql, const QVariantMap &binds)
{
    return SqlQuery::scalar(db.connection(), sql, binds).toInt();
}

} // namespace

QList<BriefingFollowUp> BriefingQueries::openFollowUps(int limit) const
{
    QList<BriefingFollowUp> items;
    SqlQuery::eachRow(m_db.connection(),
                      QStringLiteral("SELECT d.uid, d.number, d.text_en, d.text_es, d.due_date, d.status, "
                                     "d.owner_id, m.title_en AS meeting_en, m.title_es AS meeting_es FROM decision d "
                                     "LEFT JOIN meeting m ON m.id = d.meeting_id WHERE ") +
                          OpenFollowUp + QStringLiteral(" ORDER BY d.due_date IS NULL, d.due_date, d.id LIMIT :limit"),
                      withLimit(followUpBinds(), limit), [&items](const QVariantMap &r) {
                          items.append({row::str(r, "uid"), row::str(r, "number"), row::text(r, QStringLiteral("text")),
                                        row::text(r, QStringLiteral("meeting")), row::id(r, "owner_id"),
                                        row::date(r, "due_date"), row::enumValue(r, "status", DecisionStatus::Open)});
                      });
    return items;
}

int BriefingQueries::openFollowUpCount() const
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM decision d WHERE ") + OpenFollowUp, followUpBinds());
}

QList<BriefingMeeting> BriefingQueries::comingMeetings(const QDate &from, int limit) const
{
    QList<BriefingMeeting> items;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT m.uid, m.code, m.title_en, m.title_es, m.start_date, m.end_date, m.venue_city, "
                       "m.status, m.host_id FROM meeting m WHERE ") +
            ComingMeeting + QStringLiteral(" AND ") + NotOver +
            QStringLiteral(" ORDER BY m.start_date IS NULL, m.start_date, m.start_time, m.id LIMIT :limit"),
        withLimit(meetingBinds(from), limit), [&items](const QVariantMap &r) {
            items.append({row::str(r, "uid"), row::str(r, "code"), row::text(r, QStringLiteral("title")),
                          row::date(r, "start_date"), row::date(r, "end_date"), row::str(r, "venue_city"),
                          row::id(r, "host_id"), row::enumValue(r, "status", MeetingStatus::Planned)});
        });
    return items;
}

int BriefingQueries::comingMeetingCount(const QDate &from) const
{
    return count(m_db,
                 QStringLiteral("SELECT count(*) FROM meeting m WHERE ") + ComingMeeting + QStringLiteral(" AND ") +
                     NotOver,
                 meetingBinds(from));
}

int BriefingQueries::overdueMeetingCount(const QDate &from) const
{
    return count(
        m_db, QStringLiteral("SELECT count(*) FROM meeting m WHERE ") + ComingMeeting + QStringLiteral(" AND ") + Over,
        meetingBinds(from));
}

QList<BriefingDocument> BriefingQueries::pendingDocuments(int limit) const
{
    QVariantMap binds = withLimit(documentBinds(), limit);
    binds.insert(QStringLiteral("moreTime"), enumKey(ConsultationState::MoreTimeRequested));
    binds.insert(QStringLiteral("pending"), enumKey(ConsultationState::Pending));
    binds.insert(QStringLiteral("objection"), enumKey(ConsultationState::Objection));
    QList<BriefingDocument> items;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT doc.uid, doc.code, doc.title_en, doc.title_es, doc.state, doc.review_deadline, "
                       "(SELECT count(*) FROM consultation c WHERE c.document_id = doc.id) AS consulted, "
                       "(SELECT count(*) FROM consultation c WHERE c.document_id = doc.id "
                       "AND c.state NOT IN (:pending, :moreTime)) AS answered, "
                       "(SELECT count(*) FROM consultation c WHERE c.document_id = doc.id AND c.state = :objection) "
                       "AS objections, "
                       "(SELECT group_concat(code, ' ') FROM (SELECT p.code FROM consultation c JOIN party p ON p.id = "
                       "c.party_id WHERE c.document_id = doc.id AND c.state = :moreTime ORDER BY p.code)) AS more_time "
                       "FROM document doc WHERE ") +
            PendingDocument +
            QStringLiteral(" ORDER BY doc.review_deadline IS NULL, doc.review_deadline, doc.code, doc.id "
                           "LIMIT :limit"),
        binds, [&items](const QVariantMap &r) {
            const QString moreTime = row::str(r, "more_time");
            items.append({row::str(r, "uid"), row::str(r, "code"), row::text(r, QStringLiteral("title")),
                          row::enumValue(r, "state", DocumentState::UnderConsultation), row::date(r, "review_deadline"),
                          r.value(QStringLiteral("consulted")).toInt(), r.value(QStringLiteral("answered")).toInt(),
                          r.value(QStringLiteral("objections")).toInt(),
                          moreTime.split(QLatin1Char(' '), Qt::SkipEmptyParts)});
        });
    return items;
}

int BriefingQueries::pendingDocumentCount() const
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM document doc WHERE ") + PendingDocument, documentBinds());
}

int BriefingQueries::consultedDocumentCount() const
{
    return count(m_db,
                 QStringLiteral("SELECT count(*) FROM document doc WHERE doc.state = :consulting "
                                "OR EXISTS (SELECT 1 FROM consultation c WHERE c.document_id = doc.id)"),
                 {{QStringLiteral("consulting"), enumKey(DocumentState::UnderConsultation)}});
}

QList<BriefingOutstanding> BriefingQueries::outstandingByCountryAndFund() const
{
    QList<BriefingOutstanding> items;
    SqlQuery::eachRow(
        m_db.connection(),
        QStringLiteral("SELECT pa.code AS party_code, pa.name_en AS party_en, pa.name_es AS party_es, "
                       "f.code AS fund_code, f.name_en AS fund_en, f.name_es AS fund_es, o.currency, "
                       "sum(o.due - o.paid) AS outstanding, min(o.year) AS first_year, max(o.year) AS last_year "
                       "FROM (SELECT c.party_id, c.fund_id, c.year, c.currency, c.due, "
                       "coalesce((SELECT sum(p.amount) FROM payment p WHERE p.contribution_id = c.id), 0) AS paid "
                       "FROM contribution c) o "
                       "JOIN party pa ON pa.id = o.party_id JOIN fund f ON f.id = o.fund_id WHERE o.due > o.paid "
                       "GROUP BY o.party_id, o.fund_id, o.currency ORDER BY pa.name_en, f.name_en, o.currency"),
        {}, [&items](const QVariantMap &r) {
            items.append({row::str(r, "party_code"), row::text(r, QStringLiteral("party")), row::str(r, "fund_code"),
                          row::text(r, QStringLiteral("fund")), row::str(r, "currency"), row::id(r, "outstanding"),
                          r.value(QStringLiteral("first_year")).toInt(), r.value(QStringLiteral("last_year")).toInt()});
        });
    return items;
}

} // namespace pd
