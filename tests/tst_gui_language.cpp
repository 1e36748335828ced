// Switching the interface language at run time, as a user would: Edit > Settings, pick
// Español, and the menus, the sidebar, the page titles, the calendar's month and the open
// Settings dialog itself are in Spanish without a restart; the undo history survives;
// back to English the same way. The choice is kept for the next start.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/SettingsDialog.h"
#include "i18n/Translation.h"
#include "pages/CalendarPage.h"
#include "storage/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestGuiLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

    static SettingsDialog *openSettings(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    }

    static void choose(SettingsDialog *dialog, const QString &code)
    {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setFocus();
        const int index = combo->findData(code);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        // Qt posts LanguageChange to each window, which rebuilds once on a zero timer: a
        // loaded machine may need longer, so the first check after a switch is a QTRY.
        QTest::qWait(50);
    }

    static QString monthTitle(MainWindow &window)
    {
        auto *label = window.findChild<QLabel *>(QStringLiteral("monthLabel"));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        translation::setLanguage(*qApp, Language::English);
    }

    void switchesToSpanishAndBack()
    {
        MainWindow window(test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::CalendarPageIndex);
        window.findChild<CalendarPage *>()->setMonth(QDate(2021, 12, 1));
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(monthTitle(window), QStringLiteral("December 2021"));

        // An edit before the switch, to undo after it.
        const Decision decision = window.repositories().decisions().all().first();
        QVERIFY(window.editor().setFollowUp(decision.uid, decision.ownerId, QDate(2030, 1, 31)));

        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        choose(dialog, QStringLiteral("es"));

        QCOMPARE(translation::currentLanguage(), Language::Spanish);
        QTRY_COMPARE(menuTitles(window), (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                                                      QStringLiteral("&Ver"), QStringLiteral("Ay&uda")}));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(MainWindow::CalendarPageIndex)->text(), QStringLiteral("Calendario"));
        QCOMPARE(navigation->item(MainWindow::DashboardPageIndex)->text(), QStringLiteral("Tablero"));
        // The page was rebuilt on the month it showed, and names it in Spanish.
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(qobject_cast<CalendarPage *>(pages->currentWidget()));
        QCOMPARE(monthTitle(window), QStringLiteral("diciembre de 2021"));
        // The open dialog retranslated too.
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Configuración"));
        QCOMPARE(translation::savedLanguage(), std::optional<Language>(Language::Spanish));

        // The undo history is the same, named in the new language from now on.
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Deshacer")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(window.repositories().decisions().byUid(decision.uid)->due, decision.due);

        choose(dialog, QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(navigation->item(MainWindow::CalendarPageIndex)->text(), QStringLiteral("Calendar"));
        QCOMPARE(monthTitle(window), QStringLiteral("December 2021"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        dialog->close();
    }

    void followingTheSystemForgetsTheChoice()
    {
        MainWindow window(test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm2.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        choose(dialog, QStringLiteral("es"));
        QCOMPARE(translation::savedLanguage(), std::optional<Language>(Language::Spanish));
        choose(dialog, QString()); // "Same as the system"; the tests run under C.UTF-8
        QCOMPARE(translation::savedLanguage(), std::nullopt);
        QCOMPARE(translation::currentLanguage(), Language::English);
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        dialog->close();
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
