// A long report in parts (the calendar of a busy year), made on several threads and its
// pages joined by qpdf (core/reports/ReportWriter, PdfMerge): the same pages, page for
// page, on one thread, on two or three, and as one document; every font embedded; and a
// PDF qpdf cannot read is a one-line error.

#include "PdfTools.h"
#include "TestSupport.h"
#include "reports/PdfMerge.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestReportParts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString save(const QByteArray &data, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("busy.sqlite")));
        QVERIFY(m_db);
        // A year of 1,200 activities: three parts and more.
        Repositories repos(*m_db);
        const QList<WorkingGroup> groups = repos.workingGroups().all();
        const QList<Party> members = repos.parties().members();
        QVERIFY(!groups.isEmpty() && !members.isEmpty());
        Transaction tx(*m_db);
        for (int i = 0; i < 1200; ++i) {
            Activity a;
            a.code = QStringLiteral("B.%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            a.workingGroupId = groups.at(i % groups.size()).id;
            a.kind = ActivityKind::Workshop;
            a.title = {QStringLiteral("Workshop on labour migration, edition %1").arg(i + 1),
                       QStringLiteral("Taller sobre migración laboral, edición %1").arg(i + 1)};
            a.leadId = members.at(i % members.size()).id;
            a.targetStart = QDate(2023, 1, 1).addDays((i * 7) % 365);
            a.targetEnd = a.targetStart.addDays(i % 3);
            QVERIFY(repos.activities().add(a));
        }
        QVERIFY(tx.commit());
    }

    void samePagesOnAnyNumberOfThreads_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("both") << QStringLiteral("both");
    }

    void samePagesOnAnyNumberOfThreads()
    {
        QFETCH(QString, lang);
        Repositories repos(*m_db);
        ReportOptions options;
        options.languages = *reportLanguagesFromCode(lang);
        options.printedAt = QDateTime(QDate(2023, 12, 1), QTime(9, 0));
        const Result<Report> report = reports::calendarSheet(repos, QDate(2023, 1, 1), QDate(2023, 12, 31), options);
        QVERIFY(report);
        QVERIFY2(report->parts.size() >= 3, qPrintable(QString::number(report->parts.size())));
        QVERIFY(!report->document);

        // One thread paints every part in turn; the same parts as one document.
        const Result<QByteArray> one = reportwriter::pdfData(*report, 1);
        QVERIFY(one);
        const QString onePdf = save(*one, lang + QStringLiteral("-1.pdf"));
        const int pages = test::pdfPageCount(onePdf);
        QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
        Report whole;
        whole.document = report->wholeBody();
        whole.conference = report->conference;
        whole.title = report->title;
        whole.printedOn = report->printedOn;
        whole.pageOfPattern = report->pageOfPattern;
        const QString wholePdf = save(*reportwriter::pdfData(whole), lang + QStringLiteral("-whole.pdf"));
        QCOMPARE(test::pdfPageCount(wholePdf), pages);

        for (int threads : {2, 3}) {
            const Result<QByteArray> many = reportwriter::pdfData(*report, threads);
            QVERIFY2(many, qPrintable(many ? QString() : many.error().message));
            const QString pdf = save(*many, lang + QStringLiteral("-%1.pdf").arg(threads));
            QCOMPARE(test::pdfPageCount(pdf), pages);
            for (int page = 1; page <= pages; ++page) {
                const QString text = test::pdfText(pdf, page);
                QCOMPARE(text, test::pdfText(onePdf, page));
                QCOMPARE(text, test::pdfText(wholePdf, page));
                QVERIFY(text.contains(QStringLiteral("of %1").arg(pages)));
            }
            // Every font of every thread's part is embedded.
            const QStringList notEmbedded = test::pdfFontsNotEmbedded(pdf);
            QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded.join(QLatin1Char('\n'))));
        }
        if (lang == QLatin1String("both"))
            QVERIFY(test::pdfText(onePdf).contains(QStringLiteral("Taller sobre migración laboral, edición 1200")));
    }

    // The ODT of a report in parts holds all of them, in order.
    void odtJoinsTheParts()
    {
        Repositories repos(*m_db);
        const Result<Report> report =
            reports::calendarSheet(repos, QDate(2023, 1, 1), QDate(2023, 12, 31), ReportOptions());
        QVERIFY(report && report->parts.size() >= 3);
        const QString odt = m_dir.filePath(QStringLiteral("calendar.odt"));
        QVERIFY(reportwriter::write(*report, odt));
        const QString content =
            test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}).out;
        const qsizetype first = content.indexOf(QStringLiteral("Calendar of meetings and activities"));
        const qsizetype january = content.indexOf(QStringLiteral("edition 1<"));
        const qsizetype december = content.lastIndexOf(QStringLiteral("December 2023")); // a month heading
        QVERIFY2(first >= 0 && january > first && december > january, qPrintable(content.left(400)));
        for (int i = 1; i <= 1200; i += 97)
            QVERIFY2(content.contains(QStringLiteral("edition %1<").arg(i)), qPrintable(QString::number(i)));
    }

    void unreadablePdfsAreAnError()
    {
        const Result<QByteArray> joined =
            pdfmerge::merge({QByteArrayLiteral("%PDF-1.4 not really"), QByteArrayLiteral("nothing")});
        QVERIFY(!joined);
        QVERIFY(!joined.error().message.isEmpty());
        QVERIFY(!joined.error().message.contains(QLatin1Char('\n')));
        QVERIFY(!pdfmerge::merge({}));
    }
};

QTEST_MAIN(TestReportParts)
#include "tst_reportparts.moc"
