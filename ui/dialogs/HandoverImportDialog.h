#pragma once

#include <QDate>
#include <QWizard>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace pd {

class Database;
class HandoverImport;
class Repositories;
class MergeReportView;
class WizardPage;
struct ImportReport;

/*
 * File > Import Handover Package…: checks a package (HandoverImport::verify) and says
 * what it holds, or in one line why it is refused; then either
 *   - creates a new database file from it (as `handover import --new`): databaseCreated()
 *     once the dialog closes, for the main window to open it; or
 *   - merges it into this database (`--merge`), after saving a copy of the database beside
 *     it (*.before-import-<date>.sqlite), and shows the report: merged() tells the main
 *     window to show the merged records and drop its undo history, which a merge
 *     written beneath it would make wrong.
 * Merging is offered only into a writable database file.
 */
class HandoverImportDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        PackagePageId,
        ChoicePageId,
        ReportPageId
    };

    // Over the main window's repositories (their database is the one merged into).
    explicit HandoverImportDialog(Repositories &repos, QWidget *parent = nullptr);
    ~HandoverImportDialog() override;

    // A file name beside `databasePath` for the copy before an import, not yet taken:
    // <name>.before-import-2026-11-30.sqlite, then ...-2026-11-30-2.sqlite, ...
    static QString backupPathFor(const QString &databasePath, const QDate &date);
    // The copy made before the last merge (empty before one).
    QString backupPath() const { return m_backup; }
    const ImportReport *report() const { return m_report.get(); }

Q_SIGNALS:
    void databaseCreated(const QString &path);
    void merged();

private:
    WizardPage *buildPackagePage();
    WizardPage *buildChoicePage();
    WizardPage *buildReportPage();
    QString packagePath() const;
    QString newDatabasePath() const;
    bool mergeChosen() const;
    bool verifyPackage();
    bool importPackage();
    bool mergePackage();
    void updateNewPathNote();
    void showError(QLabel *label, const QString &text);

    Repositories &m_repos;
    Database &m_db;
    std::unique_ptr<HandoverImport> m_import;
    std::unique_ptr<ImportReport> m_report;
    QString m_backup;
    QString m_created;
    QString m_mergeRefusal; // why this database cannot take a merge; empty when it can
    QLineEdit *m_package = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_contents = nullptr;
    QRadioButton *m_asNew = nullptr;
    QRadioButton *m_merge = nullptr;
    QLineEdit *m_newPath = nullptr;
    QLabel *m_newPathNote = nullptr;
    QLabel *m_mergeNote = nullptr;
    QLabel *m_importError = nullptr;
    WizardPage *m_packagePage = nullptr;
    WizardPage *m_choicePage = nullptr;
    MergeReportView *m_reportView = nullptr;
};

} // namespace pd
