#pragma once

#include <QMainWindow>

#include <memory>

class QAbstractItemModel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QLabel;

namespace pd {

class Database;
class Repositories;
class MeetingListModel;
class ActivityListModel;

// The main window over one open database. It owns the Database it is given and the
// repositories and models built on it; pages are children of the stacked widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Repositories &repositories() const { return *m_repos; }

private:
    void buildMenus();
    void updateStatus();
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    MeetingListModel *m_meetings = nullptr;
    ActivityListModel *m_activities = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_presidencyLabel = nullptr;
};

} // namespace pd
