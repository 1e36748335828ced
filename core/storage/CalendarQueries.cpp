#include "CalendarQueries.h"

#include "Database.h"
#include "FilterSql.h"
#include "SqlQuery.h"

namespace pd {

namespace {

// Columns by position: no map per row.
QString text(const SqlQuery &q, int column)
{
    return q.value(column).toString();
}

QDate date(const SqlQuery &q, int column)
{
    return toDate(q.value(column));
}

template <typename E>
E enumAt(const SqlQuery &q, int column, E fallback)
{
    return enumFromKey<E>(q.value(column).toString()).value_or(fallback);
}

} // namespace

QList<CalendarSheetRow> CalendarQueries::meetings(const QDate &from, const QDate &to) const
{
    QList<CalendarSheetRow> items;
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("SELECT code, kind, title_en, title_es, start_date, end_date, venue_city, host_id, status, "
                       "working_group_id FROM meeting WHERE ") +
            FilterSql::overlapping(QStringLiteral("meeting"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                                   true, true)
                .join(QStringLiteral(" AND ")) +
            QStringLiteral(" ORDER BY start_date, start_time, id"));
    q.bind(QStringLiteral(":from"), dateValue(from)).bind(QStringLiteral(":to"), dateValue(to));
    if (!q.exec())
        return items;
    while (q.next()) {
        CalendarSheetRow m;
        m.isMeeting = true;
        m.code = text(q, 0);
        m.kind = enumAt(q, 1, MeetingKind::Other);
        m.title = {text(q, 2), text(q, 3)};
        m.start = date(q, 4);
        m.end = date(q, 5);
        m.venueCity = text(q, 6);
        m.partyId = q.value(7).toLongLong();
        m.meetingStatus = enumAt(q, 8, MeetingStatus::Planned);
        m.workingGroupId = q.value(9).toLongLong();
        items.append(m);
    }
    return items;
}

QList<CalendarSheetRow> CalendarQueries::activities(const QDate &from, const QDate &to, bool unscheduled) const
{
    QList<CalendarSheetRow> items;
    const auto read = [this, &items](const QString &where, const QVariantMap &binds) {
        SqlQuery q(m_db.connection(),
                   QStringLiteral("SELECT code, title_en, title_es, target_start, target_end, "
                                  "coalesce(lead_id, host_id), status, working_group_id FROM activity "
                                  "WHERE meeting_id IS NULL AND ") +
                       where + QStringLiteral(" ORDER BY working_group_id, code, id"));
        q.bindAll(binds);
        if (!q.exec())
            return;
        while (q.next()) {
            CalendarSheetRow a;
            a.code = text(q, 0);
            a.title = {text(q, 1), text(q, 2)};
            a.start = date(q, 3);
            a.end = date(q, 4);
            a.partyId = q.value(5).toLongLong();
            a.activityStatus = enumAt(q, 6, ActivityStatus::Planned);
            a.workingGroupId = q.value(7).toLongLong();
            items.append(a);
        }
    };
    // Two statements, not one with an OR: the dated ones search the index of the start.
    read(FilterSql::overlapping(QStringLiteral("activity"), QStringLiteral("target_start"),
                                QStringLiteral("target_end"), true, true)
             .join(QStringLiteral(" AND ")),
         {{QStringLiteral("from"), dateValue(from)}, {QStringLiteral("to"), dateValue(to)}});
    if (unscheduled)
        read(QStringLiteral("target_start IS NULL"), {});
    return items;
}

} // namespace pd
