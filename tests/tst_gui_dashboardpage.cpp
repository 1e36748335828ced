// The dashboard in the real main window, driven as a user would under the offscreen
// platform over the RCM data: it is the last page of the sidebar (Ctrl+7); a payment
// recorded on the contributions page changes its outstanding-contribution line and its
// chart, and undo changes them back; activating a line opens the record on its page.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/PaymentDialog.h"
#include "domain/Money.h"
#include "models/AttentionModel.h"
#include "pages/ContributionsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DecisionsPage.h"
#include "storage/Repositories.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

class TestGuiDashboardPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<MainWindow> m_window;
    QStackedWidget *m_pages = nullptr;

    DashboardPage *showDashboard()
    {
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+7")));
        return qobject_cast<DashboardPage *>(m_pages->currentWidget());
    }
    QTreeView *attentionView(DashboardPage *page) const
    {
        return page->findChild<QTreeView *>(QStringLiteral("attentionView"));
    }
    QModelIndex line(DashboardPage *page, AttentionModel::Section section, const QString &uid) const
    {
        AttentionModel *model = page->model();
        const int row = model->rowOf(section, uid);
        return row < 0 ? QModelIndex() : model->index(row, 0, model->sectionIndex(section));
    }
    // The contribution chart's bar sets by label ("Due", "Paid"): their values.
    QList<qreal> bars(DashboardPage *page, const QString &label) const
    {
        auto *view = page->findChild<QChartView *>(QStringLiteral("contributionChart"));
        if (!view)
            return {};
        const QList<QAbstractSeries *> series = view->chart()->series();
        for (QAbstractSeries *s : series) {
            if (auto *bar = qobject_cast<QBarSeries *>(s)) {
                const QList<QBarSet *> sets = bar->barSets();
                for (QBarSet *set : sets) {
                    if (set->label() == label) {
                        QList<qreal> values;
                        for (int i = 0; i < set->count(); ++i)
                            values.append(set->at(i));
                        return values;
                    }
                }
            }
        }
        return {};
    }
    void activate(QTreeView *view, const QModelIndex &index)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(
            test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(m_pages);
    }
    void cleanup() { m_window.reset(); }

    void lastInTheSidebar()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), int(MainWindow::PageCount));
        QCOMPARE(navigation->item(MainWindow::DashboardPageIndex)->text(), QStringLiteral("Dashboard"));
        DashboardPage *page = showDashboard(); // the start page of a first session
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("dashboardPage"));
        QCOMPARE(navigation->currentRow(), int(MainWindow::DashboardPageIndex));
        QTreeView *view = attentionView(page);
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->model()->rowCount(), int(AttentionModel::SectionCount));
        QVERIFY(view->isExpanded(page->model()->sectionIndex(AttentionModel::UnscheduledActivities)));
        auto *chart = page->findChild<QChartView *>(QStringLiteral("activityChart"));
        QVERIFY(chart && chart->isVisible());
        QCOMPARE(chart->chart()->title(), QStringLiteral("Activities by status per working group"));
        QVERIFY(!chart->chart()->series().isEmpty());
    }

    void paymentChangesTheDashboard()
    {
        Repositories &repos = m_window->repositories();
        Contribution c;
        c.partyId = repos.parties().byCode(QStringLiteral("MX"))->id;
        c.fundId = repos.funds().all().first().id;
        c.year = 2022;
        c.due = 2850000;
        QVERIFY(m_window->editor().addContribution(c).ok());

        DashboardPage *page = showDashboard();
        QVERIFY(page);
        page->setToday(QDate(2022, 6, 1));
        QTRY_VERIFY(line(page, AttentionModel::OutstandingContributions, c.uid).isValid());
        const QString before = line(page, AttentionModel::OutstandingContributions, c.uid).data().toString();
        QVERIFY2(before.contains(money::format(2850000, QStringLiteral("USD"), QLocale(QLocale::English))),
                 qPrintable(before));
        QCOMPARE(bars(page, QStringLiteral("Due")), (QList<qreal>{28500.0}));
        QCOMPARE(bars(page, QStringLiteral("Paid")), (QList<qreal>{0.0}));

        // Record 5,000.00 through the contributions page, as a user would.
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+5")));
        auto *contributions = qobject_cast<ContributionsPage *>(m_pages->currentWidget());
        QVERIFY(contributions);
        contributions->showContribution(c.uid);
        QCOMPARE(contributions->selectedUid(), c.uid);
        QTest::mouseClick(contributions->findChild<QPushButton *>(QStringLiteral("recordPaymentButton")),
                          Qt::LeftButton);
        PaymentDialog *dialog = contributions->paymentDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("paymentAmount")), QStringLiteral("5000"));
        dialog->findChild<QDateEdit *>(QStringLiteral("paymentDate"))->setDate(QDate(2022, 4, 20));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(!dialog || !dialog->isVisible());

        QCOMPARE(showDashboard(), page);
        const QString outstanding = money::format(2350000, QStringLiteral("USD"), QLocale(QLocale::English));
        QTRY_VERIFY2(
            line(page, AttentionModel::OutstandingContributions, c.uid).data().toString().contains(outstanding),
            qPrintable(line(page, AttentionModel::OutstandingContributions, c.uid).data().toString()));
        QCOMPARE(
            line(page, AttentionModel::OutstandingContributions, c.uid).data(AttentionModel::AmountRole).toLongLong(),
            2350000);
        QCOMPARE(bars(page, QStringLiteral("Paid")), (QList<qreal>{5000.0}));
        QCOMPARE(bars(page, QStringLiteral("Due")), (QList<qreal>{28500.0}));

        // Undo (from the dashboard) changes it back.
        m_window->editor().undoStack()->undo();
        QTRY_COMPARE(line(page, AttentionModel::OutstandingContributions, c.uid).data().toString(), before);
        QCOMPARE(bars(page, QStringLiteral("Paid")), (QList<qreal>{0.0}));

        // Activating the line opens the contribution on its page.
        activate(attentionView(page), line(page, AttentionModel::OutstandingContributions, c.uid));
        QCOMPARE(m_pages->currentWidget(), contributions);
        QCOMPARE(contributions->selectedUid(), c.uid);
    }

    void activatingALineOpensItsRecord()
    {
        DashboardPage *page = showDashboard();
        QVERIFY(page);
        page->setToday(QDate(2022, 4, 15));
        QTreeView *view = attentionView(page);
        const QModelIndex overdue =
            page->model()->index(0, 0, page->model()->sectionIndex(AttentionModel::OverdueFollowUps));
        QVERIFY(overdue.isValid());
        QVERIFY(overdue.data().toString().startsWith(QStringLiteral("1.e ")));
        const QString uid = overdue.data(AttentionModel::UidRole).toString();
        activate(view, overdue);
        auto *decisions = qobject_cast<DecisionsPage *>(m_pages->currentWidget());
        QVERIFY(decisions);
        QCOMPARE(decisions->selectedUids(), QStringList{uid});

        // A section heading or the "… and N more" line opens nothing.
        QVERIFY(showDashboard());
        activate(view, page->model()->sectionIndex(AttentionModel::UnscheduledActivities));
        QCOMPARE(m_pages->currentWidget(), page);
        const QModelIndex unscheduled = page->model()->sectionIndex(AttentionModel::UnscheduledActivities);
        activate(view, page->model()->index(page->model()->rowCount(unscheduled) - 1, 0, unscheduled));
        QCOMPARE(m_pages->currentWidget(), page);
    }
};

QTEST_MAIN(TestGuiDashboardPage)
#include "tst_gui_dashboardpage.moc"
