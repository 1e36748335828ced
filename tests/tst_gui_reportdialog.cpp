// The report dialog: its options reach the report builder, and are remembered for the
// next time it opens; its buttons export a real report to PDF and ODT, print it (to a
// PDF printer) and show it in the print preview.

#include "PdfTools.h"
#include "TestSupport.h"
#include "dialogs/ReportDialog.h"
#include "reports/Reports.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

namespace {
const QString MeetingEs = QStringLiteral("Reunión del Grupo Regional de Consulta sobre Migración");
const QString MeetingEn = QStringLiteral("Meeting of the Regional Consultation Group on Migration");
} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_meetingUid;

    // The dialog of the agenda sheet of the RCM meeting, built from the real database.
    std::unique_ptr<ReportDialog> agendaDialog()
    {
        Database *db = m_db.get();
        const QString uid = m_meetingUid;
        auto dialog = std::make_unique<ReportDialog>(
            QStringLiteral("Agenda"),
            [db, uid](const ReportOptions &o) {
                Repositories repos(*db);
                return reports::agendaSheet(repos, uid, o);
            },
            ReportDialog::Extras::Participants);
        auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("reportLanguages"));
        languages->setCurrentIndex(languages->findData(int(ReportLanguages::Both)));
        return dialog;
    }

    static void click(QDialog &dialog, const char *name)
    {
        auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("presidency-desk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_reportdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(m_db);
        Repositories repos(*m_db);
        for (const Meeting &m : repos.meetings().all()) {
            if (m.isScheduled()) // the RCGM meeting of December 2021, as in tst_printreports
                m_meetingUid = m.uid;
        }
        QVERIFY(!m_meetingUid.isEmpty());
    }

    void optionsAreRememberedAndPassedOn()
    {
        ReportOptions seen;
        const auto builder = [&seen](const ReportOptions &o) -> Result<Report> {
            seen = o;
            return Error{Error::Code::NotFound, QStringLiteral("not needed here")};
        };
        {
            ReportDialog dialog(QStringLiteral("Agenda"), builder, ReportDialog::Extras::Participants);
            QCOMPARE(dialog.options().languages, ReportLanguages::English);
            QCOMPARE(dialog.options().paper, PaperSize::A4);
            auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguages"));
            auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("reportPaper"));
            auto *participants = dialog.findChild<QCheckBox *>(QStringLiteral("reportParticipants"));
            QVERIFY(languages && paper && participants);
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportPreview")));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportExportPdf")));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportExportOdt")));
            languages->setCurrentIndex(languages->findData(int(ReportLanguages::Both)));
            paper->setCurrentIndex(paper->findData(int(PaperSize::Letter)));
            participants->setChecked(false);
        }
        ReportDialog again(QStringLiteral("Agenda"), builder, ReportDialog::Extras::Participants);
        QCOMPARE(again.options().languages, ReportLanguages::Both);
        QCOMPARE(again.options().paper, PaperSize::Letter);
        QCOMPARE(again.options().participants, false);
        ReportDialog other(QStringLiteral("Calendar"), builder);
        QCOMPARE(other.options().participants, true); // no such option there
    }

    void exportsPdfAndOdt()
    {
        auto dialog = agendaDialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QStringList asked;
        dialog->setFileChooser([&](const QString &suffix) {
            asked << suffix;
            return m_dir.filePath(QStringLiteral("agenda")); // the dialog adds the suffix
        });

        click(*dialog, "reportExportPdf");
        const QString pdf = m_dir.filePath(QStringLiteral("agenda.pdf"));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(test::pdfPageCount(pdf) >= 1);
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(MeetingEn) && text.contains(MeetingEs), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));

        click(*dialog, "reportExportOdt");
        const QString odt = m_dir.filePath(QStringLiteral("agenda.odt"));
        QVERIFY(QFileInfo::exists(odt));
        const test::ToolRun content =
            test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QCOMPARE(content.exitCode, 0);
        QVERIFY(content.out.contains(MeetingEs));
        QCOMPARE(asked, (QStringList{QStringLiteral("pdf"), QStringLiteral("odt")}));

        // Cancelling the file dialog writes nothing.
        dialog->setFileChooser([](const QString &) { return QString(); });
        QVERIFY(QFile::remove(pdf));
        click(*dialog, "reportExportPdf");
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void printsToAPdfPrinter()
    {
        auto dialog = agendaDialog();
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        dialog->setPrinterSetup([&pdf](QPrinter &printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            return true;
        });
        click(*dialog, "reportPrint");
        QVERIFY(test::pdfPageCount(pdf) >= 1);
        QVERIFY(test::pdfText(pdf).contains(MeetingEs));
    }

    void previewShowsThePages()
    {
        auto dialog = agendaDialog();
        int previewPages = -1;
        bool seen = false;
        // The preview is modal: a timer finds it, reads its page count and closes it.
        QTimer timer;
        timer.setInterval(50);
        connect(&timer, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            seen = true;
            if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
                previewPages = pages->pageCount();
            preview->reject();
        });
        timer.start();
        click(*dialog, "reportPreview");
        timer.stop();
        QVERIFY(seen);
        QVERIFY2(previewPages >= 1, qPrintable(QString::number(previewPages)));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_gui_reportdialog.moc"
