// The contributions page driven as a user would under the offscreen platform, over the
// RCM data (funds named, no amounts): the hint on an empty page, a contribution entered
// through "New Contribution…", a payment through "Record Payment…" with its inline
// validation, totals and outstanding amounts that follow, one undo step per edit, the
// year and fund filters, and a contribution deleted after a confirmation and undone.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ContributionDialog.h"
#include "dialogs/PaymentDialog.h"
#include "domain/Money.h"
#include "models/ContributionTableModel.h"
#include "pages/ContributionsPage.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

class TestGuiContributionsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<ContributionsPage> m_page;
    QTreeView *m_view = nullptr;
    ContributionTableModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template <typename T>
    T *child(QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    QString totalsText() const { return child<QLabel>(m_page.get(), "totalsLabel")->text(); }

    // Enters a contribution through the dialog; returns its uid.
    QString enterContribution(const QString &country, int year, const QString &due)
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), "newContributionButton"), Qt::LeftButton);
        ContributionDialog *dialog = m_page->contributionDialog();
        if (!dialog || !dialog->isVisible())
            return {};
        auto *party = child<QComboBox>(dialog, "contributionParty");
        party->setCurrentIndex(party->findText(country));
        child<QComboBox>(dialog, "contributionFund")->setCurrentIndex(0);
        child<QSpinBox>(dialog, "contributionYear")->setValue(year);
        QTest::keyClicks(child<QLineEdit>(dialog, "dueAmount"), due);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        if (dialog && dialog->isVisible()) { // not saved
            qWarning() << child<QLabel>(dialog, "saveError")->text();
            return {};
        }
        return m_page->selectedUid();
    }

    // The visible confirmation, once events are processed.
    QMessageBox *confirmation() const
    {
        QCoreApplication::processEvents();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(top);
                box && box->isVisible() && box->objectName() == QLatin1String("confirmDelete"))
                return box;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<ContributionsPage>(*m_editor);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_view = child<QTreeView>(m_page.get(), "contributionsView");
        QVERIFY(m_view);
        m_model = qobject_cast<ContributionTableModel *>(m_view->model());
        QVERIFY(m_model);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void emptyPageSaysWhatToDo()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(child<QLabel>(m_page.get(), "emptyHint")->isVisible());
        QVERIFY(!m_view->isVisible());
        QVERIFY(child<QPushButton>(m_page.get(), "newContributionButton")->isEnabled());
        QVERIFY(!child<QPushButton>(m_page.get(), "recordPaymentButton")->isEnabled());
        // The RCM's two funds are offered, after "All funds".
        auto *funds = child<QComboBox>(m_page.get(), "fundCombo");
        QCOMPARE(funds->count(), 3);
        QVERIFY(funds->itemText(1).contains(QStringLiteral("Executive Secretariat")));
        QCOMPARE(child<QComboBox>(m_page.get(), "yearCombo")->count(), 1);
    }

    void contributionAndPayment()
    {
        const QString uid = enterContribution(QStringLiteral("Mexico"), 2022, QStringLiteral("28500"));
        QVERIFY(!uid.isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_view->isVisible());
        QVERIFY(!child<QLabel>(m_page.get(), "emptyHint")->isVisible());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, ContributionTableModel::PartyColumn), QStringLiteral("Mexico"));
        QCOMPARE(cell(0, ContributionTableModel::OutstandingColumn), QStringLiteral("28,500.00"));
        QCOMPARE(child<QComboBox>(m_page.get(), "yearCombo")->findText(QStringLiteral("2022")), 1);
        const QString totalsBefore = totalsText();
        QVERIFY(totalsBefore.contains(money::format(2850000, QStringLiteral("USD"), QLocale())));

        // The row is selected after the save: record a payment against it.
        QCOMPARE(m_page->selectedUid(), uid);
        auto *payButton = child<QPushButton>(m_page.get(), "recordPaymentButton");
        QVERIFY(payButton->isEnabled());
        QTest::mouseClick(payButton, Qt::LeftButton);
        PaymentDialog *dialog = m_page->paymentDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("paymentDialog"));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
        auto *amount = child<QLineEdit>(dialog, "paymentAmount");
        auto *error = child<QLabel>(dialog, "amountError");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(amount && error && ok && child<QDateEdit>(dialog, "paymentDate") &&
                child<QLineEdit>(dialog, "paymentNote"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!error->isVisible());

        // Not an amount: said next to the field, and OK stays disabled.
        QTest::keyClicks(amount, QStringLiteral("five"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("five")));
        QVERIFY(!ok->isEnabled());
        amount->selectAll();
        QTest::keyClick(amount, Qt::Key_Backspace);
        QVERIFY(error->isVisible()); // "Enter the amount paid."
        QTest::keyClicks(amount, QStringLiteral("0"));
        QVERIFY(error->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(amount, Qt::Key_Backspace);
        QTest::keyClicks(amount, QStringLiteral("5000"));
        QVERIFY(!error->isVisible());
        QVERIFY(ok->isEnabled());
        child<QDateEdit>(dialog, "paymentDate")->setDate(QDate(2022, 4, 20));
        QTest::keyClicks(child<QLineEdit>(dialog, "paymentNote"), QStringLiteral("Transferencia"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog || !dialog->isVisible());

        // Outstanding and totals follow; one undo step, named in words.
        QCOMPARE(cell(0, ContributionTableModel::PaidColumn), QStringLiteral("5,000.00"));
        QCOMPARE(cell(0, ContributionTableModel::OutstandingColumn), QStringLiteral("23,500.00"));
        QVERIFY(totalsText() != totalsBefore);
        QVERIFY(totalsText().contains(money::format(2350000, QStringLiteral("USD"), QLocale())));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Record payment of %1 by Mexico")
                                                        .arg(money::format(500000, QStringLiteral("USD"), QLocale())));
        const Contribution stored = *m_repos->contributions().byUid(uid);
        QCOMPARE(stored.payments.size(), 1);
        QCOMPARE(stored.payments.first().paidOn, QDate(2022, 4, 20));
        QCOMPARE(stored.payments.first().note, QStringLiteral("Transferencia"));

        m_editor->undoStack()->undo();
        QCOMPARE(cell(0, ContributionTableModel::OutstandingColumn), QStringLiteral("28,500.00"));
        QCOMPARE(totalsText(), totalsBefore);
        QVERIFY(m_repos->contributions().byUid(uid)->payments.isEmpty());
        m_editor->undoStack()->redo();
        QCOMPARE(cell(0, ContributionTableModel::OutstandingColumn), QStringLiteral("23,500.00"));
    }

    void duplicateRefusedInTheDialog()
    {
        QVERIFY(!enterContribution(QStringLiteral("Belize"), 2022, QStringLiteral("1000")).isEmpty());
        QTest::mouseClick(child<QPushButton>(m_page.get(), "newContributionButton"), Qt::LeftButton);
        ContributionDialog *dialog = m_page->contributionDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *party = child<QComboBox>(dialog, "contributionParty");
        party->setCurrentIndex(party->findText(QStringLiteral("Belize")));
        child<QComboBox>(dialog, "contributionFund")->setCurrentIndex(0);
        child<QSpinBox>(dialog, "contributionYear")->setValue(2022);
        QVERIFY(child<QLabel>(dialog, "partyError")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        child<QSpinBox>(dialog, "contributionYear")->setValue(2023);
        QVERIFY(!child<QLabel>(dialog, "partyError")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "dueAmount"), QStringLiteral("1.2.3"));
        QVERIFY(child<QLabel>(dialog, "dueError")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        dialog->reject();
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void filters()
    {
        QVERIFY(!enterContribution(QStringLiteral("Mexico"), 2021, QStringLiteral("100")).isEmpty());
        QVERIFY(!enterContribution(QStringLiteral("Mexico"), 2022, QStringLiteral("200")).isEmpty());
        QVERIFY(!enterContribution(QStringLiteral("Belize"), 2022, QStringLiteral("300")).isEmpty());
        QCOMPARE(m_model->rowCount(), 3);
        auto *years = child<QComboBox>(m_page.get(), "yearCombo");
        QCOMPARE(years->count(), 3); // All years, 2022, 2021
        years->setCurrentIndex(years->findText(QStringLiteral("2021")));
        QCOMPARE(m_model->rowCount(), 1);
        auto *funds = child<QComboBox>(m_page.get(), "fundCombo");
        funds->setCurrentIndex(2); // the IOM Reserve Fund: nothing there
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!child<QLabel>(m_page.get(), "emptyHint")->isVisible());
        QVERIFY(!totalsText().isEmpty());
        years->setCurrentIndex(0);
        funds->setCurrentIndex(1);
        QCOMPARE(m_model->rowCount(), 3);
        m_page->setLanguage(Language::Spanish);
        QCOMPARE(funds->currentIndex(), 1);
        QVERIFY(funds->currentText().startsWith(QStringLiteral("Presupuesto")));
        QCOMPARE(cell(0, ContributionTableModel::PartyColumn), QStringLiteral("Belice"));
    }

    // A contribution in arrears stands out on screen: its row tinted, the country and the
    // outstanding amount in red; a row not in arrears stays plain. Checked on the pixels
    // the table paints (its delegate draws the text from kept layouts).
    void arrearsStandOut()
    {
        QVERIFY(!enterContribution(QStringLiteral("Mexico"), 2021, QStringLiteral("100")).isEmpty());
        QVERIFY(!enterContribution(QStringLiteral("Belize"), 2022, QStringLiteral("300")).isEmpty());
        m_model->setToday(QDate(2022, 6, 1)); // 2021 is over, 2022 is not
        m_view->selectionModel()->clear();
        m_view->setCurrentIndex({});
        QCOMPARE(cell(0, ContributionTableModel::YearColumn), QStringLiteral("2022"));
        QVERIFY(!m_model->index(0, 0).data(ContributionTableModel::ArrearsRole).toBool());
        QVERIFY(m_model->index(1, 0).data(ContributionTableModel::ArrearsRole).toBool());

        const QImage image = m_view->viewport()->grab().toImage();
        const auto count = [&](int row, int column, const auto &matches) {
            const QRect rect = m_view->visualRect(m_model->index(row, column)) & image.rect();
            int n = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x)
                    n += matches(image.pixel(x, y)) ? 1 : 0;
            }
            return n;
        };
        const auto tint = [](QRgb p) { return p == qRgb(0xfd, 0xec, 0xea); };
        const auto red = [](QRgb p) { return qRed(p) > 150 && qGreen(p) < 110 && qBlue(p) < 110; };
        const auto area = [&](int column) {
            const QRect rect = m_view->visualRect(m_model->index(1, column));
            return rect.width() * rect.height();
        };
        QVERIFY(count(1, ContributionTableModel::FundColumn, tint) > area(ContributionTableModel::FundColumn) / 2);
        QVERIFY(count(1, ContributionTableModel::PartyColumn, red) > 0);
        QVERIFY(count(1, ContributionTableModel::OutstandingColumn, red) > 0);
        QCOMPARE(count(1, ContributionTableModel::FundColumn, red), 0);
        QCOMPARE(count(0, ContributionTableModel::FundColumn, tint), 0);
        QCOMPARE(count(0, ContributionTableModel::PartyColumn, red), 0);
        QCOMPARE(count(0, ContributionTableModel::OutstandingColumn, red), 0);
    }

    void deleteAfterConfirmationAndUndo()
    {
        const QString mexico = enterContribution(QStringLiteral("Mexico"), 2022, QStringLiteral("28500"));
        const QString belize = enterContribution(QStringLiteral("Belize"), 2022, QStringLiteral("1000"));
        QVERIFY(!mexico.isEmpty() && !belize.isEmpty());
        QCOMPARE(m_model->rowCount(), 2);
        const QString totalsBefore = totalsText();
        QVERIFY(totalsBefore.contains(money::format(2950000, QStringLiteral("USD"), QLocale())));
        auto *remove = child<QPushButton>(m_page.get(), "deleteContributionButton");
        QVERIFY(remove);
        m_view->clearSelection();
        QVERIFY(!remove->isEnabled()); // nothing selected
        m_page->showContribution(mexico);
        QVERIFY(remove->isEnabled());

        // Cancel keeps it.
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY2(box->text().contains(QLatin1String("Mexico")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!confirmation());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_editor->undoStack()->count(), 2);

        // Confirmed: the row leaves the table and the totals follow.
        QTest::mouseClick(remove, Qt::LeftButton);
        box = confirmation();
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!confirmation());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOf(mexico), -1);
        QCOMPARE(cell(0, ContributionTableModel::PartyColumn), QStringLiteral("Belize"));
        QVERIFY(!m_repos->contributions().byUid(mexico));
        QVERIFY(totalsText() != totalsBefore);
        QVERIFY(totalsText().contains(money::format(100000, QStringLiteral("USD"), QLocale())));
        QVERIFY(m_page->selectedUid() != mexico);
        QCOMPARE(remove->isEnabled(), !m_page->selectedUid().isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 3);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete contribution of Mexico for 2022"));

        m_editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->rowOf(mexico) >= 0);
        QVERIFY(m_repos->contributions().byUid(mexico));
        QCOMPARE(totalsText(), totalsBefore);
    }
};

QTEST_MAIN(TestGuiContributionsPage)
#include "tst_gui_contributionspage.moc"
