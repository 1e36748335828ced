#pragma once

#include "Repository.h"

#include <QHash>

#include <optional>

namespace pd {

// The typed half of a repository: reading and writing value type T through the
// shared write path of Repository. A subclass maps T to its row and child rows.
// Whether a read fills the child lists (participants, agenda, supporters, ...). Lists
// and calendars that show none of them skip the extra queries.
enum class Children
{
    Load,
    Skip
};

template <typename T>
class AggregateRepository : public Repository
{
public:
    using Repository::Repository;

    QList<T> all() const { return load(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table(), orderBy())); }

    std::optional<T> byId(qint64 id) const
    {
        const QList<T> items =
            load(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table()), {{QStringLiteral("id"), id}});
        return items.isEmpty() ? std::nullopt : std::optional<T>(items.first());
    }

    std::optional<T> byUid(const QString &uid) const
    {
        const QList<T> items =
            load(QStringLiteral("SELECT * FROM %1 WHERE uid = :uid").arg(table()), {{QStringLiteral("uid"), uid}});
        return items.isEmpty() ? std::nullopt : std::optional<T>(items.first());
    }

    // Fills item.id, and item.uid when it was empty. An item that already has an id is
    // written back under it: that is how undo restores a removed record, so that the
    // records that pointed at it can point at it again.
    Status add(T &item)
    {
        QVariantMap row = toRow(item);
        if (item.id != 0)
            row.insert(QStringLiteral("id"), item.id);
        const auto id = insertAggregate(item.uid, row, childWriter(item));
        if (!id)
            return id.error();
        item.id = *id;
        return {};
    }

    // `reason`, when given, is kept with the change in the audit log.
    Status update(const T &item, const QString &reason = {})
    {
        return updateAggregate(item.id, toRow(item), childWriter(item), reason);
    }
    Status remove(qint64 id) { return removeAggregate(id); }

protected:
    virtual QVariantMap toRow(const T &item) const = 0;
    virtual T fromRow(const QVariantMap &row) const = 0;
    virtual ChildWriter childWriter(const T &) const { return {}; }
    // Fills the child lists of items just read; `byParent` maps parent id -> child rows.
    virtual void loadChildren(QList<T> &) const {}
    virtual QString orderBy() const { return QStringLiteral("id"); }

    QList<T> load(const QString &sql, const QVariantMap &binds = {}, Children children = Children::Load) const
    {
        QList<T> items;
        const QList<QVariantMap> rows = fetchRows(sql, binds);
        items.reserve(rows.size());
        for (const QVariantMap &row : rows)
            items.append(fromRow(row));
        if (!items.isEmpty() && children == Children::Load)
            loadChildren(items);
        return items;
    }

    // Child rows of the given parents, grouped by parent id. A page or a month of parents
    // is read by their ids, a few hundred per query, through the parent index; with very
    // many (a whole table), one pass over the child table serves them all.
    QHash<qint64, QList<QVariantMap>> childRows(const QString &childTable, const QString &parentColumn,
                                                const QString &order, const QList<T> &parents) const
    {
        constexpr int Chunk = 500;
        constexpr int MaxNarrowed = 20 * Chunk;
        QHash<qint64, QList<QVariantMap>> byParent;
        const auto collect = [&](const QString &where, const QVariantMap &binds) {
            const QList<QVariantMap> rows = fetchRows(QStringLiteral("SELECT * FROM %1").arg(childTable) + where +
                                                          QStringLiteral(" ORDER BY ") + order,
                                                      binds);
            for (const QVariantMap &row : rows)
                byParent[row.value(parentColumn).toLongLong()].append(row);
        };
        if (parents.size() > MaxNarrowed) {
            collect(QString(), {});
            return byParent;
        }
        for (qsizetype first = 0; first < parents.size(); first += Chunk) {
            QStringList names;
            QVariantMap binds;
            for (qsizetype i = first; i < qMin(parents.size(), first + Chunk); ++i) {
                const QString name = QStringLiteral("parent%1").arg(i - first);
                names.append(QLatin1Char(':') + name);
                binds.insert(name, parents.at(i).id);
            }
            collect(QStringLiteral(" WHERE %1 IN (%2)").arg(parentColumn, names.join(QLatin1Char(','))), binds);
        }
        return byParent;
    }
};

} // namespace pd
