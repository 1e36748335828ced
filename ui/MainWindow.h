#pragma once

#include "dialogs/ReportDialog.h"
#include "domain/Enums.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSplitter;
class QDockWidget;

namespace pd {

class Database;
class Editor;
class Repositories;
class CalendarPage;
class ActivitiesPage;
class DocumentsPage;
class DecisionsPage;
class ContributionsPage;
class DirectoryPage;
class DashboardPage;
class HandoverActions;
class RecentFiles;

/*
 * The main window over one open database. It owns the Database, the Repositories and
 * the Editor (the undo stack) built on it, and the pages. Opening another file opens
 * a new window on it and closes this one, so no page ever sees two databases.
 * Window geometry, splitter, last page and recent files persist in QSettings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The pages in the order of the sidebar (and of Ctrl+1, Ctrl+2, ...).
    enum Page
    {
        CalendarPageIndex,
        ActivitiesPageIndex,
        DocumentsPageIndex,
        DecisionsPageIndex,
        ContributionsPageIndex,
        DirectoryPageIndex,
        DashboardPageIndex, // what needs attention; last, so that saved page numbers keep their meaning
        PageCount
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Repositories &repositories() const { return *m_repos; }
    Editor &editor() const { return *m_editor; }
    Database &database() const { return *m_db; }

    // Opens `path` in a new window (replacing this one); a bad file gets a message in
    // a window-modal box (objectName "openError") and this window stays.
    bool openDatabaseFile(const QString &path);
    void showPage(Page page);
    void openSearch();
    void openRecord(const QString &kind, const QString &uid);
    void newMeeting(const QDate &date = {});
    void editMeeting(const QString &uid);
    void newActivity();
    void editActivity(const QString &uid);
    // Builds the pages again over what the database holds and clears the undo history:
    // after a write that went beneath the repositories (a merged handover package).
    void reload();

    static QStringList recentFiles(); // File > Open Recent (RecentFiles)
    static QStringList pageNames();   // with their menu accelerators
    // The page's widget, built on first use.
    QWidget *ensurePage(Page page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void buildActions();
    void retranslate();
    void openSettings();
    void openReport(const QString &title, const ReportDialog::Builder &builder);
    void printCalendar();
    void printConsultations();
    void printDecisions();
    void updateStatus();
    void saveCopy();
    void createNewDatabase();
    void chooseDatabase();
    void showMessage(const QString &objectName, const QString &title, const QString &text);
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    Language m_language = Language::English;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    CalendarPage *m_calendar = nullptr;
    ActivitiesPage *m_activities = nullptr;
    DocumentsPage *m_documents = nullptr;
    DecisionsPage *m_decisions = nullptr;
    ContributionsPage *m_contributions = nullptr;
    DirectoryPage *m_directory = nullptr;
    DashboardPage *m_dashboard = nullptr;
    HandoverActions *m_handover = nullptr;
    QDockWidget *m_history = nullptr;
    QList<QPointer<QObject>> m_chrome; // menus, toolbar, dock and actions of the last buildActions()
    bool m_retranslatePending = false;
    RecentFiles *m_recent = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_presidencyLabel = nullptr;
};

} // namespace pd
