#include "AuditLog.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QJsonDocument>

namespace pd {

namespace {
QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Status AuditLog::record(Action action, const QString &table, const QString &uid, const QJsonObject &before,
                        const QJsonObject &after, const QString &reason)
{
    static const char *const names[] = {"insert", "update", "delete"};
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_uid, before_json, "
                              "after_json, reason) VALUES (:at, :actor, :action, :table, :uid, :before, :after, "
                              ":reason)"));
    q.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":action"), QString::fromLatin1(names[int(action)]))
        .bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":before"), jsonText(before))
        .bind(QStringLiteral(":after"), jsonText(after))
        .bind(QStringLiteral(":reason"), reason);
    return q.exec();
}

QList<AuditEntry> AuditLog::entriesFor(const QString &uid) const
{
    QList<AuditEntry> entries;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, at, actor, action, table_name, record_uid, before_json, "
                                                 "after_json, reason FROM audit_log WHERE record_uid = :uid "
                                                 "ORDER BY id"));
    q.bind(QStringLiteral(":uid"), uid);
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.table = q.value(4).toString();
        e.uid = q.value(5).toString();
        e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.reason = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

int AuditLog::count() const
{
    return SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

QHash<QString, int> AuditLog::updateCounts(const QString &table) const
{
    QHash<QString, int> counts;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT record_uid, count(*) FROM audit_log WHERE table_name = :table "
                                                 "AND action = 'update' GROUP BY record_uid"));
    q.bind(QStringLiteral(":table"), table);
    if (!q.exec())
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace pd
