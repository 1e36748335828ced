#include "HandoverImport.h"

#include "HandoverExport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/SnapshotFile.h"
#include "storage/StagingFolder.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace pd {

namespace {

const QString SnapshotEntry = QString::fromLatin1(HandoverExport::SnapshotName);
const QString ManifestEntry = QString::fromLatin1(HandoverManifest::FileName);

Error refused(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

} // namespace

HandoverImport::HandoverImport(const PackageReader::Limits &limits) : m_reader(limits) {}

HandoverImport::~HandoverImport() = default;

const HandoverManifest &HandoverImport::manifest() const
{
    static const HandoverManifest none;
    return m_manifest ? *m_manifest : none;
}

QString HandoverImport::stagingPath() const
{
    return m_reader.stagingPath();
}

qint64 HandoverImport::inflatedBytes() const
{
    return m_reader.inflatedBytes();
}

Status HandoverImport::verify(const QString &packagePath)
{
    m_verified = false;
    if (Status s = m_reader.read(packagePath); !s)
        return s;
    const auto manifestEntry = m_reader.entry(ManifestEntry);
    if (!manifestEntry)
        return refused(tr("the package has no manifest.json"));
    QFile manifestFile(manifestEntry->stagedPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot read the staged manifest.json"));
    auto manifest = HandoverManifest::fromJson(manifestFile.readAll());
    if (!manifest)
        return manifest.error();
    m_manifest = std::make_unique<HandoverManifest>(*manifest);
    if (Status s = verifyFiles(); !s)
        return s;

    const int latest = Database::latestSchemaVersion();
    if (m_manifest->schemaVersion > latest)
        return makeError(Error::Code::TooNew, tr("the package's database has schema %1; this program knows up to %2")
                                                  .arg(m_manifest->schemaVersion)
                                                  .arg(latest));
    m_snapshotPath = m_reader.entry(SnapshotEntry)->stagedPath;
    {
        auto snapshot = SnapshotFile::open(m_snapshotPath);
        if (!snapshot)
            return snapshot.error();
        const int version = (*snapshot)->schemaVersion();
        if (version != m_manifest->schemaVersion)
            return refused(tr("database.sqlite has schema %1 but manifest.json says %2")
                               .arg(version)
                               .arg(m_manifest->schemaVersion));
        if (Status s = verifyAttachments(**snapshot); !s)
            return s;
        if (!(*snapshot)->hasCountry(m_manifest->to.code))
            return refused(
                tr("the incoming presidency \"%1\" is not a country in database.sqlite").arg(m_manifest->to.code));
        m_sourceAuditMark = (*snapshot)->lastAuditId();
    }
    if (m_manifest->schemaVersion < latest) {
        if (Status s = migrateSnapshot(); !s)
            return s;
    }
    m_verified = true;
    return {};
}

Status HandoverImport::verifyFiles()
{
    QHash<QString, HandoverManifest::File> listed;
    for (const HandoverManifest::File &file : std::as_const(m_manifest->files))
        listed.insert(file.name, file);
    for (const PackageReader::Entry &entry : m_reader.entries()) {
        if (entry.name == ManifestEntry)
            continue;
        const auto it = listed.constFind(entry.name);
        if (it == listed.cend())
            return refused(tr("entry \"%1\": not listed in manifest.json").arg(PackageReader::printable(entry.name)));
        if (it->size != entry.size)
            return refused(
                tr("entry \"%1\": %2 bytes, but manifest.json says %3")
                    .arg(PackageReader::printable(entry.name), QString::number(entry.size), QString::number(it->size)));
        if (it->sha256 != entry.sha256)
            return refused(
                tr("entry \"%1\": its SHA-256 differs from manifest.json's").arg(PackageReader::printable(entry.name)));
        listed.remove(entry.name);
    }
    if (!listed.isEmpty()) {
        QStringList missing = listed.keys();
        missing.sort();
        return refused(tr("manifest.json lists \"%1\", which the package does not hold")
                           .arg(PackageReader::printable(missing.first())));
    }
    if (!m_reader.entry(SnapshotEntry))
        return refused(tr("the package has no database.sqlite"));
    return {};
}

Status HandoverImport::verifyAttachments(const SnapshotFile &snapshot)
{
    const auto rows = snapshot.attachments();
    if (!rows)
        return rows.error();
    QHash<QString, SnapshotFile::Attachment> expected;
    for (const SnapshotFile::Attachment &a : *rows) {
        const QString name = HandoverExport::attachmentEntryName(a.documentUid, a.version, a.fileName);
        if (a.dataSha256 != a.sha256)
            return refused(tr("database.sqlite: the attachment \"%1\" is damaged (its SHA-256 does not match)")
                               .arg(PackageReader::printable(name)));
        expected.insert(name, a);
    }
    const QString prefix = QLatin1String(HandoverExport::AttachmentsEntity) + QLatin1Char('/');
    for (const PackageReader::Entry &entry : m_reader.entries()) {
        if (!entry.name.startsWith(prefix))
            continue;
        const auto it = expected.constFind(entry.name);
        if (it == expected.cend())
            return refused(tr("entry \"%1\": no attachment in database.sqlite matches it")
                               .arg(PackageReader::printable(entry.name)));
        if (it->size != entry.size || it->sha256 != entry.sha256)
            return refused(tr("entry \"%1\": differs from its attachment in database.sqlite (size or SHA-256)")
                               .arg(PackageReader::printable(entry.name)));
        expected.remove(entry.name);
    }
    if (!expected.isEmpty())
        return refused(tr("database.sqlite holds the attachment \"%1\", which the package does not")
                           .arg(PackageReader::printable(expected.cbegin().key())));
    return {};
}

Status HandoverImport::migrateSnapshot()
{
    // On a copy in the staging folder, through the program's own migrations.
    const QString copy = QDir(m_reader.stagingPath()).filePath(QStringLiteral("migrated.sqlite"));
    if (!QFile::copy(m_snapshotPath, copy))
        return makeError(Error::Code::Io, tr("cannot copy the snapshot in the staging folder"));
    {
        auto db = Database::open(copy);
        if (!db)
            return makeError(db.error().code, tr("database.sqlite cannot be migrated from schema %1: %2")
                                                  .arg(m_manifest->schemaVersion)
                                                  .arg(db.error().message));
    }
    auto migrated = SnapshotFile::open(copy);
    if (!migrated)
        return migrated.error();
    m_migratedFrom = m_manifest->schemaVersion;
    m_snapshotPath = copy;
    return {};
}

Status HandoverImport::makeIncomingCurrent(Database &db)
{
    Repositories repos(db);
    const std::optional<Party> conference = repos.conference();
    if (!conference)
        return refused(tr("the database names no conference, so no presidency can be made current"));
    std::optional<Party> to;
    for (const Party &party : repos.parties().all()) {
        if (party.kind == PartyKind::Country && party.code == m_manifest->to.code) {
            to = party;
            break;
        }
    }
    if (!to)
        return refused(tr("the incoming presidency \"%1\" is not a country of the database").arg(m_manifest->to.code));
    const QString reason = tr("handover from %1").arg(m_manifest->from.code);
    // Every other current presidency of the conference ends (a merge may have brought a
    // second one); the incoming one, or a new record, becomes current.
    PresidencyRepository &presidencies = repos.presidencies();
    std::optional<Presidency> incoming;
    bool alreadyCurrent = false;
    int latestYear = 0;
    for (Presidency p : presidencies.all()) {
        if (p.conferenceId != conference->id)
            continue;
        latestYear = qMax(latestYear, p.year);
        if (p.status == PresidencyStatus::Current && p.partyId == to->id)
            alreadyCurrent = true;
        else if (p.status == PresidencyStatus::Incoming && p.partyId == to->id && !incoming)
            incoming = p;
        else if (p.status == PresidencyStatus::Current) {
            p.status = PresidencyStatus::Past;
            if (Status s = presidencies.update(p, reason); !s)
                return s;
        }
    }
    if (alreadyCurrent)
        return {};
    if (incoming) {
        incoming->status = PresidencyStatus::Current;
        return presidencies.update(*incoming, reason);
    }
    Presidency p;
    p.partyId = to->id;
    p.conferenceId = conference->id;
    p.status = PresidencyStatus::Current;
    p.year = latestYear ? latestYear + 1 : m_manifest->createdAt.date().year();
    return presidencies.add(p);
}

Result<ImportReport> HandoverImport::newDatabase(const QString &databasePath)
{
    if (!m_verified)
        return makeError(Error::Code::Failed, tr("the package has not been verified"));
    const QFileInfo target(databasePath);
    if (target.exists())
        return makeError(Error::Code::Invalid,
                         tr("%1 already exists; a new database needs a new file").arg(databasePath));
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(Error::Code::NotFound, tr("the folder of %1 does not exist").arg(databasePath));
    // Built beside the target, so that the rename into place is atomic.
    // A kill leaves it behind; the next import here removes it (StagingFolder).
    StagingFolder build(target.absolutePath(), QString::fromLatin1(StagingFolder::ImportPrefix));
    if (!build.isValid())
        return makeError(Error::Code::Io, tr("cannot write in the folder of %1").arg(databasePath));
    const QString built = build.filePath(QStringLiteral("new.sqlite"));
    if (!QFile::copy(m_snapshotPath, built))
        return makeError(Error::Code::Io, tr("cannot write in the folder of %1").arg(databasePath));

    ImportReport report{*m_manifest, m_migratedFrom, {}};
    {
        auto db = Database::open(built);
        if (!db)
            return db.error();
        Transaction tx(**db);
        if (!tx.isActive())
            return tx.error();
        // Marked first: the change of presidency is this database's own, above the mark.
        if (Status s = SnapshotMerge::markImport(**db, m_sourceAuditMark, {}, {}); !s)
            return s.error();
        if (Status s = makeIncomingCurrent(**db); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        report.merge.added = SnapshotMerge::recordCount((*db)->connection());
    }
    if (!QFile::rename(built, databasePath))
        return makeError(Error::Code::Io, tr("cannot create %1 (did it appear meanwhile?)").arg(databasePath));
    return report;
}

Result<ImportReport> HandoverImport::merge(Database &db)
{
    if (!m_verified)
        return makeError(Error::Code::Failed, tr("the package has not been verified"));
    auto snapshot = SnapshotFile::open(m_snapshotPath);
    if (!snapshot)
        return snapshot.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QString reason = tr("handover from %1").arg(m_manifest->from.code);
    auto merged = SnapshotMerge(db, **snapshot).apply(reason);
    if (!merged)
        return merged.error();
    if (Status s = SnapshotMerge::markImport(db, m_sourceAuditMark, *merged, reason); !s)
        return s.error();
    if (Status s = makeIncomingCurrent(db); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ImportReport{*m_manifest, m_migratedFrom, *merged};
}

} // namespace pd
