#include "ContributionDialog.h"

#include "commands/Editor.h"
#include "domain/Money.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd {

using namespace form;

ContributionDialog::ContributionDialog(Editor &editor, const Contribution &contribution, Language language,
                                       QWidget *parent)
    : QDialog(parent), m_editor(editor), m_contribution(contribution)
{
    setObjectName(QStringLiteral("contributionDialog"));
    setWindowTitle(contribution.id == 0 ? tr("New contribution") : tr("Edit contribution"));
    Repositories &repos = editor.repositories();

    m_party = input<QComboBox>(this, "contributionParty", tr("Country"));
    for (const Party &p : repos.parties().all()) {
        if (p.kind == PartyKind::Country)
            m_party->addItem(p.name.text(language), p.id);
    }
    m_partyError = errorLabel(QStringLiteral("partyError"), this);
    m_fund = input<QComboBox>(this, "contributionFund", tr("Fund"));
    for (const Fund &f : repos.funds().all())
        m_fund->addItem(f.name.text(language), f.id);
    m_year = input<QSpinBox>(this, "contributionYear", tr("Year"));
    m_year->setRange(1990, 2100);
    m_due = input<QLineEdit>(this, "dueAmount", tr("Amount due"));
    m_dueError = errorLabel(QStringLiteral("dueError"), this);
    m_currency = input<QLineEdit>(this, "contributionCurrency", tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_note = input<QLineEdit>(this, "contributionNote", tr("Note"));

    auto *form = new QFormLayout;
    addFieldRow(form, this, tr("&Country:"), m_party, m_partyError);
    addFieldRow(form, this, tr("&Fund:"), m_fund, nullptr);
    addFieldRow(form, this, tr("&Year:"), m_year, nullptr);
    addFieldRow(form, this, tr("Amount &due:"), m_due, m_dueError);
    addFieldRow(form, this, tr("C&urrency:"), m_currency, nullptr);
    addFieldRow(form, this, tr("&Note:"), m_note, nullptr);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    // Load.
    selectData(m_party, contribution.partyId);
    selectData(m_fund, contribution.fundId);
    m_year->setValue(contribution.year ? contribution.year : QDate::currentDate().year());
    m_due->setText(contribution.id == 0 && contribution.due == 0 ? QString()
                                                                 : money::format(contribution.due, QLocale()));
    m_currency->setText(contribution.currency);
    m_note->setText(contribution.note);
    if (contribution.id == 0)
        fundChanged();

    connect(m_fund, &QComboBox::currentIndexChanged, this, &ContributionDialog::fundChanged);
    for (QComboBox *combo : {m_party, m_fund})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContributionDialog::validate);
    connect(m_year, &QSpinBox::valueChanged, this, &ContributionDialog::validate);
    for (QLineEdit *edit : {m_due, m_currency})
        connect(edit, &QLineEdit::textChanged, this, &ContributionDialog::validate);
    validate();
    m_party->setFocus();
    resize(480, sizeHint().height());
}

void ContributionDialog::fundChanged()
{
    if (const auto fund = m_editor.repositories().funds().byId(m_fund->currentData().toLongLong()))
        m_currency->setText(fund->currency);
}

Contribution ContributionDialog::contribution() const
{
    Contribution c = m_contribution;
    c.partyId = m_party->currentData().toLongLong();
    c.fundId = m_fund->currentData().toLongLong();
    c.year = m_year->value();
    c.due = money::parse(m_due->text(), QLocale()).value_or(-1);
    c.currency = m_currency->text().trimmed().toUpper();
    c.note = m_note->text().trimmed();
    return c;
}

bool ContributionDialog::validate()
{
    const Contribution c = contribution();
    QString party;
    if (c.partyId == 0)
        party = tr("Choose a country.");
    for (const Contribution &other : m_editor.repositories().contributions().all()) {
        if (party.isEmpty() && other.id != c.id && other.partyId == c.partyId && other.fundId == c.fundId &&
            other.year == c.year)
            party = tr("This country already has a contribution to this fund for %1.").arg(c.year);
    }
    showMessage(m_partyError, party);
    QString due;
    if (!m_due->text().trimmed().isEmpty() && c.due < 0)
        due = tr("“%1” is not an amount; write it as %2.").arg(m_due->text(), money::format(2850000, QLocale()));
    showMessage(m_dueError, due);
    const bool ok = party.isEmpty() && c.due >= 0 && c.fundId != 0 && c.currency.size() == 3;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

void ContributionDialog::accept()
{
    if (!validate())
        return;
    Contribution c = contribution();
    const Status status = c.id == 0 ? m_editor.addContribution(c) : m_editor.updateContribution(c);
    if (!status) {
        showMessage(m_saveError, tr("The contribution could not be saved: %1").arg(status.error().message));
        return;
    }
    showMessage(m_saveError, QString());
    m_contribution = c;
    Q_EMIT saved(c.uid);
    QDialog::accept();
}

} // namespace pd
