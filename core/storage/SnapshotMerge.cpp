#include "SnapshotMerge.h"

#include "AuditLog.h"
#include "Database.h"
#include "FilterIndex.h"
#include "SearchIndex.h"
#include "SnapshotFile.h"
#include "SnapshotTables.h"
#include "SqlQuery.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace pd {

namespace {

using namespace snapshot;

struct SearchRow
{
    int kind = 0;
    QString kindName, title, body;
};

// One merge: the state of the passes over the tables.
class Merger
{
public:
    Merger(Database &target, const SnapshotFile &source, QString reason)
        : m_target(target), m_dst(target.connection()), m_src(source.connection()), m_reason(std::move(reason))
    {
    }

    Result<MergeReport> run()
    {
        const QString localMark = m_target.meta(QLatin1String(SnapshotMerge::ImportMarkKey));
        const QString sourceMark = m_target.meta(QLatin1String(SnapshotMerge::SourceMarkKey));
        if (!localMark.isEmpty() && !sourceMark.isEmpty()) {
            m_localMark = localMark.toLongLong();
            m_sourceMark = sourceMark.toLongLong();
        }
        for (const TableSpec &spec : tableSpecs()) {
            if (Status s = describe(spec.table); !s)
                return s.error();
            for (const ChildSpec &child : spec.children) {
                if (Status s = describe(child.table); !s)
                    return s.error();
            }
            if (Status s = mapExisting(spec); !s)
                return s.error();
        }
        for (const TableSpec &spec : tableSpecs()) {
            SqlQuery rows(m_src, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(spec.table));
            if (Status s = rows.exec(); !s)
                return s.error();
            while (rows.next()) {
                if (Status s = mergeRow(spec, rows.record()); !s)
                    return s.error();
            }
        }
        if (Status s = resolveDeferred(); !s)
            return s.error();
        if (Status s = reindexTouched(); !s)
            return s.error();
        return m_report;
    }

private:
    struct Deferred
    {
        QString table;
        qint64 localId;
        QString uid;
        QString column;
        QString refTable;
        qint64 refSourceId;
    };
    struct Touched
    {
        QString table;
        qint64 localId;
        QString uid;
    };

    static QString key(const QString &table, qint64 id) { return table + QLatin1Char(':') + QString::number(id); }

    Status describe(const QString &table)
    {
        const TableInfo local = tableInfo(m_dst, table);
        const TableInfo incoming = tableInfo(m_src, table);
        if (local.columns.isEmpty() || local.columns != incoming.columns)
            return makeError(Error::Code::Invalid,
                             SnapshotMerge::tr("the snapshot's table %1 differs from this program's").arg(table));
        m_info.insert(table, local);
        return {};
    }

    Status mapExisting(const TableSpec &spec)
    {
        QHash<QString, qint64> localByUid;
        QHash<QString, qint64> localByKey;
        const QString keyColumns =
            spec.naturalKey.isEmpty() ? QString() : QStringLiteral(", ") + spec.naturalKey.join(QStringLiteral(", "));
        const QString sql = QStringLiteral("SELECT id, uid%1 FROM %2 ORDER BY id").arg(keyColumns, spec.table);
        SqlQuery local(m_dst, sql);
        if (Status s = local.exec(); !s)
            return s;
        while (local.next()) {
            localByUid.insert(local.value(1).toString(), local.value(0).toLongLong());
            const QString k = naturalKey(local, spec, false);
            if (!k.isEmpty() && !localByKey.contains(k))
                localByKey.insert(k, local.value(0).toLongLong());
        }
        QHash<qint64, qint64> &mapped = m_map[spec.table];
        QHash<qint64, QString> &uids = m_sourceUids[spec.table];
        QList<std::pair<qint64, QString>> unmatched;
        SqlQuery incoming(m_src, sql);
        if (Status s = incoming.exec(); !s)
            return s;
        QSet<qint64> taken;
        while (incoming.next()) {
            const qint64 id = incoming.value(0).toLongLong();
            const QString uid = incoming.value(1).toString();
            uids.insert(id, uid);
            if (const qint64 localId = localByUid.value(uid)) {
                mapped.insert(id, localId);
                taken.insert(localId);
            } else if (const QString k = naturalKey(incoming, spec, true); !k.isEmpty()) {
                unmatched.append({id, k});
            }
        }
        for (const auto &[id, k] : unmatched) {
            const qint64 localId = localByKey.value(k);
            if (localId && !taken.contains(localId)) {
                mapped.insert(id, localId);
                taken.insert(localId);
                m_matchedByKey.insert(key(spec.table, id));
            }
        }
        return {};
    }

