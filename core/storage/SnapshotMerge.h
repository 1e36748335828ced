#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

class Database;
class SnapshotFile;

struct MergeConflict
{
    QString table;
    QString uid;
    QString reason;
};

struct MergeReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<MergeConflict> kept; // changed here only since the last import: this database's version stays
    QList<MergeConflict> conflicts;
};

/*
 * Merges a checked handover snapshot (SnapshotFile, at this program's schema) into an
 * open database, record by record, matched by uid. Runs inside the caller's transaction
 * (Transaction, BEGIN IMMEDIATE), so that the whole import lands or nothing does.
 *
 * Records are the rows of the tables that have a uid, with their link rows (meeting
 * participants, decision parties, activity supporters) as part of them. Integer keys are
 * the database's own: every reference is carried over by the referenced record's uid.
 * Parties, working groups, funds and presidencies that have no match by uid are matched
 * by their natural key (party kind and code, group code, fund code; a presidency's
 * conference, country and year) when there is one, and are then taken as the same
 * record and left as they are. Nothing is ever deleted.
 *
 * For a record on both sides (same uid):
 *   - same content (every column but the integer keys, references compared by the record
 *     they point at, and the link rows): unchanged;
 *   - different content, and not changed in this database since the last import: updated
 *     from the package;
 *   - different content, changed in this database since the last import, and not changed
 *     in the package since that import was made: kept as it is here (kept);
 *   - different content, changed on both sides since the last import: a CONFLICT. This
 *     database's version is kept, and the record is reported; nothing is overwritten.
 * "Changed since the last import" is read from the audit logs, which every write goes
 * through: this database changed the record when its audit_log has a row for the uid
 * above the mark recorded by the last import (markImport), and the package changed it
 * when the snapshot's audit_log has a row for the uid above the snapshot's own last
 * audit id recorded by that import. Ids, not clocks: the two machines' clocks may differ.
 * A record changes "here" also when the aggregate it is written with changes (a meeting
 * for its agenda items, a document for its consultations, a contribution for its
 * payments: their audit rows are the aggregate's). The import's own writes are below
 * the mark; a record kept against the package (kept or conflict) gets an audit row above
 * it, so that the next merge does not take it for unchanged and overwrite it.
 * A database that never imported a package has no common base with it, so there every
 * difference is a conflict.
 * A new record (no match) is added; when it collides with a record here on another
 * unique key (the same party, fund and year of a contribution, say, under another uid)
 * it is not added and is reported as a conflict, as is any record that refers to it.
 */
class SnapshotMerge
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMerge)
public:
    static constexpr const char *ImportMarkKey = "handover_import_audit_mark";
    static constexpr const char *SourceMarkKey = "handover_source_audit_mark";

    SnapshotMerge(Database &target, const SnapshotFile &source);

    // The caller's transaction must be open. `reason` goes into the audit log.
    Result<MergeReport> apply(const QString &reason);

    // Records the marks of this import (after apply(), inside the import's transaction):
    // this database's last audit id and the snapshot's; then an audit row, with `reason`,
    // for each record kept against the package.
    static Status markImport(Database &target, qint64 sourceLastAuditId, const MergeReport &report,
                             const QString &reason);
    // The records (rows with a uid) of the merged tables in a database.
    static int recordCount(const QSqlDatabase &db);

private:
    Database &m_target;
    const SnapshotFile &m_source;
};

} // namespace pd
