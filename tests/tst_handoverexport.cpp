// The handover package, export half: on the RCM data, the zip passes `unzip -t`, the
// manifest names every file with its size and SHA-256, counts and CSVs match the
// database, the snapshot passes the sqlite3 shell's integrity_check, calendar.ics reads
// back through libical, briefing.pdf has its sections (read back with pdftotext) in the
// languages asked for, personal data can be left out of both CSV and snapshot, and a
// failed export leaves an existing file as it was.

#include "PdfTools.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "exchange/HandoverBriefing.h"
#include "exchange/HandoverExport.h"
#include "exchange/PackageWriter.h"
#include "storage/AuditLog.h"
#include "storage/BriefingQueries.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>
#include <quazip.h>
#include <quazipfile.h>

using namespace pd;

namespace {

QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed()};
}

// RFC 4180 records: line ends inside quotes belong to the field.
int csvRecords(const QByteArray &csv)
{
    int records = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        if (csv.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && csv.at(i) == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n')
            ++records;
    }
    return records - 1; // the header
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

} // namespace

class TestHandoverExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    QString m_personalUid;
    QString m_publicUid;
    QString m_changedActivityUid;
    QString m_documentUid;
    QString m_package;
    QMap<QString, QByteArray> m_entries;

    test::ProgramRun program(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path()); // the briefing's QGuiApplication asks
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QStringList all{QStringLiteral("handover"), QStringLiteral("export"), QStringLiteral("--db"), m_dbPath};
        all << arguments;
        return test::runProgram(QStringLiteral(PD_PROGRAM), all, env, m_dir.path());
    }

    QString extract(const QString &name, const QString &as) const
    {
        return writeFile(m_dir.filePath(as), m_entries.value(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("rcm.sqlite"));
        m_db = test::rcmDatabase(m_dbPath);
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);

        // Two focal points, one of them personal data, and an attachment with an accent.
        const std::optional<Party> mexico = m_repos->parties().byCode(QStringLiteral("MX"));
        QVERIFY(mexico);
        FocalPoint personal{
            0, {}, mexico->id, QStringLiteral("Zacarías Privado"), {}, QStringLiteral("z@example.org"), {}, true, {}};
        FocalPoint office{0, {}, mexico->id, QStringLiteral("Oficina de la PPT"), {}, {}, {}, false, {}};
        QVERIFY(m_repos->focalPoints().add(personal));
        QVERIFY(m_repos->focalPoints().add(office));
        m_personalUid = personal.uid;
        m_publicUid = office.uid;

        const QList<Document> documents = m_repos->documents().all();
        QVERIFY(!documents.isEmpty());
        m_documentUid = documents.first().uid;
        Attachment a;
        a.documentId = documents.first().id;
        a.fileName = QStringLiteral("Guía, versión final.txt");
        a.data = QByteArrayLiteral("contenido");
        QVERIFY(m_repos->attachments().add(a));

        // The RCM activities carry no dates yet: one is given a target period, then changed
        // again, so that it is in the calendar with SEQUENCE 2.
        const QList<Activity> activities = m_repos->activities().all();
        QVERIFY(!activities.isEmpty());
        Activity activity = activities.first();
        m_changedActivityUid = activity.uid;
        activity.targetStart = QDate(2022, 3, 14);
        activity.targetEnd = QDate(2022, 3, 16);
        QVERIFY(m_repos->activities().update(activity));
        activity.progress = 20;
        QVERIFY(m_repos->activities().update(activity));
        QVERIFY(!m_changedActivityUid.isEmpty());

        // The RCM data has no contributions: Belize owes part of one, for the briefing.
        const QList<Fund> funds = m_repos->funds().all();
        QVERIFY(!funds.isEmpty());
        Contribution owed;
        owed.partyId = m_repos->parties().byCode(QStringLiteral("BZ"))->id;
        owed.fundId = funds.first().id;
        owed.year = 2021;
        owed.due = 500000;
        owed.payments.append({0, {}, QDate(2021, 6, 1), 125000, {}});
        QVERIFY(m_repos->contributions().add(owed));

        m_package = m_dir.filePath(QStringLiteral("handover.zip"));
        const auto salvador = HandoverExport::findCountry(*m_repos, QStringLiteral("el salvador"));
        QVERIFY(salvador);
        QCOMPARE(salvador->code, QStringLiteral("SV"));
        const auto manifest = HandoverExport::write(*m_db, *salvador, m_package, {});
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        m_entries = readZip(m_package);
        QVERIFY(!m_entries.isEmpty());
    }

    void zipPassesUnzipTest()
    {
        const Tool unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_package});
        QCOMPARE(unzip.exitCode, 0);
        QVERIFY(m_entries.contains(QStringLiteral("attachments/%1/1-Guía, versión final.txt").arg(m_documentUid)));
    }

    void manifestListsEveryFile()
    {
        const QJsonObject manifest = QJsonDocument::fromJson(m_entries.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(manifest.value(QStringLiteral("schema_version")).toInt(), m_db->schemaVersion());
        QCOMPARE(manifest.value(QStringLiteral("to")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("SV"));
        QCOMPARE(manifest.value(QStringLiteral("from")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("MX"));
        QVERIFY(QDateTime::fromString(manifest.value(QStringLiteral("created_at")).toString(), Qt::ISODate).isValid());
        QSet<QString> listed{QStringLiteral("manifest.json")};
        for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject file = value.toObject();
            const QString name = file.value(QStringLiteral("name")).toString();
            QVERIFY2(m_entries.contains(name), qPrintable(name));
            const QByteArray data = m_entries.value(name);
            QCOMPARE(file.value(QStringLiteral("size")).toInteger(), qint64(data.size()));
            QCOMPARE(file.value(QStringLiteral("sha256")).toString().toLatin1(),
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            listed.insert(name);
        }
        const QStringList names = m_entries.keys();
        QCOMPARE(listed, QSet<QString>(names.cbegin(), names.cend()));
        for (const char *name : {"database.sqlite", "calendar.ics", "briefing.pdf", "meetings.csv", "focal_points.csv"})
            QVERIFY2(listed.contains(QString::fromLatin1(name)), name);

        const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("meetings")).toInt(), int(m_repos->meetings().all().size()));
        QCOMPARE(counts.value(QStringLiteral("activities")).toInt(), int(m_repos->activities().all().size()));
        QCOMPARE(counts.value(QStringLiteral("decisions")).toInt(), int(m_repos->decisions().all().size()));
        QCOMPARE(counts.value(QStringLiteral("parties")).toInt(), int(m_repos->parties().all().size()));
        QCOMPARE(counts.value(QStringLiteral("contributions")).toInt(), int(m_repos->contributions().all().size()));
        QCOMPARE(counts.value(QStringLiteral("focal_points")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("attachments")).toInt(), 1);
    }

    void briefingIsAPdfWithAccents()
    {
        const QString pdf = extract(QStringLiteral("briefing.pdf"), QStringLiteral("briefing.pdf"));
        QVERIFY(m_entries.value(QStringLiteral("briefing.pdf")).startsWith("%PDF"));
        const Tool text = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Reunión")));
    }

    // The briefing's own sections, each with its heading and a known record of the RCM
    // data; the lists are cut at HandoverBriefing::ListLimit with "and N more".
    void briefingHasItsSections()
    {
        const QString pdf = extract(QStringLiteral("briefing.pdf"), QStringLiteral("sections.pdf"));
        if (const QString keep = qEnvironmentVariable("PD_KEEP_BRIEFING"); !keep.isEmpty()) // to look at it
            QFile::copy(pdf, keep);
        const QString text = test::pdfText(pdf);
        const int openFollowUps = BriefingQueries(*m_db).openFollowUpCount();
        QVERIFY(openFollowUps > HandoverBriefing::ListLimit);
        const QList<std::pair<QString, QString>> sections{
            {QStringLiteral("Handover to the incoming Presidency Pro-Tempore"),
             QStringLiteral("Incoming presidency: El Salvador")},
            {QStringLiteral("Working groups: activities by status"), QStringLiteral("Working Group on Protection")},
            {QStringLiteral("Coming meetings"), QStringLiteral("XXVII Vice-Ministerial Meeting")},
            {QStringLiteral("Open decisions and follow-ups"),
             QStringLiteral("and %1 more").arg(openFollowUps - HandoverBriefing::ListLimit)},
            {QStringLiteral("Documents pending approval"), QStringLiteral("more time: BZ, DO")},
            {QStringLiteral("Outstanding contributions"), QStringLiteral("3,750.00")},
            {QStringLiteral("Consultation matrix"), QStringLiteral("Legend")}};
        for (const auto &[heading, record] : sections) {
            QVERIFY2(text.contains(heading, Qt::CaseInsensitive), qPrintable(heading)); // titles are in capitals
            QVERIFY2(text.contains(record), qPrintable(record));
        }
        QVERIFY(text.contains(QStringLiteral("XXVII Reunión Viceministerial"))); // both languages
        QVERIFY(text.contains(QStringLiteral("2022-03-31")) || text.contains(QStringLiteral("31/03/2022")) ||
                text.contains(QStringLiteral("3/31/22"))); // 1.e's due date, the first follow-up
    }

    void briefingInOneLanguage()
    {
        const auto salvador = HandoverExport::findCountry(*m_repos, QStringLiteral("SV"));
        QVERIFY(salvador);
        ReportOptions options;
        options.languages = ReportLanguages::Spanish;
        const auto data = HandoverBriefing::pdf(*m_repos, &*salvador, options);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        const QString text = test::pdfText(writeFile(m_dir.filePath(QStringLiteral("es.pdf")), *data));
        QVERIFY(text.contains(QStringLiteral("XXVII Reunión Viceministerial")));
        QVERIFY(!text.contains(QStringLiteral("XXVII Vice-Ministerial Meeting")));
        QVERIFY(text.contains(QStringLiteral("Belice")));
        QVERIFY(text.contains(QStringLiteral("USD 3,750.00"))); // as the report's Spanish locale writes it
        // The narrow status columns keep their Spanish headings whole (NFKC undoes the
        // "fi" ligature that pdftotext gives back).
        const QString words = text.normalized(QString::NormalizationForm_KC);
        for (const char *status : {"Propuesta", "Planificada", "Pospuesta", "Cancelada"})
            QVERIFY2(words.contains(QString::fromLatin1(status)), status);
    }

    void briefingLanguageFromTheCommandLine()
    {
        const QString package = m_dir.filePath(QStringLiteral("spanish.zip"));
        const test::ProgramRun run = program({QStringLiteral("--to"), QStringLiteral("SV"), QStringLiteral("-o"),
                                              package, QStringLiteral("--briefing-lang"), QStringLiteral("es")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.errText()));
        const QString text = test::pdfText(writeFile(m_dir.filePath(QStringLiteral("cli-es.pdf")),
                                                     readZip(package).value(QStringLiteral("briefing.pdf"))));
        QVERIFY(text.contains(QStringLiteral("XXVII Reunión Viceministerial")));
        QVERIFY(!text.contains(QStringLiteral("XXVII Vice-Ministerial Meeting")));

        const QString refused = m_dir.filePath(QStringLiteral("french.zip"));
        const test::ProgramRun french = program({QStringLiteral("--to"), QStringLiteral("SV"), QStringLiteral("-o"),
                                                 refused, QStringLiteral("--briefing-lang"), QStringLiteral("fr")});
        QVERIFY(french.finished);
        QCOMPARE(french.exitCode, 2);
        QVERIFY(french.errText().contains(QStringLiteral("\"fr\"")));
        QVERIFY(!QFile::exists(refused));
    }

    void snapshotPassesIntegrityCheck()
    {
        const QString copy = extract(QStringLiteral("database.sqlite"), QStringLiteral("snapshot.sqlite"));
        QCOMPARE(runTool(QStringLiteral("sqlite3"), {copy, QStringLiteral("PRAGMA integrity_check")}).out,
                 QStringLiteral("ok"));
        QCOMPARE(runTool(QStringLiteral("sqlite3"), {copy, QStringLiteral("SELECT count(*) FROM meeting")}).out,
                 QString::number(m_repos->meetings().all().size()));
    }

    void csvHasUidsAndEveryRow()
    {
        const QJsonObject counts = QJsonDocument::fromJson(m_entries.value(QStringLiteral("manifest.json")))
                                       .object()
                                       .value(QStringLiteral("counts"))
                                       .toObject();
        for (const QString &entity : counts.keys()) {
            if (entity == QLatin1String("attachments"))
                continue;
            const QByteArray csv = m_entries.value(entity + QStringLiteral(".csv"));
            QVERIFY2(csv.startsWith("uid,"), qPrintable(entity));
            QCOMPARE(csvRecords(csv), counts.value(entity).toInt());
        }
    }

    void calendarReadsBackThroughLibical()
    {
        QSet<QString> expected;
        QSet<QString> allDay;
        for (const Meeting &m : m_repos->meetings().all()) {
            if (m.isScheduled())
                expected.insert(m.uid);
            if (m.isScheduled() && m.isAllDay())
                allDay.insert(m.uid);
        }
        for (const Activity &a : m_repos->activities().all()) {
            if (a.targetStart.isValid()) {
                expected.insert(a.uid);
                allDay.insert(a.uid);
            }
        }
        QVERIFY(!allDay.isEmpty());

        icalcomponent *calendar = icalparser_parse_string(m_entries.value(QStringLiteral("calendar.ics")).constData());
        QVERIFY(calendar);
        QSet<QString> uids;
        int events = 0;
        bool accents = false;
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++events;
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
            uids.insert(uid);
            const icaltimetype start = icalcomponent_get_dtstart(e);
            QCOMPARE(bool(start.is_date), allDay.contains(uid));
            QVERIFY(!icaltime_is_null_time(icalcomponent_get_dtstamp(e)));
            const char *description = icalcomponent_get_description(e);
            accents = accents || (description && QString::fromUtf8(description).contains(QStringLiteral("Reunión")));
            if (uid == m_changedActivityUid)
                QCOMPARE(icalcomponent_get_sequence(e), 2);
        }
        icalcomponent_free(calendar);
        QCOMPARE(events, int(expected.size()));
        QCOMPARE(uids, expected);
        QVERIFY(accents);
    }

    void personalDataCanBeLeftOut()
    {
        const QString package = m_dir.filePath(QStringLiteral("public.zip"));
        const test::ProgramRun run = program({QStringLiteral("--to"), QStringLiteral("SV"), QStringLiteral("-o"),
                                              package, QStringLiteral("--exclude-personal-data")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.errText()));
        m_entries = readZip(package);
        const QByteArray csv = m_entries.value(QStringLiteral("focal_points.csv"));
        QVERIFY(csv.contains(m_publicUid.toUtf8()));
        QVERIFY(!csv.contains(m_personalUid.toUtf8()));
        QVERIFY(!csv.contains("Zacarías"));

        const QByteArray snapshot = m_entries.value(QStringLiteral("database.sqlite"));
        QVERIFY(!snapshot.contains(m_personalUid.toUtf8())); // no trace left in free pages either
        QVERIFY(!snapshot.contains("z@example.org"));
        const QString copy = extract(QStringLiteral("database.sqlite"), QStringLiteral("public.sqlite"));
        QCOMPARE(runTool(QStringLiteral("sqlite3"), {copy, QStringLiteral("SELECT uid FROM focal_point")}).out,
                 m_publicUid);
        QCOMPARE(runTool(QStringLiteral("sqlite3"), {copy, QStringLiteral("PRAGMA integrity_check")}).out,
                 QStringLiteral("ok"));
    }

    void unknownCountryLeavesTheFileAlone()
    {
        const QString path = writeFile(m_dir.filePath(QStringLiteral("old.zip")), QByteArrayLiteral("old package"));
        const QByteArray before = test::sha256Of(path);
        const test::ProgramRun run =
            program({QStringLiteral("--to"), QStringLiteral("Atlantis"), QStringLiteral("-o"), path});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(QStringLiteral("Atlantis")));
        QCOMPARE(test::sha256Of(path), before);
    }

    void failedExportLeavesNoFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/package.zip"));
        const test::ProgramRun run =
            program({QStringLiteral("--to"), QStringLiteral("SV"), QStringLiteral("-o"), missing});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFile::exists(missing));
    }

    void abandonedPackageLeavesTheOldFile()
    {
        // What an error half-way through an export does: the writer goes without commit().
        QTemporaryDir dir;
        const QString path = writeFile(dir.filePath(QStringLiteral("package.zip")), QByteArrayLiteral("old package"));
        const QByteArray before = test::sha256Of(path);
        {
            PackageWriter writer(path);
            QVERIFY(writer.open());
            QVERIFY(writer.addData(QStringLiteral("manifest.json"), QByteArrayLiteral("{}")));
        }
        QCOMPARE(test::sha256Of(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("package.zip")});
    }
};

QTEST_MAIN(TestHandoverExport) // a QGuiApplication: briefing.pdf lays out text
#include "tst_handoverexport.moc"
