#include "Repository.h"

#include "AuditLog.h"
#include "Database.h"
#include "FilterIndex.h"
#include "SearchIndex.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUuid>

namespace pd {

Repository::Repository(Database &db, QString table, QObject *parent)
    : QObject(parent), m_db(db), m_table(std::move(table)), m_filterIndex(db, m_table)
{
    connect(&db, &Database::committed, this, [this] { m_filterIndex.forgetProbes(); });
}

QSqlDatabase Repository::db() const
{
    return m_db.connection();
}

QString Repository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int Repository::count() const
{
    return SqlQuery::scalar(db(), QStringLiteral("SELECT count(*) FROM ") + m_table).toInt();
}

QString Repository::uidOf(qint64 id) const
{
    return SqlQuery::scalar(db(), QStringLiteral("SELECT uid FROM %1 WHERE id = :id").arg(m_table),
                            {{QStringLiteral("id"), id}})
        .toString();
}

qint64 Repository::idOf(const QString &uid) const
{
    return SqlQuery::scalar(db(), QStringLiteral("SELECT id FROM %1 WHERE uid = :uid").arg(m_table),
                            {{QStringLiteral("uid"), uid}})
        .toLongLong();
}

Result<qint64> Repository::insertRow(const QString &table, const QVariantMap &values) const
{
    QStringList columns, placeholders;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(it.key());
        placeholders.append(QLatin1Char(':') + it.key());
    }
    SqlQuery q(db(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    q.bindAll(values);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status Repository::deleteChildren(const QString &table, const QString &parentColumn, qint64 parentId) const
{
    SqlQuery q(db(), QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(table, parentColumn));
    q.bind(QStringLiteral(":id"), parentId);
    return q.exec();
}

QVariantMap Repository::fetchRow(qint64 id) const
{
    SqlQuery q(db(), QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(m_table));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return {};
    return q.record();
}

QList<QVariantMap> Repository::fetchRows(const QString &sql, const QVariantMap &binds) const
{
    QList<QVariantMap> rows;
    SqlQuery q(db(), sql);
    q.bindAll(binds);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append(q.record());
    return rows;
}

QJsonObject Repository::snapshot(qint64 id) const
{
    QJsonObject object = QJsonObject::fromVariantMap(fetchRow(id));
    if (object.isEmpty())
        return object;
    for (const ChildTable &child : m_children) {
        const QList<QVariantMap> rows = fetchRows(QStringLiteral("SELECT * FROM %1 WHERE %2 = :id ORDER BY %3")
                                                      .arg(child.table, child.parentColumn, child.order),
                                                  {{QStringLiteral("id"), id}});
        QJsonArray array;
        for (QVariantMap row : rows) {
            row.remove(QStringLiteral("id")); // rewritten with the aggregate; the uid is what lasts
            array.append(QJsonObject::fromVariantMap(row));
        }
        object.insert(child.table, array);
    }
    return object;
}

std::optional<Repository::SearchEntry> Repository::searchEntry(const QVariantMap &) const
{
    return std::nullopt;
}

Status Repository::reindex(qint64 id)
{
    if (hasFilterIndex()) {
        if (Status s = m_filterIndex.put(id); !s)
            return s;
    }
    const QVariantMap row = fetchRow(id);
    const auto entry = searchEntry(row);
    if (!entry)
        return {};
    SearchIndex index(m_db);
    return index.put(entry->kind, entry->kindName, id, row.value(QStringLiteral("uid")).toString(), entry->title,
                     entry->body);
}

Result<qint64> Repository::insertAggregate(QString &uid, const QVariantMap &row, const ChildWriter &children)
{
    m_lastWriteChanged = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (uid.isEmpty())
        uid = newUid();
    QVariantMap values = row;
    values.insert(QStringLiteral("uid"), uid);
    const auto id = insertRow(m_table, values);
    if (!id)
        return id.error();
    if (children) {
        if (Status s = children(*id); !s)
            return s.error();
    }
    if (Status s = reindex(*id); !s)
        return s.error();
    AuditLog audit(m_db);
    if (Status s = audit.record(AuditLog::Action::Insert, m_table, uid, {}, snapshot(*id)); !s)
        return s.error();

    QPointer<Repository> self(this);
    m_db.runAfterCommit([self, uid] {
        if (self)
            Q_EMIT self->added(uid);
    });
    if (Status s = tx.commit(); !s)
        return s.error();
    m_lastWriteChanged = true;
    return *id;
}

Status Repository::updateAggregate(qint64 id, const QVariantMap &row, const ChildWriter &children,
                                   const QString &reason)
{
    m_lastWriteChanged = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QJsonObject before = snapshot(id);
    if (before.isEmpty())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("Repository", "the record to change no longer exists"));
    const QString uid = before.value(QStringLiteral("uid")).toString();

    QStringList assignments;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.key() != QLatin1String("uid") && it.key() != QLatin1String("id"))
            assignments.append(it.key() + QStringLiteral(" = :") + it.key());
    }
    if (!assignments.isEmpty()) {
        SqlQuery q(
            db(),
            QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(m_table, assignments.join(QStringLiteral(", "))));
        QVariantMap values = row;
        values.remove(QStringLiteral("uid"));
        values.insert(QStringLiteral("id"), id);
        q.bindAll(values);
        if (Status s = q.exec(); !s)
            return s;
    }
    if (children) {
        if (Status s = children(id); !s)
            return s;
    }
    const QJsonObject after = snapshot(id);
    if (after == before)
        return {}; // nothing changed: the guard rolls back, no audit row, no signal
    if (Status s = reindex(id); !s)
        return s;
    AuditLog audit(m_db);
    if (Status s = audit.record(AuditLog::Action::Update, m_table, uid, before, after, reason); !s)
        return s;
    QPointer<Repository> self(this);
    m_db.runAfterCommit([self, uid] {
        if (self)
            Q_EMIT self->changed(uid);
    });
    if (Status s = tx.commit(); !s)
        return s;
    m_lastWriteChanged = true;
    return {};
}

Status Repository::removeAggregate(qint64 id)
{
    m_lastWriteChanged = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QJsonObject before = snapshot(id);
    if (before.isEmpty())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("Repository", "the record to remove no longer exists"));
    const QString uid = before.value(QStringLiteral("uid")).toString();
    SqlQuery q(db(), QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_table));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s) {
        if (s.error().code == Error::Code::Constraint)
            return makeError(Error::Code::Constraint,
                             QCoreApplication::translate("Repository", "the record is still used by other records"));
        return s;
    }
    if (const auto entry = searchEntry(before.toVariantMap())) {
        SearchIndex index(m_db);
        if (Status s = index.remove(entry->kind, id); !s)
            return s;
    }
    if (hasFilterIndex()) {
        if (Status s = m_filterIndex.remove(id); !s)
            return s;
    }
    AuditLog audit(m_db);
    if (Status s = audit.record(AuditLog::Action::Delete, m_table, uid, before, {}); !s)
        return s;
    QPointer<Repository> self(this);
    m_db.runAfterCommit([self, uid] {
        if (self)
            Q_EMIT self->removed(uid);
    });
    if (Status s = tx.commit(); !s)
        return s;
    m_lastWriteChanged = true;
    return {};
}

} // namespace pd
