// The report dialog: its options reach the report builder, and are remembered for the
// next time it opens.

#include "dialogs/ReportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace pd;

class TestReportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("presidency-desk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_reportdialog"));
        QSettings().clear();
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
};

QTEST_MAIN(TestReportDialog)
#include "tst_gui_reportdialog.moc"
