#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QLabel;
class QTimer;

namespace pd {

class Database;

// The global search (Ctrl+F): full-text search over meetings, activities, documents
// and decisions, results grouped by kind; Enter or a double-click opens the record
// through recordChosen(kind, uid) and closes the dialog.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Database &db, QWidget *parent = nullptr);
    void setQuery(const QString &text);
    int resultCount() const;

Q_SIGNALS:
    void recordChosen(const QString &kind, const QString &uid);

private:
    void runSearch();
    void choose();

    Database &m_db;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace pd