    // The natural key's values; a reference counts as the record here it points at (so a
    // snapshot row whose referenced record has no match here has no key), and an empty
    // text (a party without a code) makes no key.
    QString naturalKey(const SqlQuery &q, const TableSpec &spec, bool incoming) const
    {
        QStringList parts;
        for (int i = 0; i < spec.naturalKey.size(); ++i) {
            if (q.value(2 + i).isNull()) {
                parts.append(QStringLiteral("NULL")); // a presidency's unknown year is a value too
                continue;
            }
            QString v = q.value(2 + i).toString();
            const QString refTable = m_info.value(spec.table).references.value(spec.naturalKey.at(i));
            if (incoming && !refTable.isEmpty() && !v.isEmpty()) {
                const qint64 mapped = m_map.value(refTable).value(v.toLongLong());
                v = mapped ? QString::number(mapped) : QString();
            }
            if (v.isEmpty())
                return {};
            parts.append(v);
        }
        return parts.join(QChar(0x1f));
    }

    // A row in comparable form: references by the record they point at, link rows included.
    QVariantMap canonical(const QString &table, const QVariantMap &row, bool incoming, const QString &skip = {}) const
    {
        const TableInfo &info = m_info[table];
        QVariantMap out;
        for (const QString &column : info.columns) {
            if (column == skip)
                continue;
            const QVariant v = row.value(column);
            const QString refTable = info.references.value(column);
            if (refTable.isEmpty() || v.isNull()) {
                out.insert(column, plain(v));
                continue;
            }
            const qint64 id = v.toLongLong();
            const qint64 localId = incoming ? m_map.value(refTable).value(id) : id;
            out.insert(column, localId ? QStringLiteral("#%1").arg(localId)
                                       : QStringLiteral("new:") + m_sourceUids.value(refTable).value(id));
        }
        return out;
    }

    QVariantMap canonicalAggregate(const TableSpec &spec, const QVariantMap &row, bool incoming) const
    {
        QVariantMap out = canonical(spec.table, row, incoming);
        const QSqlDatabase &db = incoming ? m_src : m_dst;
        for (const ChildSpec &child : spec.children) {
            QStringList lines;
            SqlQuery q(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = :id").arg(child.table, child.parentColumn));
            q.bind(QStringLiteral(":id"), row.value(QStringLiteral("id")));
            if (q.exec()) {
                while (q.next()) {
                    const QVariantMap c = canonical(child.table, q.record(), incoming, child.parentColumn);
                    QStringList cells;
                    for (auto it = c.cbegin(); it != c.cend(); ++it)
                        cells.append(it.key() + QLatin1Char('=') + it.value().toString());
                    lines.append(cells.join(QLatin1Char(';')));
                }
            }
            lines.sort();
            out.insert(child.table, lines);
        }
        return out;
    }

    // Whether the record (or the aggregate it is written with) has audit rows above the mark.
    bool changedAfter(const TableSpec &spec, const QVariantMap &row, bool incoming) const
    {
        const std::optional<qint64> mark = incoming ? m_sourceMark : m_localMark;
        if (!mark)
            return true; // no common base: any difference counts as a change on both sides
        QString parentUid;
        if (!spec.auditParent.isEmpty()) {
            const QString parentTable = m_info.value(spec.table).references.value(spec.auditParent);
            const qint64 parentId = row.value(spec.auditParent).toLongLong();
            parentUid =
                incoming ? m_sourceUids.value(parentTable).value(parentId)
                         : SqlQuery::scalar(m_dst, QStringLiteral("SELECT uid FROM %1 WHERE id = :id").arg(parentTable),
                                            {{QStringLiteral("id"), parentId}})
                               .toString();
        }
        return SqlQuery::scalar(incoming ? m_src : m_dst,
                                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE record_uid IN "
                                               "(:uid, :parent) AND id > :mark LIMIT 1)"),
                                {{QStringLiteral("uid"), row.value(QStringLiteral("uid"))},
                                 {QStringLiteral("parent"), parentUid},
                                 {QStringLiteral("mark"), *mark}})
                   .toInt() > 0;
    }

