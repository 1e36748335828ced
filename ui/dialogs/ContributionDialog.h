#pragma once

#include "domain/Contribution.h"
#include "domain/Enums.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd {

class Editor;

/*
 * What a country owes a fund for a year: country, fund, year, amount due, currency and
 * a note. A new one when contribution.id == 0, else an edit (its payments are kept).
 * Problems are shown in red next to their field and keep OK disabled; OK saves through
 * the Editor as one undo step. Open it with open(), never exec().
 */
class ContributionDialog : public QDialog
{
    Q_OBJECT
public:
    ContributionDialog(Editor &editor, const Contribution &contribution, Language language, QWidget *parent = nullptr);

    Contribution contribution() const; // as currently entered
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

private:
    bool validate();
    void fundChanged();

    Editor &m_editor;
    Contribution m_contribution;

    QComboBox *m_party = nullptr;
    QComboBox *m_fund = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_due = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_partyError = nullptr;
    QLabel *m_dueError = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
