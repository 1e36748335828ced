// Benchmarks of the printed reports: a 60-item agenda sheet to PDF (target under
// 300 ms) and a year's calendar sheet of the large generated database to PDF (target
// under 2 s), each built from the repositories and written whole.
// PD_BENCH_SCALE=0.01 makes the small database CTest uses as a smoke run; PD_BENCH_OUTPUT=DIR
// keeps the calendar sheets there.

#include "LargeDatabase.h"
#include "TestSupport.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace pd;

class BenchReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_agendaDb;
    QString m_meetingUid;
    std::unique_ptr<Database> m_large;

    // The process's CPU time in milliseconds: the machine is shared, so wall time says little.
    static double cpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    static double scale()
    {
        bool ok = false;
        const double s = qEnvironmentVariable("PD_BENCH_SCALE").toDouble(&ok);
        return ok && s > 0 ? s : 1.0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_agendaDb = test::rcmDatabase(m_dir.filePath(QStringLiteral("agenda.sqlite")));
        QVERIFY(m_agendaDb);
        Repositories repos(*m_agendaDb);
        std::optional<Meeting> meeting = repos.meetings().all().first();
        const QList<Party> members = repos.parties().members();
        const QList<Document> documents = repos.documents().all();
        for (int i = 0; i < 60; ++i) {
            AgendaItem item;
            item.title.en = QStringLiteral("Item %1: report of the Working Group on Border Management on the "
                                           "technical exchange on migrant smuggling")
                                .arg(i + 1);
            item.title.es = QStringLiteral("Punto %1: informe del Grupo de Trabajo sobre Gestión de Fronteras acerca "
                                           "del intercambio técnico sobre tráfico ilícito de migrantes")
                                .arg(i + 1);
            item.presenterId = members.at(i % members.size()).id;
            item.startTime = QTime(8, 0).addSecs(10 * 60 * i);
            item.durationMinutes = 10;
            item.documentId = documents.at(i % documents.size()).id;
            meeting->agenda.append(item);
        }
        QVERIFY(repos.meetings().update(*meeting));
        m_meetingUid = meeting->uid;

        const QString path = bench::largeDatabasePath(scale());
        QVERIFY(!path.isEmpty());
        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto db = Database::open(path, options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_large = std::move(*db);
    }

    void agendaToPdf_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("both") << QStringLiteral("both");
    }

    void agendaToPdf()
    {
        QFETCH(QString, lang);
        Repositories repos(*m_agendaDb);
        ReportOptions options;
        options.languages = *reportLanguagesFromCode(lang);
        const QString out = m_dir.filePath(QStringLiteral("agenda.pdf"));
        QBENCHMARK
        {
            auto report = reports::agendaSheet(repos, m_meetingUid, options);
            QVERIFY(report);
            QVERIFY(reportwriter::writePdf(*report, out));
        }
    }

    void yearCalendarToPdf_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("both") << QStringLiteral("both");
    }

    void yearCalendarToPdf()
    {
        QFETCH(QString, lang);
        Repositories repos(*m_large);
        ReportOptions options;
        options.languages = *reportLanguagesFromCode(lang);
        // PD_BENCH_OUTPUT=DIR keeps the sheet there (calendar-LANG.pdf), to look at.
        const QString keep = qEnvironmentVariable("PD_BENCH_OUTPUT");
        const QString out = keep.isEmpty() ? m_dir.filePath(QStringLiteral("calendar.pdf"))
                                           : QDir(keep).filePath(QStringLiteral("calendar-%1.pdf").arg(lang));
        {
            // Where the time goes, once: reading and building, then layout and PDF.
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            auto report = reports::calendarSheet(repos, QDate(2021, 1, 1), QDate(2021, 12, 31), options);
            QVERIFY(report);
            const qint64 built = timer.restart();
            const double cpuBuilt = cpuMs();
            QVERIFY(reportwriter::writePdf(*report, out));
            const double cpuEnd = cpuMs();
            qInfo("calendar of 2021: %d parts, %lld bytes of PDF; built in %lld ms (CPU %.0f ms), written in %lld ms "
                  "(CPU %.0f ms); CPU %.0f ms in all",
                  int(report->parts.size()), qlonglong(QFileInfo(out).size()), built, cpuBuilt - cpuStart,
                  timer.elapsed(), cpuEnd - cpuBuilt, cpuEnd - cpuStart);
        }
        int runs = 0;
        const double cpuStart = cpuMs();
        QBENCHMARK
        {
            auto report = reports::calendarSheet(repos, QDate(2021, 1, 1), QDate(2021, 12, 31), options);
            QVERIFY(report);
            QVERIFY(reportwriter::writePdf(*report, out));
            ++runs;
        }
        qInfo("calendar of 2021: CPU %.0f ms per run over %d runs", (cpuMs() - cpuStart) / runs, runs);
    }
};

QTEST_MAIN(BenchReports)
#include "bench_reports.moc"
