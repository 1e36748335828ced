// The handover package, import half: a package exported from the RCM data imports into a
// new file with every table equal by uid, an older schema migrated; a merge adds,
// updates, keeps local changes and reports conflicts; SIGKILL at random points leaves the
// state before or after; every hostile or damaged package (built here with QuaZip) is
// refused by the program with its own one-line message, leaving the target database
// byte-identical and nothing behind outside the staging folder. (PackageReader's own
// checks and caps: tst_packagereader.)

#include "HandoverPackages.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverImport.h"
#include "storage/Repositories.h"
#include "storage/SearchIndex.h"
#include "storage/SnapshotMerge.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;

class TestHandoverImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_sourcePath;
    QString m_sourceAtExport; // a copy of the source as the first package holds it
    std::unique_ptr<Database> m_source;
    std::unique_ptr<Repositories> m_repos;
    QString m_package;
    Entries m_entries;
    QString m_documentUid;
    QString m_targetPath;                      // imported with --new, the target of the refusals
    Meeting m_theirs, m_mine, m_both, m_added; // changed after the first package
    QString m_second;                          // the package sent after those changes

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::ProgramRun program(const QStringList &arguments, const QString &tmp = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("share")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!tmp.isEmpty())
            env.insert(QStringLiteral("TMPDIR"), tmp);
        return test::runProgram(QStringLiteral(PD_PROGRAM),
                                QStringList{QStringLiteral("handover"), QStringLiteral("import")} + arguments, env,
                                m_dir.path());
    }

    QString writePackage(const QString &name, const Entries &entries) const
    {
        const QString file = path(QStringLiteral("packages/") + name + QStringLiteral(".zip"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!writeZip(file, entries))
            qWarning() << "cannot write" << file;
        return file;
    }

    QString exportPackage(const QString &name)
    {
        const QString file = path(name);
        const auto salvador = HandoverExport::findCountry(*m_repos, QStringLiteral("SV"));
        const auto manifest = HandoverExport::write(*m_source, *salvador, file, {});
        if (!manifest)
            qWarning() << manifest.error().message;
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sourcePath = path(QStringLiteral("mexico.sqlite"));
        m_source = test::rcmDatabase(m_sourcePath);
        QVERIFY(m_source);
        m_repos = std::make_unique<Repositories>(*m_source);
        const std::optional<Party> mexico = m_repos->parties().byCode(QStringLiteral("MX"));
        FocalPoint office{0, {}, mexico->id, QStringLiteral("Oficina de la PPT"), {}, {}, {}, false, {}};
        QVERIFY(m_repos->focalPoints().add(office));
        const QList<Document> documents = m_repos->documents().all();
        m_documentUid = documents.first().uid;
        Attachment a;
        a.documentId = documents.first().id;
        a.fileName = QStringLiteral("Guía, versión final.txt");
        a.data = QByteArrayLiteral("contenido");
        QVERIFY(m_repos->attachments().add(a));

        m_package = exportPackage(QStringLiteral("handover.zip"));
        m_sourceAtExport = path(QStringLiteral("mexico-at-export.sqlite"));
        QVERIFY(m_source->saveCopy(m_sourceAtExport));
        m_entries = readZip(m_package);
        QVERIFY(!m_entries.isEmpty());

        m_targetPath = path(QStringLiteral("salvador.sqlite"));
        HandoverImport import;
        QVERIFY2(import.verify(m_package), "the exported package is refused");
        QVERIFY(import.newDatabase(m_targetPath));

        // Then both sides go on working: Mexico changes a meeting, adds one, and changes a
        // meeting that El Salvador changes too (in the merge test), then sends a second package.
        const QList<Meeting> meetings = m_repos->meetings().all();
        QVERIFY(meetings.size() >= 3);
        m_theirs = meetings.at(0);
        m_mine = meetings.at(1);
        m_both = meetings.at(2);
        m_theirs.title.en = QStringLiteral("Changed by Mexico");
        QVERIFY(m_repos->meetings().update(m_theirs));
        m_both.title.en = QStringLiteral("Mexico's title");
        QVERIFY(m_repos->meetings().update(m_both));
        m_added.kind = MeetingKind::Workshop;
        m_added.title = {QStringLiteral("Late workshop"), QStringLiteral("Taller tardío")};
        m_added.startDate = QDate(2022, 2, 1);
        m_added.participants.append({m_repos->parties().byCode(QStringLiteral("SV"))->id, ParticipantRole::Member, {}});
        QVERIFY(m_repos->meetings().add(m_added));
        m_second = exportPackage(QStringLiteral("second.zip"));
    }

    void roundTripIntoANewFile()
    {
        HandoverImport import;
        const Status verified = import.verify(m_package);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        const QString staging = import.stagingPath();
        QVERIFY(QDir(staging).exists());
        const QString target = path(QStringLiteral("round-trip.sqlite"));
        const auto report = import.newDatabase(target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->merge.added > 100);
        QCOMPARE(report->manifest.to.code, QStringLiteral("SV"));

        const QStringList presidency{QStringLiteral("presidency")};
        const Contents before = contents(m_sourceAtExport, presidency);
        const Contents after = contents(target, presidency);
        QVERIFY(before.contains(QStringLiteral("meeting")) && before.contains(QStringLiteral("meeting_participant")));
        QVERIFY(before.value(QStringLiteral("document_attachment")).size() == 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(after.keys(), before.keys());

        auto db = Database::open(target);
        QVERIFY(db);
        Repositories repos(**db);
        const auto current = repos.currentPresidency();
        QVERIFY(current);
        QCOMPARE(repos.parties().byId(current->partyId)->code, QStringLiteral("SV"));
        QVERIFY((*db)->integrityProblems().isEmpty());
        QCOMPARE(
            QDir(path(QString())).entryList({QStringLiteral(".presidency-desk-import-*")}, QDir::Dirs | QDir::Hidden),
            QStringList());
    }

    void roundTripThroughTheCommandLine()
    {
        const QString target = path(QStringLiteral("cli-new.sqlite"));
        const test::ProgramRun run = program({m_package, QStringLiteral("--db"), target, QStringLiteral("--new")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(QStringLiteral("added")));
        QVERIFY(run.outText().contains(QStringLiteral("El Salvador")));
        const QStringList presidency{QStringLiteral("presidency")};
        QCOMPARE(contents(target, presidency), contents(m_sourceAtExport, presidency));

        // --new never replaces a file.
        const QByteArray before = test::sha256Of(target);
        const test::ProgramRun again = program({m_package, QStringLiteral("--db"), target, QStringLiteral("--new")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.errLines().size(), 1);
        QVERIFY(again.errText().contains(QStringLiteral("already exists")));
        QCOMPARE(test::sha256Of(target), before);
    }

    void olderSchemaIsMigrated()
    {
        // The snapshot taken back to schema 6: migrations 7 to 9 only added indexes.
        Entries entries = m_entries;
        const QString old = path(QStringLiteral("schema6.sqlite"));
        QFile::remove(old);
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(dataOf(entries, QStringLiteral("database.sqlite")));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            for (const char *sql :
                 {"DROP INDEX decision_due", "DROP INDEX document_deadline", "DROP INDEX activity_group_status",
                  "DROP INDEX contribution_year_fund", "DROP INDEX meeting_status_order", "DROP INDEX meeting_span",
                  "DROP INDEX activity_span", "DROP INDEX activity_unscheduled", "PRAGMA user_version = 6", "VACUUM"}) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadOnly));
        dataOf(entries, QStringLiteral("database.sqlite")) = f.readAll();
        resign(entries, [](QJsonObject &m) { m.insert(QStringLiteral("schema_version"), 6); });

        HandoverImport import;
        const Status verified = import.verify(writePackage(QStringLiteral("schema6"), entries));
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        const QString target = path(QStringLiteral("migrated.sqlite"));
        const auto report = import.newDatabase(target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->migratedFrom, 6);
        auto db = Database::open(target);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void mergeAddsUpdatesKeepsAndReportsConflicts()
    {
        // The target received the first package; since then both sides went on working.
        const QString target = path(QStringLiteral("merge-target.sqlite"));
        QVERIFY(QFile::copy(m_targetPath, target));
        const Meeting &theirs = m_theirs, &mine = m_mine, &both = m_both, &added = m_added;
        const QString &second = m_second;
        {
            auto db = Database::open(target);
            QVERIFY(db);
            Repositories repos(**db);
            Meeting m = *repos.meetings().byUid(mine.uid);
            m.title.en = QStringLiteral("Changed by El Salvador");
            QVERIFY(repos.meetings().update(m));
            Meeting b = *repos.meetings().byUid(both.uid);
            b.title.en = QStringLiteral("El Salvador's title");
            QVERIFY(repos.meetings().update(b));
        }
        const QString copy = path(QStringLiteral("merge-target-cli.sqlite"));
        QVERIFY(QFile::copy(target, copy));

        auto db = Database::open(target);
        QVERIFY(db);
        HandoverImport import;
        QVERIFY(import.verify(second));
        const auto report = import.merge(**db);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const MergeReport &m = report->merge;
        QCOMPARE(m.added, 1);
        QCOMPARE(m.updated, 1);
        QCOMPARE(m.conflicts.size(), 1);
        QCOMPARE(m.conflicts.first().uid, both.uid);
        QCOMPARE(m.conflicts.first().table, QStringLiteral("meeting"));
        QVERIFY(!m.kept.isEmpty());

        Repositories repos(**db);
        QCOMPARE(repos.meetings().byUid(theirs.uid)->title.en, QStringLiteral("Changed by Mexico"));
        QCOMPARE(repos.meetings().byUid(mine.uid)->title.en, QStringLiteral("Changed by El Salvador"));
        QCOMPARE(repos.meetings().byUid(both.uid)->title.en, QStringLiteral("El Salvador's title"));
        const auto late = repos.meetings().byUid(added.uid);
        QVERIFY(late);
        QCOMPARE(late->title.es, QStringLiteral("Taller tardío"));
        QCOMPARE(late->participants.size(), 1);
        QCOMPARE(repos.parties().byId(late->participants.first().partyId)->code, QStringLiteral("SV"));
        QCOMPARE(repos.parties().byId(repos.currentPresidency()->partyId)->code, QStringLiteral("SV"));
        QVERIFY((*db)->integrityProblems().isEmpty());
        QVERIFY(!SearchIndex(**db).search(QStringLiteral("tardío")).isEmpty());

        // The same through the command line: a summary line, then one line per conflict.
        const test::ProgramRun run = program({second, QStringLiteral("--db"), copy, QStringLiteral("--merge")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("1 added, 1 updated")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("conflict: meeting ") + both.uid));

        // A second merge of the same package changes nothing more, and the record kept in
        // the conflict stays as it is here.
        HandoverImport again;
        QVERIFY(again.verify(second));
        const auto repeat = again.merge(**db);
        QVERIFY(repeat);
        QCOMPARE(repeat->merge.added, 0);
        QCOMPARE(repeat->merge.updated, 0);
        QCOMPARE(repeat->merge.conflicts.size(), 0);
        QCOMPARE(repos.meetings().byUid(both.uid)->title.en, QStringLiteral("El Salvador's title"));
    }

    void withoutAnEarlierImportEveryDifferenceIsAConflict()
    {
        // Mexico's own database as the first package holds it: it never imported a
        // package, so there is no common base and nothing it holds is overwritten.
        const QString target = path(QStringLiteral("no-base.sqlite"));
        QVERIFY(QFile::copy(m_sourceAtExport, target));
        auto db = Database::open(target);
        QVERIFY(db);
        Repositories repos(**db);
        const QString original = repos.meetings().byUid(m_both.uid)->title.en;
        HandoverImport import;
        QVERIFY(import.verify(m_second));
        const auto report = import.merge(**db);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->merge.added, 1);
        QCOMPARE(report->merge.updated, 0);
        QStringList conflicts;
        for (const MergeConflict &c : report->merge.conflicts)
            conflicts.append(c.uid);
        QVERIFY(conflicts.contains(m_theirs.uid) && conflicts.contains(m_both.uid));
        QCOMPARE(repos.meetings().byUid(m_both.uid)->title.en, original);
    }

    void unrelatedDatabaseKeepsOneRecordPerParty()
    {
        // A database with the same RCM profile loaded separately: other uids throughout.
        // Parties, working groups and funds are matched by their codes, not duplicated.
        const QString target = path(QStringLiteral("unrelated.sqlite"));
        auto db = test::rcmDatabase(target);
        QVERIFY(db);
        Repositories repos(*db);
        const int parties = repos.parties().count();
        const int groups = repos.workingGroups().count();
        const int meetings = repos.meetings().count();
        const int presidencies = repos.presidencies().count();
        HandoverImport import;
        QVERIFY(import.verify(m_package));
        const auto report = import.merge(*db);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(repos.parties().count(), parties);
        QCOMPARE(repos.workingGroups().count(), groups);
        QCOMPARE(repos.meetings().count(), 2 * meetings);
        QVERIFY(db->integrityProblems().isEmpty());
        int current = 0;
        const qint64 conference = repos.conference()->id;
        for (const Presidency &p : repos.presidencies().all())
            current += p.status == PresidencyStatus::Current && p.conferenceId == conference ? 1 : 0;
        QCOMPARE(repos.presidencies().count(), presidencies);
        QCOMPARE(current, 1);
        QCOMPARE(repos.parties().byId(repos.currentPresidency()->partyId)->code, QStringLiteral("SV"));
        QVERIFY(report->merge.conflicts.isEmpty());
    }

    void killedImportLeavesTheStateBeforeOrAfter()
    {
        // SIGKILL at random points of a merge and of a --new import: each time the database
        // passes integrity_check and holds exactly the state before or after the import.
        const QString package = m_second;
        const QString reference = path(QStringLiteral("kill-reference.sqlite"));
        QVERIFY(QFile::copy(m_targetPath, reference));
        const Contents before = contents(reference);
        QElapsedTimer timer;
        timer.start();
        const test::ProgramRun full = program({package, QStringLiteral("--db"), reference, QStringLiteral("--merge")});
        const int duration = int(timer.elapsed());
        QVERIFY2(full.exitCode == 0, qPrintable(full.errText()));
        const Contents after = contents(reference);
        QVERIFY(before != after);
        const QString newReference = path(QStringLiteral("kill-new-reference.sqlite"));
        QCOMPARE(program({package, QStringLiteral("--db"), newReference, QStringLiteral("--new")}).exitCode, 0);
        const Contents created = contents(newReference);

        int killed = 0, untouched = 0, landed = 0;
        for (int i = 0; i < 30; ++i) {
            const bool asNew = i % 3 == 2;
            const QString target = path(QStringLiteral("kill-%1.sqlite").arg(i));
            if (!asNew)
                QVERIFY(QFile::copy(m_targetPath, target));
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("share")));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PD_PROGRAM),
                          {QStringLiteral("handover"), QStringLiteral("import"), package, QStringLiteral("--db"),
                           target, asNew ? QStringLiteral("--new") : QStringLiteral("--merge")});
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(int(QRandomGenerator::global()->bounded(duration + 20)))) {
                process.kill(); // SIGKILL
                ++killed;
            }
            process.waitForFinished();
            if (asNew && !QFile::exists(target))
                continue; // killed before the rename: nothing at all
            QVERIFY2(integrityOk(target), qPrintable(target));
            const Contents state = contents(target);
            QVERIFY2(asNew ? state == created : (state == before || state == after), qPrintable(target));
            (state == before ? untouched : landed) += 1;
        }
        qInfo("%d of 30 imports killed (a full merge takes %d ms); %d left the state before, %d after", killed,
              duration, untouched, landed);
        QVERIFY2(killed >= 10, qPrintable(QString::number(killed)));
    }

    void refusedPackage_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("message");
        const auto add = [this](const char *name, Entries entries, const char *message) {
            QTest::newRow(name) << writePackage(QString::fromLatin1(name), entries) << QString::fromUtf8(message);
        };
        const QString calendar = QStringLiteral("calendar.ics");
        const auto with = [this](const ZipEntry &extra) {
            Entries e = m_entries;
            e.append(extra);
            return e;
        };
        add("absolute path", with({QStringLiteral("/tmp/evil.csv"), "x"}), "\"/tmp/evil.csv\": the path is absolute");
        add("dot-dot", with({QStringLiteral("attachments/../meetings.csv"), "x"}), "has a \"..\" component");
        add("backslash", with({QStringLiteral("attachments\\evil.csv"), "x"}), "holds a backslash");
        add("drive letter", with({QStringLiteral("C:evil.csv"), "x"}), "starts with a drive letter");
        add("control character", with({QStringLiteral("meet\x01ings.csv"), "x"}),
            "\"meet\\x01ings.csv\": the name holds a control character");
        add("not allowed", with({QStringLiteral("evil.sh"), "x"}), "\"evil.sh\": not a file a handover package holds");
        add("duplicate", with({QStringLiteral("MEETINGS.csv"), "x"}), "\"MEETINGS.csv\": the name occurs twice");
        Entries entries = m_entries;
        for (ZipEntry &e : entries) {
            if (e.name == calendar)
                e.externalAttr = SymbolicLink;
        }
        add("symbolic link", entries, "\"calendar.ics\": a symbolic link");
        entries = m_entries;
        for (ZipEntry &e : entries) {
            if (e.name == calendar)
                e.encrypted = true;
        }
        add("encrypted", entries, "\"calendar.ics\": encrypted");
        entries = m_entries;
        entries.append({QStringLiteral("briefing.pdf"), QByteArray(64 << 20, '\0')});
        resign(entries);
        add("zip bomb", entries, "\"briefing.pdf\": inflates more than 100 times");
        Entries many;
        for (int i = 0; i <= 20000; ++i)
            many.append({QStringLiteral("attachments/%1/1-%2.txt").arg(m_documentUid).arg(i), {}});
        add("too many entries", many, "the package has 20001 entries; at most 20000");

        entries = m_entries;
        removeEntry(entries, QStringLiteral("manifest.json"));
        add("no manifest", entries, "the package has no manifest.json");
        entries = m_entries;
        dataOf(entries, QStringLiteral("manifest.json")) = "{\"format\": ";
        add("manifest not json", entries, "manifest.json is not valid JSON");
        entries = m_entries;
        resign(entries, [](QJsonObject &m) { m.insert(QStringLiteral("format_version"), 99); });
        add("unknown format version", entries, "manifest.json has format version 99");
        entries = m_entries;
        resign(entries, [](QJsonObject &m) {
            QJsonArray files = m.value(QStringLiteral("files")).toArray();
            QJsonObject first = files.at(0).toObject();
            first.insert(QStringLiteral("size"), QStringLiteral("large"));
            files.replace(0, first);
            m.insert(QStringLiteral("files"), files);
        });
        add("mistyped field", entries, "\"files[0].size\" must be a whole number");
        entries = m_entries;
        resign(entries, [](QJsonObject &m) { m.insert(QStringLiteral("created_at"), 20220101); });
        add("mistyped date", entries, "\"created_at\" must be a text");
        entries = m_entries;
        dataOf(entries, calendar).append("X");
        add("size differs", entries, "\"calendar.ics\": ");
        entries = m_entries;
        dataOf(entries, calendar)[0] = 'b';
        add("checksum differs", entries, "\"calendar.ics\": its SHA-256 differs from manifest.json's");
        entries = m_entries;
        resign(entries, [](QJsonObject &m) {
            QJsonArray files = m.value(QStringLiteral("files")).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (files.at(i).toObject().value(QStringLiteral("name")).toString() == QLatin1String("calendar.ics"))
                    files.removeAt(i);
            }
            m.insert(QStringLiteral("files"), files);
        });
        add("not in the manifest", entries, "\"calendar.ics\": not listed in manifest.json");
        entries = m_entries;
        removeEntry(entries, calendar);
        add("missing from the package", entries,
            "manifest.json lists \"calendar.ics\", which the package does not hold");
        entries = m_entries;
        resign(entries,
               [](QJsonObject &m) { m.insert(QStringLiteral("schema_version"), Database::latestSchemaVersion() + 1); });
        add("newer schema", entries, "this program knows up to");
        entries = m_entries;
        resign(entries,
               [](QJsonObject &m) { m.insert(QStringLiteral("schema_version"), Database::latestSchemaVersion() - 1); });
        add("schema differs from the manifest", entries, "but manifest.json says");
        entries = m_entries;
        dataOf(entries, QStringLiteral("database.sqlite")) = QByteArray(8192, 'x');
        resign(entries);
        add("snapshot not sqlite", entries, "database.sqlite is not a SQLite database");
        entries = m_entries;
        QByteArray foreign = dataOf(entries, QStringLiteral("database.sqlite"));
        foreign.replace(68, 4, QByteArray(4, '\0')); // the header's application_id
        dataOf(entries, QStringLiteral("database.sqlite")) = foreign;
        resign(entries);
        add("foreign application", entries, "database.sqlite is not a Presidency Desk database");
        entries = m_entries;
        QByteArray corrupt = dataOf(entries, QStringLiteral("database.sqlite"));
        const int pageSize = (quint8(corrupt.at(16)) << 8) | quint8(corrupt.at(17));
        for (int i = 0; i < 64; ++i)
            corrupt[3 * pageSize + 8 + i] = char(0xff); // cell pointers of page 4
        dataOf(entries, QStringLiteral("database.sqlite")) = corrupt;
        resign(entries);
        add("snapshot corrupt", entries, "database.sqlite fails the integrity check");
        entries = m_entries;
        const QString attachment =
            HandoverExport::attachmentEntryName(m_documentUid, 1, QStringLiteral("Guía, versión final.txt"));
        QVERIFY(!dataOf(entries, attachment).isEmpty());
        dataOf(entries, attachment) = "falsified";
        resign(entries);
        add("attachment differs from the snapshot", entries, "differs from its attachment in database.sqlite");
    }

    void refusedPackage()
    {
        QFETCH(QString, package);
        QFETCH(QString, message);
        const QByteArray before = test::sha256Of(m_targetPath);
        const QStringList files = filesIn(m_dir.path());
        QTemporaryDir tmp;
        const test::ProgramRun run =
            program({package, QStringLiteral("--db"), m_targetPath, QStringLiteral("--merge")}, tmp.path());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        qInfo().noquote() << run.errText().trimmed();
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QStringLiteral(" refused: ")));
        QCOMPARE(test::sha256Of(m_targetPath), before);
        QCOMPARE(filesIn(m_dir.path()), files);
        QCOMPARE(filesIn(tmp.path()), QStringList()); // the staging folder went with the program

        // The same refusal in-process, the staging folder removed with the importer.
        QString staging;
        {
            HandoverImport import;
            const Status s = import.verify(package);
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
            staging = import.stagingPath();
        }
        QVERIFY(!staging.isEmpty() && !QDir(staging).exists());
    }
};

QTEST_GUILESS_MAIN(TestHandoverImport)
#include "tst_handoverimport.moc"
