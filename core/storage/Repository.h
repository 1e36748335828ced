#pragma once

#include "FilterIndex.h"
#include "Result.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace pd {

class Database;

/*
 * Base of the repositories, one per aggregate. It owns the write path that every
 * aggregate shares: a transaction, the row, the aggregate's child rows, the search
 * index entry, one audit-log row with the aggregate before and after, and the signal,
 * queued until the outermost transaction commits.
 *
 * Subclasses map their value type to a row (column name -> value) and write their
 * child rows in a ChildWriter; they read with the fetch helpers. All SQL stays here
 * and in the subclasses in core/storage. Lives on the Database's thread.
 */
class Repository : public QObject
{
    Q_OBJECT
public:
    Repository(Database &db, QString table, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    QString table() const { return m_table; }
    int count() const;
    QString uidOf(qint64 id) const;
    // Whether the last add/update/remove changed anything (an update to the same values
    // does not); commands use it to drop edits that are no-ops.
    bool lastWriteChanged() const { return m_lastWriteChanged; }
    qint64 idOf(const QString &uid) const; // 0 when there is none
    // The trigram index of tables that have one (hasFilterIndex); its probes are
    // forgotten whenever a transaction commits.
    const FilterIndex &filterIndex() const { return m_filterIndex; }

Q_SIGNALS:
    void added(const QString &uid);
    void changed(const QString &uid);
    void removed(const QString &uid);

protected:
    using ChildWriter = std::function<Status(qint64 id)>;

    struct SearchEntry
    {
        int kind = 0; // 1 meeting, 2 activity, 3 document, 4 decision
        QString kindName;
        QString title;
        QString body;
    };

    // A table whose rows belong to this aggregate (participants of a meeting, ...):
    // they are part of its audit snapshot.
    struct ChildTable
    {
        QString table;
        QString parentColumn;
        QString order;
    };
    void addChildTable(const ChildTable &child) { m_children.append(child); }

    QSqlDatabase db() const;
    static QString newUid();

    // Insert a new aggregate; fills `uid` when empty and returns the new id.
    Result<qint64> insertAggregate(QString &uid, const QVariantMap &row, const ChildWriter &children = {});
    // Update an aggregate; a change that alters nothing writes nothing and emits nothing.
    // `reason`, when given, is kept with the change in the audit log.
    Status updateAggregate(qint64 id, const QVariantMap &row, const ChildWriter &children = {},
                           const QString &reason = {});
    Status removeAggregate(qint64 id);

    // Plain row helpers for child tables (inside the aggregate's transaction).
    Result<qint64> insertRow(const QString &table, const QVariantMap &values) const;
    Status deleteChildren(const QString &table, const QString &parentColumn, qint64 parentId) const;

    QVariantMap fetchRow(qint64 id) const;
    QList<QVariantMap> fetchRows(const QString &sql, const QVariantMap &binds = {}) const;

    // The aggregate as JSON for the audit log: its row and its child tables' rows.
    QJsonObject snapshot(qint64 id) const;
    virtual std::optional<SearchEntry> searchEntry(const QVariantMap &row) const;
    // Whether the table has a filter_text column with a trigram index (FilterIndex).
    virtual bool hasFilterIndex() const { return false; }

private:
    Status reindex(qint64 id);

    Database &m_db;
    QString m_table;
    FilterIndex m_filterIndex;
    QList<ChildTable> m_children;
    bool m_lastWriteChanged = false;
};

} // namespace pd
