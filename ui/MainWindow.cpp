#include "MainWindow.h"

#include "models/ActivityListModel.h"
#include "models/MeetingListModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace pd {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(database)), m_repos(std::make_unique<Repositories>(*m_db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_meetings = new MeetingListModel(*m_repos, this);
    m_activities = new ActivityListModel(*m_repos, this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Calendar"));
    m_navigation->addItem(tr("Activities"));
    m_navigation->setMinimumWidth(120);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(makeTable(m_meetings, QStringLiteral("meetingsView")));
    m_pages->addWidget(makeTable(m_activities, QStringLiteral("activitiesView")));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({160, 1040});
    setCentralWidget(splitter);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_presidencyLabel = new QLabel(this);
    m_presidencyLabel->setObjectName(QStringLiteral("presidencyLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_presidencyLabel);
    connect(&m_repos->presidencies(), &Repository::changed, this, &MainWindow::updateStatus);

    buildMenus();
    updateStatus();
    resize(1200, 720);
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->resizeColumnsToContents();
    // The title (column 1 of both tables) takes the room that is left; the rest fit their contents.
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return view;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Presidency Desk"), this, [this] {
        QMessageBox::about(this, tr("About Presidency Desk"),
                           tr("<p><b>Presidency Desk</b> %1</p><p>The desk of the Presidency Pro-Tempore of a "
                              "regional conference on migration: calendar, working-group activities, documents, "
                              "decisions, contributions and the handover.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateStatus()
{
    QString where = m_db->path();
    if (m_db->isReadOnly())
        where = tr("%1 (read-only: %2)").arg(where, m_db->readOnlyReason());
    m_databaseLabel->setText(where);
    setWindowTitle(tr("Presidency Desk – %1").arg(QFileInfo(m_db->path()).fileName()));

    const auto presidency = m_repos->currentPresidency();
    const auto party = presidency ? m_repos->parties().byId(presidency->partyId) : std::nullopt;
    m_presidencyLabel->setText(party ? tr("Presidency Pro-Tempore: %1").arg(party->name.text(Language::English))
                                     : tr("No current presidency"));
}

} // namespace pd
