#include "PaymentDialog.h"

#include "commands/Editor.h"
#include "domain/Money.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

using namespace form;

PaymentDialog::PaymentDialog(Editor &editor, const Contribution &contribution, Language language, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_contribution(contribution)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record payment"));
    Repositories &repos = editor.repositories();
    const auto party = repos.parties().byId(contribution.partyId);
    const auto fund = repos.funds().byId(contribution.fundId);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("paymentSummary"));
    summary->setWordWrap(true);
    summary->setText(
        tr("%1 — %2, %3\nDue %4, paid %5, outstanding %6")
            .arg(party ? party->name.text(language) : QString(), fund ? fund->name.text(language) : QString())
            .arg(contribution.year)
            .arg(money::format(contribution.due, contribution.currency, QLocale()),
                 money::format(contribution.paid(), contribution.currency, QLocale()),
                 money::format(contribution.outstanding(), contribution.currency, QLocale())));

    m_amount = input<QLineEdit>(this, "paymentAmount", tr("Amount paid"));
    m_amount->setPlaceholderText(money::format(qMax<qint64>(0, contribution.outstanding()), QLocale()));
    m_amountError = errorLabel(QStringLiteral("amountError"), this);
    m_date = input<QDateEdit>(this, "paymentDate", tr("Date of the payment"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setDate(QDate::currentDate());
    m_note = input<QLineEdit>(this, "paymentNote", tr("Note"));
    m_note->setPlaceholderText(tr("Bank reference, instalment, …"));

    auto *form = new QFormLayout;
    auto *amountBox = new QVBoxLayout;
    auto *amountRow = new QHBoxLayout;
    auto *currency = new QLabel(contribution.currency, this);
    amountRow->addWidget(currency);
    amountRow->addWidget(m_amount, 1);
    amountBox->addLayout(amountRow);
    amountBox->addWidget(m_amountError);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountBox);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Payment"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        m_amountTouched = true;
        validate();
    });
    validate();
    m_amount->setFocus();
    resize(460, sizeHint().height());
}

Payment PaymentDialog::payment() const
{
    Payment p;
    p.amount = money::parse(m_amount->text(), QLocale()).value_or(0);
    p.paidOn = m_date->date();
    p.note = m_note->text().trimmed();
    return p;
}

bool PaymentDialog::validate()
{
    const auto amount = money::parse(m_amount->text(), QLocale());
    QString problem;
    if (m_amount->text().trimmed().isEmpty())
        problem = m_amountTouched ? tr("Enter the amount paid.") : QString();
    else if (!amount)
        problem = tr("“%1” is not an amount; write it as %2.").arg(m_amount->text(), money::format(500000, QLocale()));
    else if (*amount <= 0)
        problem = tr("The amount paid must be more than zero.");
    showMessage(m_amountError, problem);
    const bool ok = amount && *amount > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

void PaymentDialog::accept()
{
    m_amountTouched = true;
    if (!validate())
        return;
    const Status status = m_editor.recordPayment(m_contribution.uid, payment());
    if (!status) {
        showMessage(m_saveError, tr("The payment could not be recorded: %1").arg(status.error().message));
        return;
    }
    showMessage(m_saveError, QString());
    Q_EMIT saved(m_contribution.uid);
    QDialog::accept();
}

} // namespace pd
