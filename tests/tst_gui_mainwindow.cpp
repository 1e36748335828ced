// The main window driven as a user would under the offscreen platform: pages over
// the real RCM data, navigation, undo/redo across pages, the global search, opening a
// bad file from the File menu, and the state kept between sessions.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/SearchDialog.h"
#include "pages/ActivitiesPage.h"
#include "pages/CalendarPage.h"
#include "pages/ContributionsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DecisionsPage.h"
#include "pages/DirectoryPage.h"
#include "pages/DocumentsPage.h"
#include "storage/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pd;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>(
            test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++))));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    template <typename T>
    static T *modal(const QString &name)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<T *>(w); t && t->objectName() == name && t->isVisible())
                return t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void pagesAndNavigation()
    {
        auto window = newWindow();
        QVERIFY(window);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(pages && navigation);
        // The dashboard is the start page of a first session.
        QVERIFY(qobject_cast<DashboardPage *>(pages->currentWidget()));
        QCOMPARE(navigation->currentRow(), int(MainWindow::DashboardPageIndex));
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
        QVERIFY(qobject_cast<CalendarPage *>(pages->currentWidget()));

        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QVERIFY(qobject_cast<ActivitiesPage *>(pages->currentWidget()));
        // The View menu's shortcut goes back.
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
        QVERIFY(qobject_cast<CalendarPage *>(pages->currentWidget()));
        // Every page of the sidebar has its shortcut, in the sidebar's order.
        QCOMPARE(navigation->count(), int(MainWindow::PageCount));
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
        QVERIFY(qobject_cast<DocumentsPage *>(pages->currentWidget()));
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+4")));
        QVERIFY(qobject_cast<DecisionsPage *>(pages->currentWidget()));
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+5")));
        QVERIFY(qobject_cast<ContributionsPage *>(pages->currentWidget()));
        QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+6")));
        QVERIFY(qobject_cast<DirectoryPage *>(pages->currentWidget()));
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Directory"));

        auto *presidency = window->findChild<QLabel *>(QStringLiteral("presidencyLabel"));
        QCOMPARE(presidency->text(), QStringLiteral("Presidency Pro-Tempore: Mexico"));
        auto *database = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(database->text().endsWith(QStringLiteral(".sqlite")));
    }

    void undoAndRedoWorkAcrossPages()
    {
        auto window = newWindow();
        QVERIFY(window);
        const Activity h = *window->repositories().activities().byCode(QStringLiteral("7.h"));
        QVERIFY(window->editor().setActivityStatus({h.uid}, ActivityStatus::Completed).ok());
        auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Change status of 7.h"));

        window->showPage(MainWindow::CalendarPageIndex); // undo from another page
        QTest::keySequence(window.get(), QKeySequence::Undo);
        QCOMPARE(window->repositories().activities().byUid(h.uid)->status, ActivityStatus::Planned);
        QTest::keySequence(window.get(), QKeySequence::Redo);
        QCOMPARE(window->repositories().activities().byUid(h.uid)->status, ActivityStatus::Completed);
    }

    void searchJumpsToTheRecord()
    {
        auto window = newWindow();
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
        auto *dialog = window->findChild<SearchDialog *>(QStringLiteral("searchDialog"));
        QVERIFY(dialog);
        dialog->setQuery(QStringLiteral("reintegracion")); // accent-blind
        QVERIFY(dialog->resultCount() >= 1);
        auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
        QTest::keyClick(query, Qt::Key_Return);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *activities = qobject_cast<ActivitiesPage *>(pages->currentWidget());
        QVERIFY(activities);
        const Activity h = *window->repositories().activities().byCode(QStringLiteral("7.h"));
        QCOMPARE(activities->selectedUids(), QList<QString>{h.uid});
    }

    void badFileFromTheFileMenu()
    {
        auto window = newWindow();
        QVERIFY(window);
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const QByteArray hash = test::sha256Of(path);
        QVERIFY(!window->openDatabaseFile(path));
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("openError"));
        QVERIFY(box);
        QCOMPARE(box->text(), path + QStringLiteral(" is not a SQLite database"));
        QVERIFY(window->isVisible()); // the current window stays
        QCOMPARE(test::sha256Of(path), hash);
        box->close();
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("openError"))); // deleted on close

        // A missing file names the path too.
        QVERIFY(!window->openDatabaseFile(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(window->findChild<QMessageBox *>(QStringLiteral("openError"))
                    ->text()
                    .contains(QStringLiteral("does not exist")));
    }

    void aDatabaseHeldElsewhereOpensReadOnly()
    {
        // The first window holds its file's lock, as another Presidency Desk would.
        auto holder = newWindow();
        QVERIFY(holder);
        const QString held = holder->database().path();
        const QByteArray hash = test::sha256Of(held);
        auto *opener = new MainWindow(test::rcmDatabase(m_dir.filePath(QStringLiteral("opener.sqlite"))));
        opener->setAttribute(Qt::WA_DeleteOnClose);
        opener->show();
        QVERIFY(opener->openDatabaseFile(held));

        MainWindow *readOnly = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<MainWindow *>(w); m && m != holder.get() && m->isVisible())
                readOnly = m;
        }
        QVERIFY(readOnly);
        QVERIFY(readOnly->database().isReadOnly());
        QVERIFY(readOnly->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QStringLiteral("read-only")));
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = readOnly->findChild<QMessageBox *>(QStringLiteral("readOnlyNotice"))));
        QVERIFY2(notice->text().contains(QStringLiteral("is open in another Presidency Desk")),
                 qPrintable(notice->text()));
        // Nothing can be started that would write.
        int creators = 0;
        for (QAction *action : readOnly->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("New &Meeting…") ||
                action->text() == QStringLiteral("New &Activity…")) {
                QVERIFY(!action->isEnabled());
                ++creators;
            }
        }
        QCOMPARE(creators, 2);
        readOnly->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(test::sha256Of(held), hash);
    }

    void openingAnotherDatabaseReplacesTheWindow()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(test::rcmDatabase(other));
        auto *window = newWindow().release();
        QVERIFY(window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> old(window);
        QVERIFY(window->openDatabaseFile(other));
        QTRY_VERIFY(old.isNull()); // closed and deleted
        MainWindow *replacement = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible())
                replacement = m;
        }
        QVERIFY(replacement);
        QCOMPARE(replacement->database().path(), other);
        QCOMPARE(MainWindow::recentFiles().first(), other);
        delete replacement;
    }

    void stateIsKeptBetweenSessions()
    {
        {
            auto window = newWindow();
            QVERIFY(window);
            window->resize(1200, 700);
            window->findChild<CalendarPage *>()->setMonth(QDate(2021, 12, 1));
            window->findChild<CalendarPage *>()->setView(CalendarPage::View::Week);
            window->showPage(MainWindow::ActivitiesPageIndex);
            window->close();
        }
        auto window = newWindow();
        QVERIFY(window);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(qobject_cast<ActivitiesPage *>(pages->currentWidget()));
        QCOMPARE(window->size(), QSize(1200, 700));
        QCOMPARE(window->findChild<CalendarPage *>()->currentMonth(), QDate(2021, 12, 1));
        QCOMPARE(window->findChild<CalendarPage *>()->view(), CalendarPage::View::Week);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
