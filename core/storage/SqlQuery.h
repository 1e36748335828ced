#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace pd {

// A thin QSqlQuery wrapper: prepares once, binds by name, and turns failures into an
// Error that names the statement and its bound values (logged, never shown raw).
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bindAll(const QVariantMap &values); // keys without the leading ':'
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    QVariantMap record() const; // current row, by column name
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs a statement that yields one value; an invalid QVariant on failure or no row.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});
    // Calls f with each row of a query, by column name; nothing when the query fails
    // (the failure is logged). For read-only summaries, where a row missing is no error.
    template <typename F>
    static void eachRow(const QSqlDatabase &db, const QString &sql, const QVariantMap &values, F f)
    {
        SqlQuery q(db, sql);
        q.bindAll(values);
        if (!q.exec())
            return;
        while (q.next())
            f(q.record());
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    mutable QStringList m_names; // of the result's columns, read once per exec()
    bool m_prepared = false;
};

// NULL for empty strings and invalid dates, so optional fields stay NULL in SQL.
QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
QVariant dateValue(const QDate &date);
QDate toDate(const QVariant &value);

} // namespace pd
