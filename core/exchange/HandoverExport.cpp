#include "HandoverExport.h"

#include "CalendarExport.h"
#include "EntityTables.h"
#include "HandoverBriefing.h"
#include "PackageWriter.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/SnapshotScrub.h"

#include <QTemporaryDir>

namespace pd {

namespace {

const QString FocalPointsEntity = QString::fromLatin1(HandoverExport::FocalPointsEntity);
const QString AttachmentsEntity = QString::fromLatin1(HandoverExport::AttachmentsEntity);

// A file name as one safe path component inside the zip.
QString entryComponent(const QString &fileName)
{
    QString safe;
    for (const QChar c : fileName)
        safe.append(c.category() == QChar::Other_Control || c == QLatin1Char('/') || c == QLatin1Char('\\') ||
                            c == QLatin1Char(':')
                        ? QLatin1Char('_')
                        : c);
    return safe;
}

// The package's parts read from the snapshot, each added to the zip as it is made.
class PackageBuilder
{
public:
    PackageBuilder(Repositories &repos, PackageWriter &writer, HandoverManifest &manifest)
        : m_repos(repos), m_writer(writer), m_manifest(manifest)
    {
    }

    Status addTables()
    {
        for (const QString &entity : EntityTables::entityNames()) {
            const std::optional<RecordTable> table = EntityTables::build(m_repos, entity);
            if (Status s = addTable(entity, *table); !s)
                return s;
        }
        return addTable(FocalPointsEntity, EntityTables::focalPoints(m_repos));
    }

    Status addCalendar()
    {
        return add(QString::fromLatin1(HandoverExport::CalendarName),
                   CalendarExport::ics(m_repos, m_manifest.createdAt));
    }

    // Left out when the application cannot lay out text (no QGuiApplication).
    Status addBriefing()
    {
        if (!HandoverBriefing::canWrite())
            return {};
        auto pdf = HandoverBriefing::pdf(m_repos);
        if (!pdf)
            return pdf.error().code == Error::Code::NotFound ? Status() : Status(pdf.error());
        return add(QString::fromLatin1(HandoverExport::BriefingName), *pdf);
    }

    Status addAttachments()
    {
        int count = 0;
        for (const Document &document : m_repos.documents().all()) {
            for (const Attachment &listed : m_repos.attachments().forDocument(document.id)) {
                const std::optional<Attachment> a = m_repos.attachments().byUid(listed.uid, true);
                if (!a)
                    continue;
                const QString name = HandoverExport::attachmentEntryName(document.uid, a->version, a->fileName);
                if (Status s = add(name, a->data); !s)
                    return s;
                ++count;
            }
        }
        m_manifest.counts.insert(AttachmentsEntity, count);
        return {};
    }

private:
    Status addTable(const QString &entity, const RecordTable &table)
    {
        m_manifest.counts.insert(entity, int(table.rows.size()));
        return add(entity + QStringLiteral(".csv"), table.toCsv());
    }
    Status add(const QString &name, const QByteArray &data)
    {
        auto file = m_writer.addData(name, data);
        if (!file)
            return file.error();
        m_manifest.files.append(*file);
        return {};
    }

    Repositories &m_repos;
    PackageWriter &m_writer;
    HandoverManifest &m_manifest;
};

HandoverManifest::Presidency presidencyFrom(Repositories &repos)
{
    const std::optional<Presidency> current = repos.currentPresidency();
    if (!current)
        return {};
    const std::optional<Party> party = repos.parties().byId(current->partyId);
    return party ? HandoverManifest::presidencyOf(*party) : HandoverManifest::Presidency{};
}

} // namespace

QStringList HandoverExport::tableEntities()
{
    return EntityTables::entityNames() << QString::fromLatin1(FocalPointsEntity);
}

QString HandoverExport::attachmentEntryName(const QString &documentUid, int version, const QString &fileName)
{
    return QStringLiteral("%1/%2/%3-%4")
        .arg(QString::fromLatin1(AttachmentsEntity), documentUid)
        .arg(version)
        .arg(entryComponent(fileName));
}

std::optional<Party> HandoverExport::findCountry(Repositories &repos, const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Party &p : repos.parties().members()) {
        if (p.kind != PartyKind::Country)
            continue;
        if (p.code.compare(wanted, Qt::CaseInsensitive) == 0 || p.name.en.compare(wanted, Qt::CaseInsensitive) == 0 ||
            p.name.es.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Result<HandoverManifest> HandoverExport::write(Database &db, const Party &to, const QString &path,
                                               const HandoverOptions &options)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(Error::Code::Io, tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString snapshotPath = scratch.filePath(QString::fromLatin1(SnapshotName));
    if (Status s = db.saveCopy(snapshotPath); !s)
        return s.error();
    if (options.excludePersonalData) {
        if (Status s = removePersonalFocalPoints(snapshotPath); !s)
            return s.error();
    }

    HandoverManifest manifest;
    manifest.programVersion = QCoreApplication::applicationVersion();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.to = HandoverManifest::presidencyOf(to);
    manifest.personalData = !options.excludePersonalData;

    PackageWriter writer(path);
    if (Status s = writer.open(); !s)
        return s.error();
    {
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        auto snapshot = Database::open(snapshotPath, readOnly);
        if (!snapshot)
            return snapshot.error();
        Repositories repos(**snapshot);
        manifest.schemaVersion = (*snapshot)->schemaVersion();
        manifest.from = presidencyFrom(repos);
        PackageBuilder builder(repos, writer, manifest);
        if (Status s = builder.addTables(); !s)
            return s.error();
        if (Status s = builder.addCalendar(); !s)
            return s.error();
        if (Status s = builder.addBriefing(); !s)
            return s.error();
        if (Status s = builder.addAttachments(); !s)
            return s.error();
    }
    // The snapshot goes in once its read-only connection is closed.
    auto snapshotFile = writer.addFile(QString::fromLatin1(SnapshotName), snapshotPath);
    if (!snapshotFile)
        return snapshotFile.error();
    manifest.files.prepend(*snapshotFile);
    if (auto m = writer.addData(QString::fromLatin1(HandoverManifest::FileName), manifest.toJson()); !m)
        return m.error();
    if (Status s = writer.commit(); !s)
        return s.error();
    return manifest;
}

} // namespace pd
