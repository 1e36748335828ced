#include "SqlQuery.h"

#include <QDate>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcSql, "pd.storage.sql")

namespace pd {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

namespace {
// Qt's SQLite driver binds a null QString as SQL NULL. A string field that is merely
// empty must stay '' (the columns are NOT NULL); only a variant that holds no value
// at all (see nullIfEmpty) is meant as NULL.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
        static_cast<const QString *>(value.constData())->isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}
} // namespace

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

SqlQuery &SqlQuery::bindAll(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_query.bindValue(QLatin1Char(':') + it.key(), bindable(it.value()));
    return *this;
}

Status SqlQuery::exec()
{
    m_names.clear();
    if (m_prepared && m_query.exec())
        return {};
    const QSqlError error = m_query.lastError();
    QStringList bound;
    const QVariantList values = m_query.boundValues();
    for (const QVariant &v : values)
        bound.append(v.toString());
    qCWarning(lcSql).noquote() << "failed:" << m_sql << "with" << bound << "->" << error.text();
    const QString native = error.nativeErrorCode();
    Error::Code code = Error::Code::Failed;
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        code = Error::Code::Busy;
    else if (native.toInt() % 256 == 19)
        code = Error::Code::Constraint;
    else if (native == QLatin1String("26"))
        code = Error::Code::NotADatabase;
    return makeError(code, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QVariantMap SqlQuery::record() const
{
    // QSqlQuery::record() builds a QSqlRecord of every field for each row; the names
    // are the same for all rows of one result.
    if (m_names.isEmpty()) {
        const QSqlRecord rec = m_query.record();
        for (int i = 0; i < rec.count(); ++i)
            m_names.append(rec.fieldName(i));
    }
    QVariantMap row;
    for (int i = 0; i < m_names.size(); ++i)
        row.insert(m_names.at(i), m_query.value(i));
    return row;
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace pd
