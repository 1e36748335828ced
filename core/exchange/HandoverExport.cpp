#include "HandoverExport.h"

#include "CalendarExport.h"
#include "EntityTables.h"
#include "HandoverBriefing.h"
#include "PackageWriter.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/SnapshotScrub.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace pd {

namespace {

// QT_LOGGING_RULES="pd.exchange.handover.debug=true" times each part of an export.
Q_LOGGING_CATEGORY(lcHandoverExport, "pd.exchange.handover", QtInfoMsg)

// Logs the time since the last step under the step's name.
class StepTimer
{
public:
    StepTimer() { m_timer.start(); }
    void step(const char *name) { qCDebug(lcHandoverExport, "%s: %lld ms", name, qlonglong(m_timer.restart())); }

private:
    QElapsedTimer m_timer;
};

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
        : m_repos(repos), m_records(repos), m_writer(writer), m_manifest(manifest)
    {
    }

    Status addTables()
    {
        for (const QString &entity : EntityTables::entityNames()) {
            const std::optional<RecordTable> table = EntityTables::build(m_records, entity);
            if (Status s = addTable(entity, *table); !s)
                return s;
        }
        return addTable(FocalPointsEntity, EntityTables::focalPoints(m_repos));
    }

    Status addCalendar()
    {
        const QByteArray ics = CalendarExport::ics(m_records, m_manifest.createdAt);
        m_records.release(); // the records read for the tables and the calendar are done with
        return add(QString::fromLatin1(HandoverExport::CalendarName), ics);
    }

    // Left out when the application cannot lay out text (no QGuiApplication).
    Status addBriefing(const Party &to, ReportLanguages languages)
    {
        if (!HandoverBriefing::canWrite())
            return {};
        ReportOptions options;
        options.languages = languages;
        options.printedAt = m_manifest.createdAt.toLocalTime();
        auto pdf = HandoverBriefing::pdf(m_repos, &to, options);
        if (!pdf)
            return pdf.error().code == Error::Code::NotFound ? Status() : Status(pdf.error());
        // A PDF's streams are compressed already: stored, not deflated again.
        return add(QString::fromLatin1(HandoverExport::BriefingName), *pdf, PackageWriter::Compression::Store);
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
    Status add(const QString &name, const QByteArray &data,
               PackageWriter::Compression compression = PackageWriter::Compression::Default)
    {
        auto file = m_writer.addData(name, data, compression);
        if (!file)
            return file.error();
        m_manifest.files.append(*file);
        return {};
    }

    Repositories &m_repos;
    EntityRecords m_records; // each aggregate read once for the tables and the calendar
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
    StepTimer timer;
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
    timer.step("snapshot");

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
        timer.step("tables");
        if (Status s = builder.addCalendar(); !s)
            return s.error();
        timer.step("calendar");
        if (Status s = builder.addBriefing(to, options.briefingLanguages); !s)
            return s.error();
        timer.step("briefing");
        if (Status s = builder.addAttachments(); !s)
            return s.error();
        timer.step("attachments");
    }
    // The snapshot goes in once its read-only connection is closed.
    // zlib's fastest level: a large file, and a third of the time of the default level.
    auto snapshotFile =
        writer.addFile(QString::fromLatin1(SnapshotName), snapshotPath, PackageWriter::Compression::Fast);
    if (!snapshotFile)
        return snapshotFile.error();
    manifest.files.prepend(*snapshotFile);
    timer.step("snapshot into the zip");
    if (auto m = writer.addData(QString::fromLatin1(HandoverManifest::FileName), manifest.toJson()); !m)
        return m.error();
    if (Status s = writer.commit(); !s)
        return s.error();
    timer.step("manifest and commit");
    return manifest;
}

} // namespace pd
