#include "MainWindow.h"

#include "HandoverActions.h"
#include "RecentFiles.h"
#include "commands/Editor.h"
#include "dialogs/ActivityEditor.h"
#include "dialogs/MeetingEditor.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "exchange/NewDatabase.h"
#include "i18n/Translation.h"
#include "pages/ActivitiesPage.h"
#include "pages/CalendarPage.h"
#include "pages/ContributionsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DecisionsPage.h"
#include "pages/DirectoryPage.h"
#include "pages/DocumentsPage.h"
#include "reports/Reports.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

namespace pd {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(database)), m_repos(std::make_unique<Repositories>(*m_db)),
      m_editor(std::make_unique<Editor>(*m_repos))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_handover = new HandoverActions(*this);
    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openDatabaseFile);
    buildPages();
    buildActions();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_presidencyLabel = new QLabel(this);
    m_presidencyLabel->setObjectName(QStringLiteral("presidencyLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_presidencyLabel);
    connect(&m_repos->presidencies(), &Repository::changed, this, &MainWindow::updateStatus);
    connect(&m_repos->parties(), &Repository::changed, this, &MainWindow::updateStatus);
    connect(m_editor.get(), &Editor::failed, this, [this](const QString &message) {
        showMessage(QStringLiteral("editError"), tr("The change could not be made"), message);
    });

    resize(1200, 720);
    restoreSettings();
    updateStatus();
    m_recent->remember(m_db->path());
    if (m_db->isReadOnly()) {
        // Said once the window is up (the box is window-modal), not only in the status bar.
        QTimer::singleShot(0, this, [this] {
            showMessage(QStringLiteral("readOnlyNotice"), tr("Opened read-only"),
                        tr("%1. It is open read-only here: nothing can be changed.").arg(m_db->readOnlyReason()));
        });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (const QString &name : pageNames())
        m_navigation->addItem(QString(name).remove(QLatin1Char('&')));
    m_navigation->setMinimumWidth(120);

    // Records are shown in the interface's language, with the other as a fallback.
    m_language = translation::currentLanguage();

    // The calendar and activities are built at once (they restore state); the other
    // pages when first shown, so that opening a large database does not wait on them.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (int page = 0; page < PageCount; ++page)
        m_pages->addWidget(new QWidget(m_pages));
    ensurePage(CalendarPageIndex);
    ensurePage(ActivitiesPageIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentWidget(ensurePage(Page(row)));
    });
    m_navigation->setCurrentRow(CalendarPageIndex);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({150, 1050});
    setCentralWidget(m_splitter);
}

void MainWindow::buildActions()
{
    // Built again in the new language when the language changes: what the last build
    // made goes first (the dock keeps its place and visibility through saveState).
    const QByteArray state = m_chrome.isEmpty() ? QByteArray() : saveState();
    for (const QPointer<QObject> &old : std::as_const(m_chrome))
        delete old.data();
    m_chrome.clear();
    menuBar()->clear();

    QUndoStack *stack = m_editor->undoStack();
    const bool writable = !m_db->isReadOnly();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newFile = file->addAction(tr("&New Database…"), this, &MainWindow::createNewDatabase);
    newFile->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    QAction *copy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    copy->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_handover->addTo(file);
    file->addSeparator();
    QMenu *print = file->addMenu(tr("&Print"));
    print->setObjectName(QStringLiteral("printMenu"));
    QAction *printCalendar = print->addAction(tr("&Calendar of the Year…"), this, &MainWindow::printCalendar);
    printCalendar->setObjectName(QStringLiteral("printCalendarAction"));
    printCalendar->setShortcut(QKeySequence::Print);
    print->addAction(tr("C&onsultation Matrix…"), this, &MainWindow::printConsultations)
        ->setObjectName(QStringLiteral("printConsultationsAction"));
    print->addAction(tr("&Decision Register…"), this, &MainWindow::printDecisions)
        ->setObjectName(QStringLiteral("printDecisionsAction"));
    print->addSeparator();
    print->addAction(tr("The agenda sheet of a meeting is printed from its editor."))->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    m_chrome << undo << redo;
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newMeetingAction = edit->addAction(tr("New &Meeting…"), this, [this] { newMeeting(); });
    newMeetingAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    newMeetingAction->setEnabled(writable);
    QAction *newActivityAction = edit->addAction(tr("New &Activity…"), this, &MainWindow::newActivity);
    newActivityAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    newActivityAction->setEnabled(writable);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::openSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList names = pageNames();
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = view->addAction(names.at(page), this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    view->addSeparator();
    m_history = new QDockWidget(tr("Undo History"), this);
    m_history->setObjectName(QStringLiteral("undoHistory"));
    m_history->setWidget(new QUndoView(stack, m_history));
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    view->addAction(m_history->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Presidency Desk"), this, [this] {
        QMessageBox::about(this, tr("About Presidency Desk"),
                           tr("<p><b>Presidency Desk</b> %1</p><p>The desk of the Presidency Pro-Tempore of a "
                              "regional conference on migration: calendar, working-group activities, documents, "
                              "decisions, contributions and the handover.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(newMeetingAction);
    tools->addAction(newActivityAction);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(find);
    m_chrome << file << edit << view << help << tools << m_history;
    m_recent->setMenu(recent);
    if (!state.isEmpty())
        restoreState(state);
}

QWidget *MainWindow::ensurePage(Page page)
{
    QWidget *built = nullptr;
    switch (page) {
    case CalendarPageIndex:
        if (!m_calendar) {
            m_calendar = new CalendarPage(*m_editor, m_pages);
            m_calendar->setLanguage(m_language);
            connect(m_calendar, &CalendarPage::editMeetingRequested, this, &MainWindow::editMeeting);
            connect(m_calendar, &CalendarPage::editActivityRequested, this, &MainWindow::editActivity);
            connect(m_calendar, &CalendarPage::newMeetingRequested, this, &MainWindow::newMeeting);
            built = m_calendar;
        }
        break;
    case ActivitiesPageIndex:
        if (!m_activities) {
            m_activities = new ActivitiesPage(*m_editor, m_pages);
            m_activities->setLanguage(m_language);
            connect(m_activities, &ActivitiesPage::editActivityRequested, this, &MainWindow::editActivity);
            built = m_activities;
        }
        break;
    case DocumentsPageIndex:
        if (!m_documents) {
            m_documents = new DocumentsPage(*m_editor, m_pages);
            m_documents->setLanguage(m_language);
            built = m_documents;
        }
        break;
    case DecisionsPageIndex:
        if (!m_decisions) {
            m_decisions = new DecisionsPage(*m_editor, m_pages);
            m_decisions->setLanguage(m_language);
            connect(m_decisions, &DecisionsPage::openMeetingRequested, this, &MainWindow::editMeeting);
            built = m_decisions;
        }
        break;
    case ContributionsPageIndex:
        if (!m_contributions) {
            m_contributions = new ContributionsPage(*m_editor, m_pages);
            m_contributions->setLanguage(m_language);
            built = m_contributions;
        }
        break;
    case DirectoryPageIndex:
        if (!m_directory) {
            m_directory = new DirectoryPage(*m_editor, m_pages);
            m_directory->setLanguage(m_language);
            built = m_directory;
        }
        break;
    case DashboardPageIndex:
        if (!m_dashboard) {
            m_dashboard = new DashboardPage(*m_editor, m_pages);
            m_dashboard->setLanguage(m_language);
            // A fixed "today" (ISO date) for screenshots and demonstrations of past data.
            const QDate today =
                QDate::fromString(QSettings().value(QStringLiteral("dashboard/today")).toString(), Qt::ISODate);
            if (today.isValid())
                m_dashboard->setToday(today);
            connect(m_dashboard, &DashboardPage::openRecordRequested, this, &MainWindow::openRecord);
            built = m_dashboard;
        }
        break;
    case PageCount:
        break;
    }
    if (built) {
        QWidget *placeholder = m_pages->widget(page);
        m_pages->insertWidget(page, built);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return m_pages->widget(page);
}

QStringList MainWindow::pageNames()
{
    return {tr("&Calendar"),      tr("&Activities"), tr("&Documents"), tr("D&ecisions"),
            tr("C&ontributions"), tr("Di&rectory"),  tr("Das&hboard")};
}

void MainWindow::changeEvent(QEvent *event)
{
    // Switching installs and removes several translators, each sending LanguageChange:
    // the window is rebuilt once, after the last.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending && m_pages) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    m_language = translation::currentLanguage();
    // Menus, toolbar and dock are made again with their texts. The pages are rebuilt
    // rather than each taught to retranslate every label it has: their state (month,
    // view, columns, current page) goes through the settings as between sessions; what
    // was typed in a filter box is not kept. Records are in the database and the undo
    // history in the Editor, so neither is touched.
    saveSettings();
    buildActions();
    const QStringList names = pageNames();
    for (int page = 0; page < PageCount; ++page)
        m_navigation->item(page)->setText(QString(names.at(page)).remove(QLatin1Char('&')));
    const auto rebuild = [this](auto *&page) {
        if (!page)
            return;
        const int index = m_pages->indexOf(page);
        m_pages->insertWidget(index, new QWidget(m_pages));
        m_pages->removeWidget(page);
        page->deleteLater();
        page = nullptr;
    };
    rebuild(m_calendar);
    rebuild(m_activities);
    rebuild(m_documents);
    rebuild(m_decisions);
    rebuild(m_contributions);
    rebuild(m_directory);
    rebuild(m_dashboard);
    ensurePage(CalendarPageIndex);
    ensurePage(ActivitiesPageIndex);
    restoreSettings();
    m_pages->setCurrentWidget(ensurePage(Page(m_navigation->currentRow())));
    updateStatus();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Presidency Desk"));
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openReport(const QString &title, const ReportDialog::Builder &builder)
{
    auto *dialog = new ReportDialog(title, builder, ReportDialog::Extras::None, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::printCalendar()
{
    // The year on show in the calendar, in the shape of conclusion 7 of the RCGM.
    const int year = m_calendar->currentMonth().year();
    Repositories &repos = *m_repos;
    openReport(tr("Print the Calendar of %1").arg(year), [&repos, year](const ReportOptions &options) {
        return reports::calendarSheet(repos, QDate(year, 1, 1), QDate(year, 12, 31), options);
    });
}

void MainWindow::printConsultations()
{
    Repositories &repos = *m_repos;
    openReport(tr("Print the Consultation Matrix"),
               [&repos](const ReportOptions &options) { return reports::consultationMatrix(repos, options); });
}

void MainWindow::printDecisions()
{
    // The meeting chosen on the decisions page, else the latest with a register.
    const qint64 meeting = m_decisions ? m_decisions->currentMeeting() : 0;
    const QString uid = meeting ? m_repos->meetings().uidOf(meeting) : QString();
    Repositories &repos = *m_repos;
    openReport(tr("Print the Decision Register"),
               [&repos, uid](const ReportOptions &options) { return reports::decisionRegister(repos, uid, options); });
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::openSearch()
{
    auto *dialog = new SearchDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::recordChosen, this, &MainWindow::openRecord);
    dialog->open();
}

void MainWindow::openRecord(const QString &kind, const QString &uid)
{
    if (kind == QLatin1String("meeting")) {
        showPage(CalendarPageIndex);
        m_calendar->showMeeting(uid);
    } else if (kind == QLatin1String("activity")) {
        showPage(ActivitiesPageIndex);
        m_activities->showActivity(uid);
    } else if (kind == QLatin1String("document")) {
        showPage(DocumentsPageIndex);
        static_cast<DocumentsPage *>(ensurePage(DocumentsPageIndex))->showDocument(uid);
    } else if (kind == QLatin1String("decision")) {
        showPage(DecisionsPageIndex);
        static_cast<DecisionsPage *>(ensurePage(DecisionsPageIndex))->showDecision(uid);
    } else if (kind == QLatin1String("contribution")) {
        showPage(ContributionsPageIndex);
        static_cast<ContributionsPage *>(ensurePage(ContributionsPageIndex))->showContribution(uid);
    }
}

void MainWindow::newMeeting(const QDate &date)
{
    Meeting meeting;
    meeting.kind = MeetingKind::Workshop;
    meeting.startDate = date;
    meeting.endDate = date;
    auto *dialog = new MeetingEditor(*m_editor, meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editMeeting(const QString &uid)
{
    const auto meeting = m_repos->meetings().byUid(uid);
    if (!meeting)
        return;
    auto *dialog = new MeetingEditor(*m_editor, *meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newActivity()
{
    auto *dialog = new ActivityEditor(*m_editor, Activity(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editActivity(const QString &uid)
{
    const auto activity = m_repos->activities().byUid(uid);
    if (!activity)
        return;
    auto *dialog = new ActivityEditor(*m_editor, *activity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reload()
{
    m_editor->undoStack()->clear();
    retranslate(); // which builds the pages and menus again and keeps the page on show
}

void MainWindow::showMessage(const QString &objectName, const QString &title, const QString &text)
{
    // Window-modal and non-blocking, so that nothing (tests included) waits on it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openDatabaseFile(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath()) {
        statusBar()->showMessage(tr("%1 is already open.").arg(path), 5000);
        return true;
    }
    Database::Options options;
    options.access = Database::Access::ReadOnlyIfLocked;
    auto db = Database::open(path, options);
    if (!db) {
        showMessage(QStringLiteral("openError"), tr("Cannot open the database"), db.error().message);
        return false;
    }
    auto *window = new MainWindow(std::move(*db));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_db->path()).path(),
                                                      tr("Presidency Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::createNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QFileInfo(m_db->path()).path(),
                                                      tr("Presidency Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    auto db = createDatabase(path, NewDatabaseContent::Empty);
    if (!db) {
        showMessage(QStringLiteral("newError"), tr("Cannot create the database"), db.error().message);
        return;
    }
    db->reset();
    openDatabaseFile(path);
}

void MainWindow::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), QFileInfo(m_db->path()).path(),
                                                      tr("Presidency Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (Status s = m_db->saveCopy(path); !s)
        showMessage(QStringLiteral("copyError"), tr("Cannot save a copy"), s.error().message);
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
}

QStringList MainWindow::recentFiles()
{
    return RecentFiles::files();
}

void MainWindow::updateStatus()
{
    QString where = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        where = tr("%1 (read-only: %2)").arg(where, m_db->readOnlyReason());
    m_databaseLabel->setText(where);
    setWindowTitle(tr("Presidency Desk – %1").arg(QFileInfo(m_db->path()).fileName()));
    const auto presidency = m_repos->currentPresidency();
    const auto party = presidency ? m_repos->parties().byId(presidency->partyId) : std::nullopt;
    m_presidencyLabel->setText(party ? tr("Presidency Pro-Tempore: %1").arg(party->name.text(m_language))
                                     : tr("No current presidency"));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_activities->restoreState(settings.value(QStringLiteral("activities/header")).toByteArray());
    const QDate month = QDate::fromString(settings.value(QStringLiteral("calendar/month")).toString(), Qt::ISODate);
    if (month.isValid())
        m_calendar->setMonth(month);
    m_calendar->setView(CalendarPage::View(
        qBound(0, settings.value(QStringLiteral("calendar/view")).toInt(), int(CalendarPage::View::List))));
    // The dashboard is the start page until the user has been somewhere else.
    showPage(Page(
        qBound(0, settings.value(QStringLiteral("window/page"), int(DashboardPageIndex)).toInt(), int(PageCount) - 1)));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    settings.setValue(QStringLiteral("activities/header"), m_activities->saveState());
    // ISO text rather than a QVariant blob: the file stays readable and editable.
    settings.setValue(QStringLiteral("calendar/month"), m_calendar->currentMonth().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("calendar/view"), int(m_calendar->view()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace pd
