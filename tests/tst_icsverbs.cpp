// `presidency-desk export ics` and `import ics`, run for real over fixtures in the styles
// of Thunderbird, Google Calendar and Outlook (folded lines, a fold inside a character,
// escaped commas, accents, TZID times with and without VTIMEZONE, a Windows zone name,
// UTC times with X-WR-TIMEZONE, all-day DATE values): meetings by UID, SEQUENCE
// respected, our own calendar read back is a no-op and a round trip into an empty
// database keeps every meeting; bad files are refused with one line, a non-zero exit and
// the database byte-identical; in process, one import is one undo step.

#include "ProgramRun.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "exchange/IcsImport.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString icsFixture(const QString &name)
{
    return test::fixture(QStringLiteral("ics/") + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "Imported X: 3 added, 0 updated, ..." as numbers: added, updated, unchanged, kept, activities.
QList<int> counts(const QString &out)
{
    static const QRegularExpression numbers(QStringLiteral(
        R"((\d+) added, (\d+) updated, (\d+) unchanged, (\d+) kept \(older SEQUENCE\), (\d+) activity events)"));
    const QRegularExpressionMatch m = numbers.match(out);
    QList<int> result;
    for (int i = 1; m.hasMatch() && i <= 5; ++i)
        result.append(m.captured(i).toInt());
    return result;
}

} // namespace

class TestIcsVerbs : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    test::ProgramRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return test::runProgram(QStringLiteral(PD_PROGRAM), arguments, env, m_dir->path());
    }
    QString makeDatabase(const QString &name, bool empty) const
    {
        const QString db = path(name);
        QStringList args{QStringLiteral("init"), QStringLiteral("--db"), db};
        if (empty)
            args.append(QStringLiteral("--empty"));
        return run(args).exitCode == 0 ? db : QString();
    }
    test::ProgramRun importIcs(const QString &file, const QString &db) const
    {
        return run({QStringLiteral("import"), QStringLiteral("ics"), file, QStringLiteral("--db"), db});
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }
    static std::optional<Meeting> meeting(const QString &db, const QString &uid)
    {
        auto opened = Database::open(db);
        if (!opened)
            return std::nullopt;
        Repositories repos(**opened);
        return repos.meetings().byUid(uid);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void thunderbirdExport()
    {
        const QString db = makeDatabase(QStringLiteral("tb.sqlite"), true);
        const auto r = importIcs(icsFixture(QStringLiteral("thunderbird.ics")), db);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(counts(r.outText()), (QList<int>{3, 0, 0, 0, 0}));

        const auto timed = meeting(db, QStringLiteral("5a8e2c1e-tb01-4c3e-9d1a-3f2e1b0c9d01"));
        QVERIFY(timed);
        QCOMPARE(timed->title.en,
                 QStringLiteral("Reunión preparatoria, grupo de trabajo sobre protección de la niñez migrante"));
        QCOMPARE(timed->venueCity, QStringLiteral("Ciudad de México, MX"));
        QVERIFY(
            timed->description.en.endsWith(QStringLiteral("\nSegunda línea con acentos: árbol, canción, pingüino.")));
        QVERIFY(timed->description.en.contains(QStringLiteral("Pro-Témpore; acuerdos")));
        QCOMPARE(timed->startDate, QDate(2021, 12, 1));
        QCOMPARE(timed->endDate, QDate(2021, 12, 1));
        QCOMPARE(timed->startTime, QTime(9, 0));
        QCOMPARE(timed->endTime, QTime(10, 30));
        QCOMPARE(timed->timeZone, QStringLiteral("America/Mexico_City"));
        QCOMPARE(timed->status, MeetingStatus::Confirmed);
        QCOMPARE(timed->sequence, 1);

        const auto allDay = meeting(db, QStringLiteral("5a8e2c1e-tb02-4c3e-9d1a-3f2e1b0c9d02"));
        QVERIFY(allDay);
        QVERIFY(allDay->isAllDay());
        QCOMPARE(allDay->startDate, QDate(2021, 12, 6));
        QCOMPARE(allDay->endDate, QDate(2021, 12, 7)); // DTEND of a DATE is exclusive

        const auto berlin = meeting(db, QStringLiteral("5a8e2c1e-tb03-4c3e-9d1a-3f2e1b0c9d03"));
        QVERIFY(berlin);
        QCOMPARE(berlin->title.en, QStringLiteral("Videoconferencia con la OIM, Berlín"));
        QCOMPARE(berlin->startTime, QTime(15, 0));
        QCOMPARE(berlin->timeZone, QStringLiteral("Europe/Berlin"));
    }

    void googleExport()
    {
        const QString db = makeDatabase(QStringLiteral("google.sqlite"), true);
        const auto r = importIcs(icsFixture(QStringLiteral("google.ics")), db);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(counts(r.outText()), (QList<int>{3, 0, 0, 0, 0}));

        // UTC times shown in the calendar's X-WR-TIMEZONE (UTC-6); a fold inside "ó".
        const auto utc = meeting(db, QStringLiteral("0g1o2o3g4l5e6a7b8c9d@google.com"));
        QVERIFY(utc);
        QCOMPARE(utc->title.en, QStringLiteral("Reunión Viceministerial de la Conferencia Regional sobre Migración"));
        QVERIFY(utc->description.en.contains(QStringLiteral("México, Guatemala, Panamá.")));
        QCOMPARE(utc->venueCity, QStringLiteral("San Salvador, El Salvador"));
        QCOMPARE(utc->timeZone, QStringLiteral("America/El_Salvador"));
        QCOMPARE(utc->startTime, QTime(9, 0));
        QCOMPARE(utc->endTime, QTime(11, 0));

        const auto allDay = meeting(db, QStringLiteral("1h2i3j4k5l6m7n8o9p0q@google.com"));
        QVERIFY(allDay && allDay->isAllDay());
        QCOMPARE(allDay->startDate, QDate(2021, 12, 15));
        QCOMPARE(allDay->endDate, QDate(2021, 12, 15));
        QCOMPARE(allDay->sequence, 2);
        QCOMPARE(allDay->status, MeetingStatus::Planned);

        // A TZID with no VTIMEZONE in the file: libical's own definition of the zone.
        const auto mexico = meeting(db, QStringLiteral("2r3s4t5u6v7w8x9y0z1a@google.com"));
        QVERIFY(mexico);
        QCOMPARE(mexico->timeZone, QStringLiteral("America/Mexico_City"));
        QCOMPARE(mexico->startTime, QTime(10, 0));
        QCOMPARE(mexico->endTime, QTime(12, 0));
    }

    void outlookWindowsZone()
    {
        const QString db = makeDatabase(QStringLiteral("outlook.sqlite"), true);
        const auto r = importIcs(icsFixture(QStringLiteral("outlook.ics")), db);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.errText()));
        const auto m = meeting(
            db, QStringLiteral("040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000"));
        QVERIFY(m);
        QCOMPARE(m->title.en, QStringLiteral("Consulta técnica, retorno asistido"));
        QCOMPARE(m->timeZone, QStringLiteral("America/Guatemala"));
        QCOMPARE(m->startDate, QDate(2021, 12, 20));
        QCOMPARE(m->startTime, QTime(8, 0));
        QCOMPARE(m->endTime, QTime(10, 0));
    }

    void sequenceDecides()
    {
        const QString db = makeDatabase(QStringLiteral("seq.sqlite"), true);
        const QString google = icsFixture(QStringLiteral("google.ics"));
        QVERIFY(importIcs(google, db).exitCode == 0);
        const auto again = importIcs(google, db);
        QCOMPARE(counts(again.outText()), (QList<int>{0, 0, 3, 0, 0}));

        // The all-day event is at SEQUENCE 2: an older copy does not overwrite it.
        QByteArray text = readAll(google);
        text.replace("SUMMARY:Día Internacional del Migrante (preparación)", "SUMMARY:Cambiado");
        QVERIFY(text.contains("SEQUENCE:2"));
        const QString older =
            writeFile(QStringLiteral("older.ics"), QByteArray(text).replace("SEQUENCE:2", "SEQUENCE:1"));
        const auto r1 = importIcs(older, db);
        QCOMPARE(counts(r1.outText()), (QList<int>{0, 0, 2, 1, 0}));
        QCOMPARE(meeting(db, QStringLiteral("1h2i3j4k5l6m7n8o9p0q@google.com"))->title.en,
                 QStringLiteral("Día Internacional del Migrante (preparación)"));
        // The same SEQUENCE or a higher one does.
        const auto r2 =
            importIcs(writeFile(QStringLiteral("newer.ics"), QByteArray(text).replace("SEQUENCE:2", "SEQUENCE:3")), db);
        QCOMPARE(counts(r2.outText()), (QList<int>{0, 1, 2, 0, 0}));
        const auto changed = meeting(db, QStringLiteral("1h2i3j4k5l6m7n8o9p0q@google.com"));
        QCOMPARE(changed->title.en, QStringLiteral("Cambiado"));
        QCOMPARE(changed->sequence, 3);
    }

    void roundTripOfOurOwnCalendar()
    {
        const QString db = makeDatabase(QStringLiteral("rcm.sqlite"), false);
        QVERIFY(!db.isEmpty());
        {
            auto opened = Database::open(db);
            QVERIFY(opened);
            Repositories repos(**opened);
            Meeting m;
            m.kind = MeetingKind::Other;
            m.title = {QStringLiteral("Coordination call"), QStringLiteral("Llamada de coordinación")};
            m.startDate = QDate(2022, 3, 15);
            m.endDate = m.startDate;
            m.startTime = QTime(9, 30);
            m.endTime = QTime(11, 0);
            m.timeZone = QStringLiteral("America/Mexico_City");
            m.venueCity = QStringLiteral("Ciudad de México");
            m.sequence = 4;
            QVERIFY(repos.meetings().add(m));
            Activity a;
            a.title = {QStringLiteral("Regional workshop"), QStringLiteral("Taller regional")};
            a.targetStart = QDate(2022, 4, 4);
            a.targetEnd = QDate(2022, 4, 6);
            QVERIFY(repos.activities().add(a));
        }
        const QString ics = path(QStringLiteral("calendar.ics"));
        const auto exported = run(
            {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("-o"), ics, QStringLiteral("--db"), db});
        QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.errText()));
        const QByteArray text = readAll(ics);
        QVERIFY(text.contains("BEGIN:VTIMEZONE\r\nTZID:America/Mexico_City\r\n"));
        QVERIFY(text.contains("DTSTART;TZID=America/Mexico_City:20220315T093000"));

        // Read back into the same database: nothing changes.
        const auto same = importIcs(ics, db);
        QVERIFY2(same.exitCode == 0, qPrintable(same.errText()));
        const QList<int> c = counts(same.outText());
        QCOMPARE(c.value(0), 0);
        QCOMPARE(c.value(1), 0);
        QVERIFY(c.value(2) > 1);
        QCOMPARE(c.value(4), 1); // the activity's event is left alone

        // Into an empty database: every scheduled meeting, by uid, with its schedule.
        const QString empty = makeDatabase(QStringLiteral("empty.sqlite"), true);
        const auto fresh = importIcs(ics, empty);
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.errText()));
        auto source = Database::open(db);
        auto target = Database::open(empty);
        QVERIFY(source && target);
        Repositories from(**source);
        Repositories to(**target);
        int compared = 0;
        for (const Meeting &m : from.meetings().all()) {
            if (!m.isScheduled())
                continue;
            const auto copy = to.meetings().byUid(m.uid);
            QVERIFY2(copy, qPrintable(m.uid));
            QCOMPARE(copy->title.en, m.title.text(Language::English));
            QCOMPARE(copy->startDate, m.startDate);
            QCOMPARE(copy->endDate, m.endDate.isValid() ? m.endDate : m.startDate);
            QCOMPARE(copy->startTime, m.startTime);
            QCOMPARE(copy->endTime, m.endTime);
            QCOMPARE(copy->timeZone, m.isAllDay() ? QString() : m.timeZone);
            QCOMPARE(copy->venueCity, m.venueCity);
            QCOMPARE(copy->sequence, m.sequence);
            ++compared;
        }
        QCOMPARE(compared, c.value(2));
        // Where no activity has its uid, the activity's event is a meeting like any other.
        QCOMPARE(counts(fresh.outText()).value(0), compared + 1);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not iCalendar") << QByteArray("Subject: minutes\r\n\r\nNot a calendar.\r\n");
        QTest::newRow("binary") << QByteArray("BEGIN:VCALENDAR\r\n\0\0\0", 18);
        QTest::newRow("Latin-1") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Reuni\xf3n\r\n"
                                               "DTSTART:20211201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QTest::newRow("no UID") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\n"
                                              "DTSTART:20211201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QTest::newRow("no DTSTART") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                                                  "SUMMARY:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QTest::newRow("bad DTSTART") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                                                   "DTSTART:2021-12-xx\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QTest::newRow("empty") << QByteArray();
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, content);
        const QString db = makeDatabase(QStringLiteral("rcm.sqlite"), false);
        // One good event first: a file is refused whole, not up to its bad part.
        QByteArray bytes = content;
        bytes.replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20211201T100000Z\r\nEND:VEVENT\r\n"
                                      "BEGIN:VEVENT");
        const QString file = writeFile(QStringLiteral("bad.ics"), bytes);
        const QByteArray before = test::sha256Of(db);
        const auto r = importIcs(file, db);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("bad.ics")), qPrintable(r.errText()));
        QCOMPARE(test::sha256Of(db), before);
        QVERIFY(!meeting(db, QStringLiteral("good")));
    }

    void missingFileAndUsage()
    {
        const QString db = makeDatabase(QStringLiteral("rcm.sqlite"), false);
        const QByteArray before = test::sha256Of(db);
        const auto missing = importIcs(path(QStringLiteral("none.ics")), db);
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.errLines().size(), 1);
        const auto folder = importIcs(m_dir->path(), db);
        QCOMPARE(folder.exitCode, 1);
        QCOMPARE(test::sha256Of(db), before);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("ics"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--db"), db}).exitCode, 2);
        // `import` dispatches on its second word: conclusions still reach their own verb.
        const auto conclusions = run({QStringLiteral("import"), QStringLiteral("conclusions"),
                                      path(QStringLiteral("none.txt")), QStringLiteral("--db"), db});
        QCOMPARE(conclusions.exitCode, 1);
        QVERIFY(conclusions.errText().contains(QStringLiteral("none.txt")));
        const auto help = run({QStringLiteral("--help")});
        QVERIFY(help.outText().contains(QStringLiteral("export ics -o FILE.ics")));
        QVERIFY(help.outText().contains(QStringLiteral("import ics FILE.ics")));
        QVERIFY(help.outText().contains(QStringLiteral("import conclusions")));
    }

    void oneImportIsOneUndoStep()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        Editor editor(repos);
        const auto calendar = IcsReader::readFile(icsFixture(QStringLiteral("thunderbird.ics")));
        QVERIFY(calendar);
        IcsImportSummary summary;
        QVERIFY(editor.importCalendar(*calendar, QStringLiteral("thunderbird.ics"), &summary));
        QCOMPARE(summary.added, 3);
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->text(0), QStringLiteral("Import calendar thunderbird.ics"));
        QCOMPARE(repos.meetings().all().size(), 3);
        editor.undoStack()->undo();
        QCOMPARE(repos.meetings().all().size(), 0);
        editor.undoStack()->redo();
        QCOMPARE(repos.meetings().all().size(), 3);
        // The same file again changes nothing and pushes nothing.
        QVERIFY(editor.importCalendar(*calendar, QStringLiteral("thunderbird.ics"), &summary));
        QCOMPARE(summary.unchanged, 3);
        QCOMPARE(editor.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIcsVerbs)
#include "tst_icsverbs.moc"