    Status mergeRow(const TableSpec &spec, const QVariantMap &row)
    {
        const qint64 sourceId = row.value(QStringLiteral("id")).toLongLong();
        const QString uid = row.value(QStringLiteral("uid")).toString();
        const qint64 localId = m_map.value(spec.table).value(sourceId);
        if (!localId)
            return add(spec, row, sourceId, uid);
        if (m_matchedByKey.contains(key(spec.table, sourceId))) {
            ++m_report.unchanged;
            return {};
        }
        SqlQuery current(m_dst, QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(spec.table));
        current.bind(QStringLiteral(":id"), localId);
        if (Status s = current.exec(); !s)
            return s;
        if (!current.next())
            return makeError(Error::Code::NotFound,
                             SnapshotMerge::tr("%1 %2 vanished during the merge").arg(spec.table, uid));
        const QVariantMap local = current.record();
        const QVariantMap before = canonicalAggregate(spec, local, false);
        const QVariantMap after = canonicalAggregate(spec, row, true);
        if (before == after) {
            ++m_report.unchanged;
            return {};
        }
        if (changedAfter(spec, local, false)) {
            if (changedAfter(spec, row, true))
                m_report.conflicts.append(
                    {spec.table, uid,
                     SnapshotMerge::tr("changed here and in the package; this database's version kept")});
            else
                m_report.kept.append(
                    {spec.table, uid, SnapshotMerge::tr("changed here only; this database's version kept")});
            return {};
        }
        if (const auto written = write(spec, row, localId, uid); !written)
            return written.error();
        ++m_report.updated;
        return AuditLog(m_target).record(AuditLog::Action::Update, spec.table, uid, auditJson(before), auditJson(after),
                                         m_reason);
    }

    Status add(const TableSpec &spec, const QVariantMap &row, qint64 sourceId, const QString &uid)
    {
        const TableInfo &info = m_info[spec.table];
        for (auto it = info.references.cbegin(); it != info.references.cend(); ++it) {
            const QVariant v = row.value(it.key());
            if (info.notNull.contains(it.key()) && !v.isNull() && !m_map.value(it.value()).contains(v.toLongLong())) {
                m_report.conflicts.append({spec.table, uid,
                                           SnapshotMerge::tr("refers to %1 %2, which was not merged; not added")
                                               .arg(it.value(), m_sourceUids.value(it.value()).value(v.toLongLong()))});
                return {};
            }
        }
        const auto id = write(spec, row, 0, uid);
        if (!id) {
            if (id.error().code != Error::Code::Constraint)
                return id.error();
            m_report.conflicts.append(
                {spec.table, uid, SnapshotMerge::tr("collides with a record here that has another uid; not added")});
            return {};
        }
        m_map[spec.table].insert(sourceId, *id);
        ++m_report.added;
        return AuditLog(m_target).record(AuditLog::Action::Insert, spec.table, uid, {},
                                         auditJson(canonicalAggregate(spec, row, true)), m_reason);
    }

