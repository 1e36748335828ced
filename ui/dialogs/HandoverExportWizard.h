#pragma once

#include "exchange/HandoverManifest.h"

#include <QDate>
#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pd {

class Database;
class Repositories;
class WizardPage;

/*
 * File > Hand Over…: writes the handover package for the incoming presidency
 * (HandoverExport) in four pages: the incoming presidency and whether to leave out
 * personal data; the package file; a summary, whose Export button writes the package;
 * and what was written (the manifest's record counts). An error is said in one line on
 * the summary page, which stays so that another file can be tried; the core writes
 * through QSaveFile, so nothing is left behind.
 */
class HandoverExportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoicePageId,
        FilePageId,
        SummaryPageId,
        DonePageId
    };

    HandoverExportWizard(Database &db, Repositories &repos, QWidget *parent = nullptr);

    // handover-MX-to-SV-2026-11-30.zip (without the "MX-" part when `from` is empty).
    static QString defaultFileName(const QString &from, const QString &to, const QDate &date);
    QString incomingCode() const;
    QString packagePath() const;
    // The manifest of the package written, once it is.
    const std::optional<HandoverManifest> &manifest() const { return m_manifest; }

private:
    WizardPage *buildChoicePage();
    WizardPage *buildFilePage();
    WizardPage *buildSummaryPage();
    WizardPage *buildDonePage();
    void suggestPath();
    void updateFileNote();
    void browse();
    bool exportPackage();

    Database &m_db;
    Repositories &m_repos;
    QString m_fromCode;
    QComboBox *m_incoming = nullptr;
    QCheckBox *m_excludePersonal = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileNote = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    WizardPage *m_filePage = nullptr;
    bool m_pathEdited = false; // the user typed or chose a path: no more default names
    std::optional<HandoverManifest> m_manifest;
};

} // namespace pd
