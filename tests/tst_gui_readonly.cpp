// A database held by another instance opens read-only: every page then shows its records
// but offers no edit. The test holds the RCM database as another Presidency Desk would,
// opens it again in a main window and goes through the pages, finding the controls that
// edit by objectName, with a record selected wherever one would enable them.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "storage/Repositories.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

namespace {

// The control that edits, found by objectName among the window's children.
QWidget *control(const MainWindow &window, const char *name)
{
    return window.findChild<QWidget *>(QLatin1String(name));
}

// Clicks the first row, in its first column shown.
void selectFirstRow(QTreeView *view)
{
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    int column = 0;
    while (view->isColumnHidden(column))
        ++column;
    const QModelIndex first = view->model()->index(0, column);
    view->scrollTo(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QVERIFY(view->selectionModel()->isRowSelected(0, {}));
}

} // namespace

class TestGuiReadOnly : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_holder; // the other instance: holds the lock
    std::unique_ptr<MainWindow> m_window;

    void expectDisabled(std::initializer_list<const char *> names)
    {
        for (const char *name : names) {
            QWidget *widget = control(*m_window, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->isEnabled(), name);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
        m_holder = test::rcmDatabase(path);
        QVERIFY(m_holder);
        // Records to select on the pages whose buttons want a selection.
        Repositories repos(*m_holder);
        const QList<Party> parties = repos.parties().all();
        const QList<Fund> funds = repos.funds().all();
        QVERIFY(!parties.isEmpty() && !funds.isEmpty());
        Contribution c;
        c.partyId = parties.first().id;
        c.fundId = funds.first().id;
        c.year = 2021;
        c.due = 100000;
        QVERIFY(repos.contributions().add(c).ok());
        FocalPoint f;
        f.partyId = parties.first().id;
        f.name = QStringLiteral("Ana Pérez");
        QVERIFY(repos.focalPoints().add(f).ok());

        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto db = Database::open(path, options);
        QVERIFY(db);
        QVERIFY((*db)->isReadOnly());
        m_window = std::make_unique<MainWindow>(std::move(*db));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void documents()
    {
        m_window->showPage(MainWindow::DocumentsPageIndex);
        auto *documents = m_window->findChild<QTreeView *>(QStringLiteral("documentsView"));
        selectFirstRow(documents);
        expectDisabled({"newDocumentButton", "editDocumentButton", "deleteDocumentButton", "documentStateCombo",
                        "addAttachmentButton", "removeAttachmentButton", "overrideReason", "overrideButton"});
        // A consultation cell clicked or activated opens no editor.
        auto *matrix = m_window->findChild<QTableView *>(QStringLiteral("consultationMatrix"));
        QVERIFY(matrix && matrix->model()->rowCount() > 0 && matrix->model()->columnCount() > 0);
        const QModelIndex cell = matrix->model()->index(0, 0);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QCoreApplication::processEvents();
        QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("consultationEditor")));
    }

    void decisions()
    {
        m_window->showPage(MainWindow::DecisionsPageIndex);
        auto *meetings = m_window->findChild<QComboBox *>(QStringLiteral("meetingCombo"));
        QVERIFY(meetings && meetings->count() > 0);
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("decisionsView"));
        selectFirstRow(view);
        // The follow-up is shown (the box is enabled) but cannot be changed.
        QVERIFY(control(*m_window, "decisionDetails")->isEnabled());
        expectDisabled({"ownerCombo", "dueCheck", "dueDate", "statusCombo"});
        auto *pending = m_window->findChild<QTreeView *>(QStringLiteral("pendingList"));
        if (pending->model()->rowCount() > 0)
            selectFirstRow(pending);
        expectDisabled({"carryForwardButton"});
    }

    void contributions()
    {
        m_window->showPage(MainWindow::ContributionsPageIndex);
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("contributionsView"));
        selectFirstRow(view);
        expectDisabled({"newContributionButton", "recordPaymentButton", "deleteContributionButton"});
        // A double click, which edits the amount due, opens nothing.
        const QModelIndex first = view->model()->index(0, 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QCoreApplication::processEvents();
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            QVERIFY2(!dialog->isVisible() || dialog->objectName() == QLatin1String("readOnlyNotice"),
                     qPrintable(dialog->objectName()));
    }

    void directory()
    {
        m_window->showPage(MainWindow::DirectoryPageIndex);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("directoryTabs"));
        QVERIFY(tabs);
        selectFirstRow(m_window->findChild<QTreeView *>(QStringLiteral("partiesView")));
        tabs->setCurrentIndex(1);
        selectFirstRow(m_window->findChild<QTreeView *>(QStringLiteral("focalPointsView")));
        expectDisabled({"editPartyButton", "addFocalPointButton", "editFocalPointButton", "removeFocalPointButton"});
    }

    void activities()
    {
        m_window->showPage(MainWindow::ActivitiesPageIndex);
        selectFirstRow(m_window->findChild<QTreeView *>(QStringLiteral("activitiesView")));
        expectDisabled({"bulkStatusButton"});
        // Delete on a selected row removes nothing.
        QTest::keyClick(m_window->findChild<QTreeView *>(QStringLiteral("activitiesView")), Qt::Key_Delete);
        QCOMPARE(m_window->editor().undoStack()->count(), 0);
    }

    void calendar()
    {
        m_window->showPage(MainWindow::CalendarPageIndex);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("unscheduledList"));
        QVERIFY(list && list->model()->rowCount() > 0); // the RCM data leaves items unscheduled
        list->setCurrentIndex(list->model()->index(0, 0));
        expectDisabled({"assignDateButton"});
        QCOMPARE(list->dragDropMode(), QAbstractItemView::NoDragDrop);
        QVERIFY(!control(*m_window, "monthView")->acceptDrops());
        QVERIFY(!control(*m_window, "weekView")->acceptDrops());
    }

    void nothingWasWritten()
    {
        Repositories repos(*m_holder);
        QCOMPARE(repos.contributions().count(), 1);
        QCOMPARE(m_window->editor().undoStack()->count(), 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_holder.reset();
    }
};

QTEST_MAIN(TestGuiReadOnly)
#include "tst_gui_readonly.moc"
