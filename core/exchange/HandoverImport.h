#pragma once

#include "HandoverManifest.h"
#include "PackageReader.h"
#include "Result.h"
#include "storage/SnapshotMerge.h"

#include <QCoreApplication>

#include <memory>

namespace pd {

class Database;
class SnapshotFile;

// What an import did, for the caller to report on.
struct ImportReport
{
    HandoverManifest manifest;
    int migratedFrom = 0; // the snapshot's schema when it was older and migrated; else 0
    MergeReport merge;    // with --new: every record counted as added
};

/*
 * Imports a handover package written by HandoverExport. Everything is checked before
 * anything is changed (verify()):
 *   1. the zip, entry by entry (PackageReader: names, kinds, caps; staged privately);
 *   2. manifest.json (HandoverManifest::fromJson), and every staged file's size and
 *      SHA-256 against it, with no file in one and not the other;
 *   3. the schema version: newer than this program is refused, older is migrated (on a
 *      staged copy, by Database's own migrations);
 *   4. the snapshot (SnapshotFile: read-only, trusted_schema off, application_id,
 *      integrity and foreign-key checks), its schema equal to the manifest's, and every
 *      attachment file equal (name, size, SHA-256) to an attachment row of the snapshot
 *      whose stored bytes still match their SHA-256, and the other way round.
 * Then it is applied, whole or not at all:
 *   - newDatabase(): a database file that must not exist yet, built in a hidden folder
 *     beside it from the snapshot and renamed into place only when complete;
 *   - merge(): into an open database, in one transaction (SnapshotMerge: by uid, with
 *     conflicts reported and never overwritten).
 * Either way the incoming presidency (the manifest's `to`) becomes the current one and
 * the import is marked for the next merge's conflict rule.
 */
class HandoverImport
{
    Q_DECLARE_TR_FUNCTIONS(HandoverImport)
public:
    class Package; // a verified package, staged

    explicit HandoverImport(const PackageReader::Limits &limits = PackageReader::Limits());
    ~HandoverImport();
    HandoverImport(const HandoverImport &) = delete;
    HandoverImport &operator=(const HandoverImport &) = delete;

    Status verify(const QString &packagePath);
    const HandoverManifest &manifest() const;

    // Both after a successful verify().
    Result<ImportReport> newDatabase(const QString &databasePath);
    Result<ImportReport> merge(Database &db);

    // The staging folder (empty once the import object is gone).
    QString stagingPath() const;
    qint64 inflatedBytes() const;

private:
    Status verifyFiles();
    Status verifyAttachments(const SnapshotFile &snapshot);
    Status migrateSnapshot();
    Status makeIncomingCurrent(Database &db);

    PackageReader m_reader;
    std::unique_ptr<HandoverManifest> m_manifest;
    QString m_snapshotPath;
    int m_migratedFrom = 0;
    qint64 m_sourceAuditMark = 0;
    bool m_verified = false;
};

} // namespace pd
