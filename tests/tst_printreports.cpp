// `presidency-desk print`: every report in every language to PDF, read back with
// poppler-utils (page count, text with its accents, embedded fonts), the agenda sheet to
// ODT, page breaks that never split an agenda item, and errors that leave an existing
// output file as it was.

#include "PdfTools.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

using test::pdfPageCount;
using test::pdfText;
using test::runTool;
using Tool = test::ToolRun;

class TestPrintReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_meetingUid;
    static constexpr int AgendaItems = 40;

    test::ProgramRun print(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // print must choose offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QStringList all{QStringLiteral("print")};
        all << arguments << QStringLiteral("--db") << m_db;
        return test::runProgram(QStringLiteral(PD_PROGRAM), all, env, m_dir.path());
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("rcm.sqlite"));
        auto db = test::rcmDatabase(m_db);
        QVERIFY(db);
        Repositories repos(*db);
        std::optional<Meeting> meeting;
        for (const Meeting &m : repos.meetings().all()) {
            if (m.isScheduled())
                meeting = m;
        }
        QVERIFY(meeting);
        // A long agenda with accents, long titles, presenters and linked documents.
        QList<Document> documents = repos.documents().all();
        QVERIFY(!documents.isEmpty());
        documents[0].code = QStringLiteral("RCM-GRCM-2021-07");
        QVERIFY(repos.documents().update(documents[0]));
        const QList<Party> members = repos.parties().members();
        for (int i = 0; i < AgendaItems; ++i) {
            AgendaItem item;
            item.title.en = QStringLiteral("Item %1: report of the Working Group on Protection on the implementation "
                                           "of the regional guidelines")
                                .arg(i + 1, 2, 10, QLatin1Char('0'));
            item.title.es = QStringLiteral("Punto %1: informe del Grupo de Trabajo sobre Protección acerca de la "
                                           "aplicación de los lineamientos regionales")
                                .arg(i + 1, 2, 10, QLatin1Char('0'));
            item.presenterId = members.at(i % members.size()).id;
            item.startTime = QTime(9, 0).addSecs(20 * 60 * i);
            item.durationMinutes = 20;
            item.documentId = i % 3 == 0 ? documents[0].id : 0;
            meeting->agenda.append(item);
        }
        QVERIFY(repos.meetings().update(*meeting));
        m_meetingUid = meeting->uid;
    }

    void everyReportInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("minPages");
        const QString agendaEn = QStringLiteral("Meeting of the Regional Consultation Group on Migration");
        const QString agendaEs = QStringLiteral("Reunión del Grupo Regional de Consulta sobre Migración");
        const QStringList calendar{QStringLiteral("calendar"),   QStringLiteral("--from"),
                                   QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2022-12-31"), QStringLiteral("--unscheduled")};
        const QStringList agenda{QStringLiteral("agenda"), m_meetingUid};
        const QStringList decisions{QStringLiteral("decisions")};
        const QStringList consultations{QStringLiteral("consultations")};
        const QString itemEn = QStringLiteral("Item 40: report of the Working Group on Protection");
        const QString itemEs = QStringLiteral("Punto 40: informe del Grupo de Trabajo sobre Protección");
        const QString workshopEn = QStringLiteral("Workshop on Reintegration");
        const QString workshopEs = QStringLiteral("Taller sobre Reintegración");
        const QString budgetEn = QStringLiteral("Information Exchange Mechanisms in the Search for Missing Persons");
        const QString budgetEs = QStringLiteral("Búsqueda de Personas Desaparecidas en el Contexto de la Migración");
        const auto row = [](const QStringList &args, const QString &lang) {
            return QStringList(args) << QStringLiteral("--lang") << lang;
        };
        // The meeting's date in the sheet's language (1 December 2021).
        QTest::newRow("agenda en") << row(agenda, QStringLiteral("en"))
                                   << QStringList{agendaEn, itemEn, QStringLiteral("1 December 2021")} << 2;
        QTest::newRow("agenda es") << row(agenda, QStringLiteral("es"))
                                   << QStringList{agendaEs, itemEs, QStringLiteral("1 de diciembre de 2021")} << 2;
        QTest::newRow("agenda both") << row(agenda, QStringLiteral("both"))
                                     << QStringList{agendaEn, agendaEs, itemEn, itemEs} << 3;
        QTest::newRow("calendar en") << row(calendar, QStringLiteral("en")) << QStringList{workshopEn, agendaEn} << 1;
        QTest::newRow("calendar es") << row(calendar, QStringLiteral("es")) << QStringList{workshopEs, agendaEs} << 1;
        QTest::newRow("calendar both") << row(calendar, QStringLiteral("both")) << QStringList{workshopEn, workshopEs}
                                       << 1;
        QTest::newRow("consultations en") << row(consultations, QStringLiteral("en")) << QStringList{budgetEn} << 1;
        QTest::newRow("consultations es") << row(consultations, QStringLiteral("es")) << QStringList{budgetEs} << 1;
        QTest::newRow("consultations both")
            << row(consultations, QStringLiteral("both")) << QStringList{budgetEn, budgetEs} << 1;
        QTest::newRow("decisions en") << row(decisions, QStringLiteral("en"))
                                      << QStringList{agendaEn, QStringLiteral("To urge the RCM Member Countries")} << 1;
        QTest::newRow("decisions es") << row(decisions, QStringLiteral("es")) << QStringList{agendaEs} << 1;
        QTest::newRow("decisions both") << row(decisions, QStringLiteral("both")) << QStringList{agendaEn, agendaEs}
                                        << 1;
    }

    void everyReportInEveryLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QFETCH(int, minPages);
        const QString pdf =
            out(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                QStringLiteral(".pdf"));
        const auto r = print(arguments << QStringLiteral("-o") << pdf);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == CommandLine::Success, qPrintable(r.errText()));
        QVERIFY2(r.errText().isEmpty(), qPrintable(r.errText()));

        const int pages = pdfPageCount(pdf);
        QVERIFY2(pages >= minPages && pages < 40, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        for (const QString &title : expected)
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" not in: ") + text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")) || text.contains(QStringLiteral("Página 1 de")) ||
                text.contains(QStringLiteral("1 of")));

        // Every font is embedded: the "emb" column of each font row says yes.
        const QStringList notEmbedded = test::pdfFontsNotEmbedded(pdf);
        QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded.join(QLatin1Char('\n'))));
    }

    void aPageBreakNeverSplitsAnAgendaItem()
    {
        const QString pdf = out(QStringLiteral("breaks.pdf"));
        const auto r = print({QStringLiteral("agenda"), m_meetingUid, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        const int pages = pdfPageCount(pdf);
        QVERIFY(pages >= 2);
        // Each item prints its title and then its presenter: on every page the two
        // counts match, so no item begins on one page and ends on the next.
        int items = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            const int titles = int(text.count(QRegularExpression(QStringLiteral("Item \\d\\d:"))));
            const int presenters = int(text.count(QStringLiteral("Presenter:")));
            QCOMPARE(titles, presenters);
            items += titles;
        }
        QCOMPARE(items, AgendaItems);
    }

    void letterPaper()
    {
        const QString pdf = out(QStringLiteral("letter.pdf"));
        const auto r = print({QStringLiteral("consultations"), QStringLiteral("--paper"), QStringLiteral("letter"),
                              QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {pdf}).out.contains(QStringLiteral("612 x 792")));
        const QString a4 = out(QStringLiteral("a4.pdf"));
        QCOMPARE(print({QStringLiteral("consultations"), QStringLiteral("-o"), a4}).exitCode,
                 int(CommandLine::Success));
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {a4}).out.contains(QStringLiteral("595 x 842")));
    }

    void odtHoldsTheTitles()
    {
        const QString odt = out(QStringLiteral("agenda-es.odt"));
        const auto r = print({QStringLiteral("agenda"), m_meetingUid, QStringLiteral("--lang"), QStringLiteral("es"),
                              QStringLiteral("-o"), odt});
        QVERIFY2(r.exitCode == CommandLine::Success, qPrintable(r.errText()));
        const Tool content =
            runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QCOMPARE(content.exitCode, 0);
        QVERIFY(content.out.contains(QStringLiteral("Reunión del Grupo Regional de Consulta sobre Migración")));
        QVERIFY(content.out.contains(QStringLiteral("Punto 07: informe del Grupo de Trabajo sobre Protección")));
        const Tool list = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
        QVERIFY(list.out.contains(QStringLiteral("mimetype")));
    }

    void errorsLeaveTheOldFileAlone_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString o = QStringLiteral("-o");
        const QString file = QStringLiteral("kept.pdf");
        QTest::newRow("unknown uid") << QStringList{QStringLiteral("agenda"), QStringLiteral("no-such-uid"), o, file}
                                     << int(CommandLine::Failure);
        QTest::newRow("bad date") << QStringList{QStringLiteral("calendar"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2021-13-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2021-12-31"),
                                                 o,
                                                 file}
                                  << int(CommandLine::UsageError);
        QTest::newRow("dates reversed") << QStringList{QStringLiteral("calendar"),
                                                       QStringLiteral("--from"),
                                                       QStringLiteral("2022-01-01"),
                                                       QStringLiteral("--to"),
                                                       QStringLiteral("2021-12-31"),
                                                       o,
                                                       file}
                                        << int(CommandLine::UsageError);
        QTest::newRow("unknown paper") << QStringList{QStringLiteral("consultations"), QStringLiteral("--paper"),
                                                      QStringLiteral("a3"), o, file}
                                       << int(CommandLine::UsageError);
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("consultations"), QStringLiteral("--lang"), QStringLiteral("fr"), o, file}
            << int(CommandLine::UsageError);
        QTest::newRow("unknown report") << QStringList{QStringLiteral("budget"), o, file}
                                        << int(CommandLine::UsageError);
    }

    void errorsLeaveTheOldFileAlone()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString kept = out(QStringLiteral("kept.pdf"));
        {
            QFile f(kept);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("an earlier printout");
        }
        const QByteArray before = test::sha256Of(kept);
        const auto r = print(arguments);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.errLines().first().startsWith(QStringLiteral("presidency-desk: ")));
        QCOMPARE(test::sha256Of(kept), before);
    }

    void anUnwritableOutputFailsInOneLine()
    {
        // A directory where the file should go: the save cannot replace it.
        const QString dirAsFile = out(QStringLiteral("taken.pdf"));
        QVERIFY(QDir().mkpath(dirAsFile));
        auto r = print({QStringLiteral("consultations"), QStringLiteral("-o"), dirAsFile});
        QCOMPARE(r.exitCode, int(CommandLine::Failure));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(QFileInfo(dirAsFile).isDir());
        // A missing directory: nothing is created.
        const QString missing = out(QStringLiteral("missing/report.pdf"));
        r = print({QStringLiteral("consultations"), QStringLiteral("-o"), missing});
        QCOMPARE(r.exitCode, int(CommandLine::Failure));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp"), QStringLiteral("report.pdf.*")}).isEmpty());
    }

    void bothIsOnlyForPrint()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        const auto r = test::runProgram(
            QStringLiteral(PD_PROGRAM),
            {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--db"), m_db},
            env, m_dir.path());
        QCOMPARE(r.exitCode, int(CommandLine::UsageError));
        QCOMPARE(r.errLines(), QStringList{QStringLiteral("presidency-desk: unknown language \"both\"; use en or es")});
    }

    // Last: it adds documents to the database the other tests print.
    void consultationHeaderRepeatsOnEveryPage()
    {
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            Repositories repos(**db);
            const QList<Party> members = repos.parties().members();
            for (int i = 0; i < 90; ++i) {
                Document d;
                d.code = QStringLiteral("RCM/T/%1").arg(i + 1);
                d.title = {
                    QStringLiteral("Regional guidelines on the protection of migrant children, part %1").arg(i + 1),
                    QStringLiteral("Lineamientos regionales sobre la protección de la niñez migrante, parte %1")
                        .arg(i + 1)};
                d.kind = DocumentKind::Guidelines;
                d.state = DocumentState::UnderConsultation;
                d.reviewDeadline = QDate(2022, 3, 1).addDays(i);
                for (const Party &p : members) {
                    Consultation k;
                    k.partyId = p.id;
                    k.state = ConsultationState(i % 5);
                    d.consultations.append(k);
                }
                QVERIFY(repos.documents().add(d));
            }
        }
        const QString pdf = out(QStringLiteral("consultations-long.pdf"));
        const auto r = print({QStringLiteral("consultations"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == CommandLine::Success, qPrintable(r.errText()));
        const int pages = pdfPageCount(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        // Every page that lists documents begins its table with the header row.
        const QString header = QStringLiteral("State and deadline");
        int withRows = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            if (!text.contains(QStringLiteral("RCM/T/")))
                continue;
            ++withRows;
            QVERIFY2(text.count(header) == 1, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(400))));
            // pdftotext reads the first column down first: its title above the first row.
            QVERIFY2(text.indexOf(QStringLiteral("Document ")) < text.indexOf(QStringLiteral("RCM/T/")),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(400))));
        }
        QVERIFY(withRows >= 2);
    }
};

QTEST_GUILESS_MAIN(TestPrintReports)
#include "tst_printreports.moc"
