// The first main window, driven as a user would under the offscreen platform:
// the pages over the real RCM data, navigation, and the status bar.

#include "MainWindow.h"
#include "TestSupport.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheRcmData()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(db);
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *meetings = window.findChild<QTableView *>(QStringLiteral("meetingsView"));
        auto *activities = window.findChild<QTableView *>(QStringLiteral("activitiesView"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(meetings && activities && pages && navigation);
        QCOMPARE(meetings->model()->rowCount(), 7);
        QCOMPARE(activities->model()->rowCount(), 27);
        QCOMPARE(pages->currentWidget(), meetings);

        // Choose "Activities" in the sidebar with the keyboard.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(pages->currentWidget(), activities);
        QTest::keyClick(navigation, Qt::Key_Up);
        QCOMPARE(pages->currentWidget(), meetings);

        auto *presidency = window.findChild<QLabel *>(QStringLiteral("presidencyLabel"));
        QCOMPARE(presidency->text(), QStringLiteral("Presidency Pro-Tempore: Mexico"));
        auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(database->text().endsWith(QStringLiteral("rcm.sqlite")));
    }

    void followsEditsMadeElsewhere()
    {
        QTemporaryDir dir;
        MainWindow window(test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite"))));
        auto *activities = window.findChild<QTableView *>(QStringLiteral("activitiesView"));
        Activity h = *window.repositories().activities().byCode(QStringLiteral("7.h"));
        h.status = ActivityStatus::InProgress;
        QVERIFY(window.repositories().activities().update(h).ok());
        bool found = false;
        for (int row = 0; row < activities->model()->rowCount(); ++row) {
            if (activities->model()->index(row, 0).data().toString() == QLatin1String("7.h")) {
                QCOMPARE(activities->model()->index(row, 5).data().toString(), QStringLiteral("In progress"));
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