    // Writes the row (a new one when localId is 0) and its link rows; returns its id.
    Result<qint64> write(const TableSpec &spec, const QVariantMap &row, qint64 localId, const QString &uid)
    {
        const TableInfo &info = m_info[spec.table];
        QVariantMap values;
        QList<Deferred> deferred;
        for (const QString &column : info.columns) {
            QVariant v = row.value(column);
            const QString refTable = info.references.value(column);
            if (!refTable.isEmpty() && !v.isNull()) {
                const qint64 sourceRef = v.toLongLong();
                const qint64 mapped = m_map.value(refTable).value(sourceRef);
                if (mapped) {
                    v = mapped;
                } else {
                    deferred.append({spec.table, 0, uid, column, refTable, sourceRef});
                    v = QVariant(QMetaType::fromType<qint64>());
                }
            }
            values.insert(column, v);
        }
        QStringList placeholders;
        for (const QString &column : info.columns)
            placeholders.append(localId ? QString(column + QStringLiteral(" = :") + column)
                                        : QString(QLatin1Char(':') + column));
        const QString sql = localId ? QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                                          .arg(spec.table, placeholders.join(QStringLiteral(", ")))
                                    : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(spec.table, info.columns.join(QStringLiteral(", ")),
                                               placeholders.join(QStringLiteral(", ")));
        SqlQuery q(m_dst, sql);
        q.bindAll(values);
        if (localId)
            q.bind(QStringLiteral(":id"), localId);
        if (Status s = q.exec(); !s)
            return s.error();
        const qint64 id = localId ? localId : q.lastInsertId().toLongLong();
        for (Deferred &d : deferred) {
            d.localId = id;
            m_deferred.append(d);
        }
        for (const ChildSpec &child : spec.children) {
            if (Status s = writeChildren(child, row.value(QStringLiteral("id")).toLongLong(), id); !s)
                return s.error();
        }
        m_touched.append({spec.table, id, uid});
        return id;
    }

    Status writeChildren(const ChildSpec &child, qint64 sourceParent, qint64 localParent)
    {
        SqlQuery clear(m_dst, QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(child.table, child.parentColumn));
        clear.bind(QStringLiteral(":id"), localParent);
        if (Status s = clear.exec(); !s)
            return s;
        const TableInfo &info = m_info[child.table];
        SqlQuery rows(m_src, QStringLiteral("SELECT * FROM %1 WHERE %2 = :id").arg(child.table, child.parentColumn));
        rows.bind(QStringLiteral(":id"), sourceParent);
        if (Status s = rows.exec(); !s)
            return s;
        QStringList placeholders;
        for (const QString &column : info.columns)
            placeholders.append(QLatin1Char(':') + column);
        while (rows.next()) {
            QVariantMap values = rows.record();
            values.remove(QStringLiteral("id"));
            for (auto it = info.references.cbegin(); it != info.references.cend(); ++it) {
                if (values.value(it.key()).isNull())
                    continue;
                const qint64 mapped = it.key() == child.parentColumn
                                          ? localParent
                                          : m_map.value(it.value()).value(values.value(it.key()).toLongLong());
                if (!mapped)
                    return makeError(Error::Code::Invalid,
                                     SnapshotMerge::tr("a %1 row refers to a %2 record that was not merged")
                                         .arg(child.table, it.value()));
                values.insert(it.key(), mapped);
            }
            SqlQuery insert(m_dst, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(child.table, info.columns.join(QStringLiteral(", ")),
                                            placeholders.join(QStringLiteral(", "))));
            insert.bindAll(values);
            if (Status s = insert.exec(); !s)
                return s;
        }
        return {};
    }

