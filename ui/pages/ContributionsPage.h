#pragma once

#include "domain/Enums.h"

#include "dialogs/ContributionDialog.h"
#include "dialogs/PaymentDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace pd {

class ContributionTableModel;
class Editor;

/*
 * The annual contributions of the member countries to the funds: a table narrowed to
 * a year and a fund, arrears highlighted, totals below. "New Contribution…" enters an
 * amount due, "Record Payment…" a payment against the selected row; a double click
 * edits the amount due, "Delete Contribution" removes the selected row after a
 * confirmation. Every change goes through the Editor as one undo step. An empty table
 * says what to do first.
 */
class ContributionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContributionsPage(Editor &editor, QWidget *parent = nullptr);

    void setLanguage(Language language);
    QString selectedUid() const;
    void showContribution(const QString &uid);
    ContributionTableModel *model() const { return m_model; }

    // The dialogs open with open(); these return the one open, for tests.
    PaymentDialog *paymentDialog() const { return m_paymentDialog; }
    ContributionDialog *contributionDialog() const { return m_contributionDialog; }
    void newContribution();
    void editContribution(const QString &uid);
    void recordPayment();
    // Asks (window-modal, with open()) before deleting the selected contribution.
    void removeSelectedContribution();
    QMessageBox *deleteConfirmation() const { return m_confirmDelete; }

private:
    void fillFilters();
    void applyFilter();
    void updateTotals();
    void updateActions();

    Editor &m_editor;
    Language m_language = Language::English;
    ContributionTableModel *m_model = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_fund = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_paymentButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPointer<PaymentDialog> m_paymentDialog;
    QPointer<ContributionDialog> m_contributionDialog;
    QPointer<QMessageBox> m_confirmDelete;
};

} // namespace pd
