#pragma once

#include "domain/Contribution.h"
#include "domain/Enums.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Editor;

/*
 * Records one payment against a contribution: amount (in the contribution's currency,
 * as the locale writes numbers), date and note. A problem with the amount is shown in
 * red next to it and keeps OK disabled. OK records the payment through the Editor as
 * one undo step; a save error is shown in the dialog, which stays open. Open it with
 * open(), never exec().
 */
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Editor &editor, const Contribution &contribution, Language language, QWidget *parent = nullptr);

    Payment payment() const; // as currently entered (amount 0 when it is not valid)
    void accept() override;

Q_SIGNALS:
    void saved(const QString &contributionUid);

private:
    bool validate();

    Editor &m_editor;
    Contribution m_contribution;
    bool m_amountTouched = false;

    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
