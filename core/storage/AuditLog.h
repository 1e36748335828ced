#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace pd {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString table;
    QString uid;
    QJsonObject before;
    QJsonObject after;
    QString reason;
};

// The audit trail: one row per change of an aggregate, with who, when and the
// aggregate before and after. Written inside the change's own transaction.
class AuditLog
{
public:
    enum class Action
    {
        Insert,
        Update,
        Delete
    };

    explicit AuditLog(Database &db) : m_db(db) {}

    Status record(Action action, const QString &table, const QString &uid, const QJsonObject &before,
                  const QJsonObject &after, const QString &reason = {});
    QList<AuditEntry> entriesFor(const QString &uid) const;
    int count() const;
    // How many times each record of `table` was updated, by uid (iCalendar SEQUENCE).
    QHash<QString, int> updateCounts(const QString &table) const;

private:
    Database &m_db;
};

} // namespace pd
