// The report engine in process (core/reports): each report builds from the RCM data in
// each language, the bilingual labels and dates come out in both languages, the writer
// refuses an unknown format and leaves the old file when it cannot write, and the
// agenda's pages never split an item. (tst_printreports checks the PDFs of the real
// program with poppler-utils.)
// PD_REPORTS_OUT=DIR keeps the PDFs written here, for looking at them.

#include "TestSupport.h"
#include "reports/ReportText.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/CalendarQueries.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_meetingUid;

    QString outDir() const
    {
        const QString keep = qEnvironmentVariable("PD_REPORTS_OUT");
        return keep.isEmpty() ? m_dir.path() : keep;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(m_db);
        Repositories repos(*m_db);
        std::optional<Meeting> meeting = repos.meetings().all().first();
        QVERIFY(meeting && meeting->isScheduled());
        QList<Document> documents = repos.documents().all();
        documents[3].code = QStringLiteral("RCM/ES/2022-01");
        QVERIFY(repos.documents().update(documents[3]));
        const QList<Party> members = repos.parties().members();
        const QList<std::pair<QString, QString>> titles{
            {QStringLiteral("Opening of the meeting and words of welcome by the Presidency Pro-Tempore"),
             QStringLiteral("Apertura de la reunión y palabras de bienvenida de la Presidencia Pro-Tempore")},
            {QStringLiteral("Adoption of the agenda"), QStringLiteral("Aprobación de la agenda")},
            {QStringLiteral("Report of the Working Group on Labour Migration on the Regional Framework of "
                            "Qualifications and the III Diploma Course on Labour Migration"),
             QStringLiteral("Informe del Grupo de Trabajo sobre Migración Laboral acerca del Marco Regional de "
                            "Cualificaciones y del III Diplomado sobre Migración Laboral")},
            {QStringLiteral("Report of the Working Group on Protection: reintegration, missing migrants and the "
                            "best interests of the child"),
             QStringLiteral("Informe del Grupo de Trabajo sobre Protección: reintegración, personas migrantes "
                            "desaparecidas e interés superior de la niñez")},
            {QStringLiteral("Presentation of the 2022 Budget of the Executive Secretariat"),
             QStringLiteral("Presentación del Presupuesto 2022 de la Secretaría Ejecutiva")},
            {QStringLiteral("Calendar of activities for 2022 and handover to the incoming Presidency"),
             QStringLiteral("Calendario de actividades 2022 y traspaso a la Presidencia entrante")},
            {QStringLiteral("Other business and closing"), QStringLiteral("Asuntos varios y clausura")}};
        QTime start(9, 0);
        for (int i = 0; i < 21; ++i) {
            AgendaItem item;
            item.title.en = titles.at(i % titles.size()).first;
            item.title.es = titles.at(i % titles.size()).second;
            item.presenterId = members.at((i * 5) % members.size()).id;
            item.startTime = start;
            item.durationMinutes = i % 3 == 2 ? 45 : 20;
            start = start.addSecs(item.durationMinutes * 60);
            item.documentId = i % 7 == 4 ? documents[3].id : 0;
            meeting->agenda.append(item);
        }
        QVERIFY(repos.meetings().update(*meeting));
        m_meetingUid = meeting->uid;
    }

    void everyReportBuildsAndWrites_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("lang");
        for (const char *kind : {"agenda", "calendar", "consultations", "decisions"}) {
            for (const char *lang : {"en", "es", "both"})
                QTest::addRow("%s-%s", kind, lang) << QString::fromLatin1(kind) << QString::fromLatin1(lang);
        }
    }

    void everyReportBuildsAndWrites()
    {
        QFETCH(QString, kind);
        QFETCH(QString, lang);
        Repositories repos(*m_db);
        ReportOptions options;
        options.languages = *reportLanguagesFromCode(lang);
        options.unscheduled = true;
        options.printedAt = QDateTime(QDate(2021, 12, 2), QTime(10, 0));
        Result<Report> report = Error{};
        if (kind == QLatin1String("agenda"))
            report = reports::agendaSheet(repos, m_meetingUid, options);
        else if (kind == QLatin1String("calendar"))
            report = reports::calendarSheet(repos, QDate(2021, 1, 1), QDate(2022, 12, 31), options);
        else if (kind == QLatin1String("consultations"))
            report = reports::consultationMatrix(repos, options);
        else
            report = reports::decisionRegister(repos, QString(), options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const QString body = report->wholeBody()->toPlainText();
        QVERIFY(!body.isEmpty());
        if (lang != QLatin1String("en"))
            QVERIFY2(body.contains(QStringLiteral("ó")) || body.contains(QStringLiteral("í")),
                     qPrintable(body.left(300)));
        if (lang == QLatin1String("both"))
            QVERIFY(report->printedOn.contains(QStringLiteral("2 December 2021")) &&
                    report->printedOn.contains(QStringLiteral("2 de diciembre de 2021")));
        const QString pdf = QDir(outDir()).filePath(kind + QLatin1Char('-') + lang + QStringLiteral(".pdf"));
        QVERIFY(reportwriter::write(*report, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString odt = QDir(outDir()).filePath(kind + QLatin1Char('-') + lang + QStringLiteral(".odt"));
        QVERIFY(reportwriter::write(*report, odt));
        QVERIFY(QFileInfo(odt).size() > 1000);
    }

    // The calendar sheet reads its lines with CalendarQueries (a dozen columns in one pass)
    // rather than whole aggregates: the same lines, in the same order, as the repositories'
    // finds it replaced, on the RCM data plus lines made to sit on the period's edges.
    void calendarQueriesReadWhatTheFindsRead()
    {
        Repositories repos(*m_db);
        const QDate from(2022, 3, 1);
        const QDate to(2022, 3, 31);
        const auto addActivity = [&repos](const QString &code, const QDate &start, const QDate &end, qint64 meetingId) {
            Activity a;
            a.code = code;
            a.title = {QStringLiteral("Edge %1").arg(code), QStringLiteral("Borde %1").arg(code)};
            a.targetStart = start;
            a.targetEnd = end;
            a.meetingId = meetingId;
            a.leadId = 0;
            QVERIFY(repos.activities().add(a));
        };
        const qint64 someMeeting = repos.meetings().all().first().id;
        addActivity(QStringLiteral("Z.1"), QDate(2022, 2, 20), QDate(2022, 3, 1), 0); // ends on the first day
        addActivity(QStringLiteral("Z.2"), QDate(2022, 3, 31), QDate(), 0);           // starts on the last day
        addActivity(QStringLiteral("Z.3"), QDate(2022, 2, 1), QDate(2022, 2, 28), 0); // over the day before
        addActivity(QStringLiteral("Z.4"), QDate(2022, 3, 10), QDate(), someMeeting); // listed through its meeting
        addActivity(QStringLiteral("Z.5"), QDate(), QDate(), 0);                      // no dates yet
        Meeting edge = repos.meetings().all().first();
        edge.id = 0;
        edge.uid.clear();
        edge.code = QStringLiteral("EDGE-M");
        edge.agenda.clear();
        edge.participants.clear();
        edge.startDate = QDate(2022, 2, 27);
        edge.endDate = QDate(2022, 3, 2);
        QVERIFY(repos.meetings().add(edge));

        const CalendarQueries queries(*m_db);
        QStringList viaQueries;
        for (const CalendarSheetRow &m : queries.meetings(from, to)) {
            QVERIFY(m.isMeeting);
            viaQueries << m.code;
        }
        MeetingFilter meetingFilter;
        meetingFilter.from = from;
        meetingFilter.to = to;
        meetingFilter.scheduled = true;
        QStringList viaFind;
        for (const Meeting &m : repos.meetings().find(meetingFilter, -1, 0, Children::Skip))
            viaFind << m.code;
        QCOMPARE(viaQueries, viaFind);
        QVERIFY(viaQueries.contains(QStringLiteral("EDGE-M")));

        for (const bool unscheduled : {false, true}) {
            QStringList activityCodes;
            for (const CalendarSheetRow &a : queries.activities(from, to, unscheduled)) {
                QVERIFY(!a.isMeeting);
                activityCodes << a.code;
            }
            ActivityFilter filter;
            filter.from = from;
            filter.to = to;
            filter.scheduled = true;
            filter.linkedToMeeting = false;
            QStringList expected;
            for (const Activity &a : repos.activities().find(filter, -1, 0, Children::Skip))
                expected << a.code;
            if (unscheduled) {
                ActivityFilter undated;
                undated.scheduled = false;
                undated.linkedToMeeting = false;
                for (const Activity &a : repos.activities().find(undated, -1, 0, Children::Skip))
                    expected << a.code;
            }
            QCOMPARE(activityCodes, expected);
            QVERIFY(activityCodes.contains(QStringLiteral("Z.1")));
            QVERIFY(activityCodes.contains(QStringLiteral("Z.2")));
            QVERIFY(!activityCodes.contains(QStringLiteral("Z.3")));
            QVERIFY(!activityCodes.contains(QStringLiteral("Z.4")));
            QCOMPARE(activityCodes.contains(QStringLiteral("Z.5")), unscheduled);
        }

        // The sheet itself: the edge lines, in date order, under their month.
        ReportOptions options;
        options.unscheduled = true;
        auto report = reports::calendarSheet(repos, from, to, options);
        QVERIFY(report);
        const QString body = report->wholeBody()->toPlainText();
        const qsizetype z1 = body.indexOf(QStringLiteral("Edge Z.1"));
        const qsizetype z2 = body.indexOf(QStringLiteral("Edge Z.2"));
        QVERIFY(z1 > 0 && z2 > z1);
        const qsizetype february = body.indexOf(QStringLiteral("February 2022")); // in capitals when printed
        QVERIFY(february >= 0 && february < z1);
        QVERIFY(!body.contains(QStringLiteral("Edge Z.3")));
        QVERIFY(!body.contains(QStringLiteral("Edge Z.4")));
        QVERIFY(body.contains(QStringLiteral("Edge Z.5")));

        // Leave the shared database as the other functions expect it.
        for (const QString &code : {QStringLiteral("Z.1"), QStringLiteral("Z.2"), QStringLiteral("Z.3"),
                                    QStringLiteral("Z.4"), QStringLiteral("Z.5")})
            QVERIFY(repos.activities().remove(repos.activities().byCode(code)->id));
        QVERIFY(repos.meetings().remove(edge.id));
    }

    void unknownThingsAreErrors()
    {
        Repositories repos(*m_db);
        const ReportOptions options;
        auto agenda = reports::agendaSheet(repos, QStringLiteral("nope"), options);
        QVERIFY(!agenda);
        QCOMPARE(agenda.error().code, Error::Code::NotFound);
        QVERIFY(!reports::calendarSheet(repos, QDate(2022, 1, 1), QDate(2021, 1, 1), options));
        QVERIFY(!reports::decisionRegister(repos, QStringLiteral("nope"), options));
        QVERIFY(!reportLanguagesFromCode(QStringLiteral("fr")));
        QCOMPARE(*reportLanguagesFromCode(QStringLiteral(" BOTH")), ReportLanguages::Both);
        QVERIFY(!paperFromCode(QStringLiteral("a3")));
    }

    void aFailedWriteKeepsTheOldFile()
    {
        Repositories repos(*m_db);
        auto report = reports::consultationMatrix(repos, ReportOptions{});
        QVERIFY(report);
        const QString old = m_dir.filePath(QStringLiteral("old.txt"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kept");
        }
        const QByteArray before = test::sha256Of(old);
        const Status wrongFormat = reportwriter::write(*report, old);
        QVERIFY(!wrongFormat);
        QCOMPARE(test::sha256Of(old), before);
        QVERIFY(!reportwriter::writePdf(*report, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    }

    void spanishLabelsComeFromTheCatalogue()
    {
        const ReportText both(ReportLanguages::Both);
        QCOMPARE(both.date(QDate(2021, 12, 1)), QStringLiteral("1 December 2021 / 1 de diciembre de 2021"));
        const ReportText english(ReportLanguages::English);
        QCOMPARE(english.label(QT_TRANSLATE_NOOP("Report", "Agenda")), QStringLiteral("Agenda"));
        QCOMPARE(english.dateRange(QDate(2021, 12, 1), QDate(2021, 12, 3), Language::English),
                 QStringLiteral("1–3 December 2021"));
    }
};

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReports test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_reports.moc"
