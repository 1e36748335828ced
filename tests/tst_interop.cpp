// The handover package read by tools that are not ours: calendar.ics parsed by
// python3-icalendar (Debian) and by ical.js (npm, installed by tests/run-tests.sh through
// tests/interop/install-icaljs.sh) gives the same events as the database: count, UIDs,
// start times (in UTC for zoned times, through the VTIMEZONEs) and summaries, accents
// intact; the zip passes `unzip -t`; the snapshot passes the sqlite3 shell's
// integrity_check. A missing tool or a missing ical.js is a failure, never a skip.

#include "HandoverPackages.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "exchange/CalendarExport.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;

namespace {

struct Tool
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool t;
    t.finished = process.waitForFinished(120000);
    t.exitCode = process.exitCode();
    t.out = process.readAllStandardOutput();
    t.err = process.readAllStandardError();
    return t;
}

QString startOf(const IcsEvent &e)
{
    if (!e.startTime.isValid())
        return e.startDate.toString(Qt::ISODate);
    const QTimeZone zone(e.timeZone.toUtf8());
    if (e.timeZone.isEmpty() || !zone.isValid())
        return QDateTime(e.startDate, e.startTime).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return QDateTime(e.startDate, e.startTime, zone).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// What both parsers should print: the events of the database, sorted by uid.
QJsonArray expectedEvents(const QString &db)
{
    auto opened = Database::open(db);
    if (!opened)
        return {};
    Repositories repos(**opened);
    QList<IcsEvent> events = CalendarExport::events(repos);
    std::sort(events.begin(), events.end(), [](const IcsEvent &a, const IcsEvent &b) { return a.uid < b.uid; });
    QJsonArray result;
    for (const IcsEvent &e : std::as_const(events))
        result.append(QJsonObject{{QStringLiteral("uid"), e.uid},
                                  {QStringLiteral("start"), startOf(e)},
                                  {QStringLiteral("summary"), e.summary}});
    return result;
}

QString python()
{
    // Debian's interpreter: python3-icalendar is installed for it, not for a pyenv one.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_package;
    QString m_db;
    QJsonArray m_expected;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::ProgramRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return test::runProgram(QStringLiteral(PD_PROGRAM), arguments, env, m_dir.path());
    }
    QString extract(const QString &entry) const
    {
        test::Entries entries = test::readZip(m_package);
        QFile file(path(entry));
        if (!file.open(QIODevice::WriteOnly) || file.write(test::dataOf(entries, entry)) <= 0)
            return {};
        return file.fileName();
    }
    void compareParsed(const Tool &tool, const QString &name)
    {
        QVERIFY2(tool.finished, qPrintable(name + QStringLiteral(" did not finish")));
        QVERIFY2(tool.exitCode == 0, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(tool.err)));
        QJsonParseError error;
        const QJsonArray parsed = QJsonDocument::fromJson(tool.out, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(name + QStringLiteral(": ") + error.errorString()));
        QCOMPARE(parsed.size(), m_expected.size());
        for (qsizetype i = 0; i < parsed.size(); ++i)
            QCOMPARE(parsed.at(i).toObject(), m_expected.at(i).toObject());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("rcm.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), m_db}).exitCode, 0);
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            Repositories repos(**db);
            Meeting zoned;
            zoned.kind = MeetingKind::Other;
            zoned.title.en = QStringLiteral("Reunión técnica de coordinación, São Paulo y Panamá");
            zoned.startDate = QDate(2022, 7, 12); // daylight time in Berlin, none in Mexico City
            zoned.startTime = QTime(9, 30);
            zoned.endTime = QTime(11, 0);
            zoned.timeZone = QStringLiteral("America/Mexico_City");
            QVERIFY(repos.meetings().add(zoned));
            Meeting berlin = zoned;
            berlin.id = 0;
            berlin.uid.clear();
            berlin.title.en = QStringLiteral("Videoconferencia con la OIM, Berlín");
            berlin.timeZone = QStringLiteral("Europe/Berlin");
            QVERIFY(repos.meetings().add(berlin));
            Meeting floating = zoned;
            floating.id = 0;
            floating.uid.clear();
            floating.title.en = QStringLiteral("Llamada sin huso horario");
            floating.timeZone.clear();
            QVERIFY(repos.meetings().add(floating));
            Activity activity;
            activity.title.en = QStringLiteral("Publicación del informe anual (versión en español)");
            activity.targetStart = QDate(2022, 9, 1);
            activity.targetEnd = QDate(2022, 9, 30);
            QVERIFY(repos.activities().add(activity));
        }
        m_package = path(QStringLiteral("package.zip"));
        const test::ProgramRun exported =
            run({QStringLiteral("handover"), QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("SV"),
                 QStringLiteral("-o"), m_package, QStringLiteral("--db"), m_db});
        QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.errText()));
        m_expected = expectedEvents(m_db);
        QVERIFY(m_expected.size() >= 5);
        bool accents = false;
        for (const QJsonValue &e : std::as_const(m_expected))
            accents = accents || e.toObject().value(QStringLiteral("summary")).toString().contains(QStringLiteral("ó"));
        QVERIFY(accents);
    }

    void zipPassesUnzipTest()
    {
        const Tool unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), m_package});
        QVERIFY2(unzip.finished && unzip.exitCode == 0, unzip.out.constData());
        QVERIFY(unzip.out.contains("No errors detected"));
    }

    void snapshotPassesIntegrityCheck()
    {
        const QString snapshot = extract(QStringLiteral("database.sqlite"));
        QVERIFY(!snapshot.isEmpty());
        const Tool sqlite = runTool(QStringLiteral("sqlite3"), {snapshot, QStringLiteral("PRAGMA integrity_check")});
        QVERIFY2(sqlite.finished && sqlite.exitCode == 0, sqlite.err.constData());
        QCOMPARE(sqlite.out.trimmed(), QByteArray("ok"));
    }

    void pythonIcalendarReadsTheCalendar()
    {
        const QString ics = extract(QStringLiteral("calendar.ics"));
        QVERIFY(!ics.isEmpty());
        compareParsed(runTool(python(), {QStringLiteral(PD_INTEROP_DIR "/parse_ics.py"), ics}),
                      QStringLiteral("python3-icalendar"));
    }

    void icalJsReadsTheCalendar()
    {
        const QString modules = QStringLiteral(PD_ICALJS_DIR "/node_modules/ical.js");
        if (!QFileInfo::exists(modules))
            QFAIL(qPrintable(QStringLiteral("ical.js is not installed in %1: tests/run-tests.sh installs it with "
                                            "tests/interop/install-icaljs.sh %2 (the npm registry must be reachable)")
                                 .arg(modules, QStringLiteral(PD_ICALJS_DIR))));
        const QString ics = extract(QStringLiteral("calendar.ics"));
        QVERIFY(!ics.isEmpty());
        compareParsed(runTool(QStringLiteral("node"),
                              {QStringLiteral(PD_INTEROP_DIR "/parse_ics.js"), QStringLiteral(PD_ICALJS_DIR), ics}),
                      QStringLiteral("ical.js"));
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