    Status resolveDeferred()
    {
        for (const Deferred &d : std::as_const(m_deferred)) {
            const qint64 mapped = m_map.value(d.refTable).value(d.refSourceId);
            if (!mapped) {
                m_report.conflicts.append(
                    {d.table, d.uid,
                     SnapshotMerge::tr("refers to %1 %2, which was not merged; the reference was left empty")
                         .arg(d.refTable, m_sourceUids.value(d.refTable).value(d.refSourceId))});
                continue;
            }
            SqlQuery q(m_dst, QStringLiteral("UPDATE %1 SET %2 = :ref WHERE id = :id").arg(d.table, d.column));
            q.bind(QStringLiteral(":ref"), mapped).bind(QStringLiteral(":id"), d.localId);
            if (Status s = q.exec(); !s)
                return s;
        }
        return {};
    }

    // The search and filter indexes of the records written, from the snapshot's entries.
    Status reindexTouched()
    {
        if (m_touched.isEmpty())
            return {};
        QHash<QString, SearchRow> search;
        SqlQuery entries(m_src, QStringLiteral("SELECT rowid, kind, uid, title, body FROM search_index"));
        if (Status s = entries.exec(); !s)
            return s;
        while (entries.next())
            search.insert(entries.value(2).toString(),
                          {int(entries.value(0).toLongLong() % 8), entries.value(1).toString(),
                           entries.value(3).toString(), entries.value(4).toString()});
        SearchIndex index(m_target);
        for (const Touched &t : std::as_const(m_touched)) {
            if (m_info[t.table].columns.contains(QStringLiteral("filter_text"))) {
                if (Status s = FilterIndex(m_target, t.table).put(t.localId); !s)
                    return s;
            }
            const auto it = search.constFind(t.uid);
            if (it == search.cend())
                continue;
            if (Status s = index.put(it->kind, it->kindName, t.localId, t.uid, it->title, it->body); !s)
                return s;
        }
        return {};
    }

    Database &m_target;
    QSqlDatabase m_dst;
    QSqlDatabase m_src;
    QString m_reason;
    MergeReport m_report;
    std::optional<qint64> m_localMark;
    std::optional<qint64> m_sourceMark;
    QHash<QString, TableInfo> m_info;
    QHash<QString, QHash<qint64, qint64>> m_map;         // table -> snapshot id -> id here
    QHash<QString, QHash<qint64, QString>> m_sourceUids; // table -> snapshot id -> uid
    QSet<QString> m_matchedByKey;
    QList<Deferred> m_deferred;
    QList<Touched> m_touched;
};

} // namespace

SnapshotMerge::SnapshotMerge(Database &target, const SnapshotFile &source) : m_target(target), m_source(source) {}

Result<MergeReport> SnapshotMerge::apply(const QString &reason)
{
    if (m_target.transactionDepth() == 0)
        return makeError(Error::Code::Failed, QStringLiteral("SnapshotMerge::apply needs an open transaction"));
    return Merger(m_target, m_source, reason).run();
}

Status SnapshotMerge::markImport(Database &target, qint64 sourceLastAuditId, const MergeReport &report,
                                 const QString &reason)
{
    const QString last =
        SqlQuery::scalar(target.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toString();
    if (Status s = target.setMeta(QLatin1String(ImportMarkKey), last); !s)
        return s;
    if (Status s = target.setMeta(QLatin1String(SourceMarkKey), QString::number(sourceLastAuditId)); !s)
        return s;
    // Above the mark: a record kept against the package stays "changed here" for the next
    // merge, which will then never overwrite it silently either.
    AuditLog audit(target);
    for (const QList<MergeConflict> *list : {&report.kept, &report.conflicts}) {
        for (const MergeConflict &record : *list) {
            if (Status s = audit.record(AuditLog::Action::Update, record.table, record.uid, {}, {},
                                        reason + QStringLiteral(": ") + record.reason);
                !s)
                return s;
        }
    }
    return {};
}

int SnapshotMerge::recordCount(const QSqlDatabase &db)
{
    int count = 0;
    for (const TableSpec &spec : tableSpecs())
        count += SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(spec.table)).toInt();
    return count;
}

} // namespace pd
