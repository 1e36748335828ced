#include "ContributionsPage.h"

#include "commands/Editor.h"
#include "dialogs/ContributionDialog.h"
#include "dialogs/PaymentDialog.h"
#include "domain/Money.h"
#include "models/ContributionTableModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "widgets/CellTextDelegate.h"
#include "widgets/EditAccess.h"
#include "widgets/PagedTreeView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ContributionsPage::ContributionsPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    Repositories &repos = editor.repositories();
    m_model = new ContributionTableModel(repos, this);

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setAccessibleName(tr("Year"));
    m_fund = new QComboBox(this);
    m_fund->setObjectName(QStringLiteral("fundCombo"));
    m_fund->setAccessibleName(tr("Fund"));
    m_fund->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fund->setMaximumWidth(420);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *fundLabel = new QLabel(tr("&Fund:"), this);
    fundLabel->setBuddy(m_fund);

    m_newButton = new QPushButton(tr("&New Contribution…"), this);
    m_newButton->setObjectName(QStringLiteral("newContributionButton"));
    m_newButton->setToolTip(tr("Enter what a country owes a fund for a year"));
    m_paymentButton = new QPushButton(tr("Record &Payment…"), this);
    m_paymentButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_paymentButton->setToolTip(tr("Record a payment against the selected contribution"));
    m_deleteButton = new QPushButton(tr("&Delete Contribution"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteContributionButton"));
    m_deleteButton->setToolTip(tr("Delete the selected contribution with its payments (Undo brings it back)"));

    m_view = new PagedTreeView(this);
    m_view->setObjectName(QStringLiteral("contributionsView"));
    m_view->setAccessibleName(tr("Contributions"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    // Arrears as the model colours them; the text laid out once per distinct cell.
    m_view->setItemDelegate(new CellTextDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{
        {ContributionTableModel::PartyColumn, 190},  {ContributionTableModel::FundColumn, 260},
        {ContributionTableModel::YearColumn, 55},    {ContributionTableModel::DueColumn, 110},
        {ContributionTableModel::PaidColumn, 110},   {ContributionTableModel::OutstandingColumn, 110},
        {ContributionTableModel::CurrencyColumn, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("emptyHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setText(tr("No contributions recorded yet. The conference names its funds but not the amounts: "
                       "choose “New Contribution…” to enter what a member country owes a fund for a year, "
                       "then “Record Payment…” as payments arrive."));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(fundLabel);
    bar->addWidget(m_fund, 1);
    bar->addStretch(1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_paymentButton);
    bar->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_totals);

    fillFilters();
    connect(m_year, &QComboBox::currentIndexChanged, this, &ContributionsPage::applyFilter);
    connect(m_fund, &QComboBox::currentIndexChanged, this, &ContributionsPage::applyFilter);
    connect(m_newButton, &QPushButton::clicked, this, &ContributionsPage::newContribution);
    connect(m_paymentButton, &QPushButton::clicked, this, &ContributionsPage::recordPayment);
    connect(m_deleteButton, &QPushButton::clicked, this, &ContributionsPage::removeSelectedContribution);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        editContribution(index.data(ContributionTableModel::UidRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContributionsPage::updateActions);
    connect(m_model, &ContributionTableModel::totalsChanged, this, &ContributionsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContributionsPage::updateActions);
    // New years and funds appear in the filters as they are entered.
    connect(&repos.contributions(), &Repository::added, this, &ContributionsPage::fillFilters);
    connect(&repos.contributions(), &Repository::changed, this, &ContributionsPage::fillFilters);
    connect(&repos.funds(), &Repository::added, this, &ContributionsPage::fillFilters);
    connect(&repos.funds(), &Repository::changed, this, &ContributionsPage::fillFilters);
    updateTotals();
    updateActions();
}

void ContributionsPage::fillFilters()
{
    const QVariant year = m_year->currentData();
    const QVariant fund = m_fund->currentData();
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker fundBlocker(m_fund);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (const int y : m_model->years())
        m_year->addItem(QString::number(y), y);
    m_fund->clear();
    m_fund->addItem(tr("All funds"), 0);
    for (const Fund &f : m_editor.repositories().funds().all())
        m_fund->addItem(f.name.text(m_language), f.id);
    m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
    m_fund->setCurrentIndex(qMax(0, m_fund->findData(fund)));
}

void ContributionsPage::applyFilter()
{
    m_model->setFilter(m_year->currentData().toInt(), m_fund->currentData().toLongLong());
}

void ContributionsPage::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    fillFilters();
}

QString ContributionsPage::selectedUid() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ContributionTableModel::UidRole).toString();
}

void ContributionsPage::showContribution(const QString &uid)
{
    int row = m_model->fetchRowOf(uid);
    if (row < 0) {
        m_year->setCurrentIndex(0);
        m_fund->setCurrentIndex(0);
        row = m_model->fetchRowOf(uid);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ContributionTableModel::PartyColumn);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ContributionsPage::updateTotals()
{
    const bool empty = m_model->rowCount() == 0;
    const bool nothingAtAll = empty && m_editor.repositories().contributions().count() == 0;
    m_view->setVisible(!nothingAtAll);
    m_hint->setVisible(nothingAtAll);
    if (empty) {
        m_totals->setText(nothingAtAll ? QString() : tr("No contributions for this year and fund."));
        return;
    }
    QStringList lines;
    for (const ContributionTableModel::Totals &t : m_model->totals()) {
        QString line =
            tr("Total: due %1, paid %2, outstanding %3")
                .arg(money::format(t.due, t.currency, QLocale()), money::format(t.paid, t.currency, QLocale()),
                     money::format(t.outstanding, t.currency, QLocale()));
        if (t.inArrears > 0)
            line += QStringLiteral(" — ") + tr("%n in arrears", nullptr, t.inArrears);
        lines.append(line);
    }
    m_totals->setText(lines.join(QLatin1Char('\n')));
}

void ContributionsPage::updateActions()
{
    const bool selected = !selectedUid().isEmpty();
    access::enableEdit(m_paymentButton, m_editor, selected);
    access::enableEdit(m_deleteButton, m_editor, selected);
    access::enableEdit(m_newButton, m_editor, m_editor.repositories().funds().count() > 0);
}

void ContributionsPage::newContribution()
{
    if (!access::writable(m_editor))
        return;
    Contribution c;
    c.fundId = m_fund->currentData().toLongLong();
    c.year = m_year->currentData().toInt();
    if (const QString uid = selectedUid(); !uid.isEmpty()) {
        if (const auto selected = m_editor.repositories().contributions().byUid(uid)) {
            c.fundId = selected->fundId;
            c.year = selected->year;
        }
    }
    auto *dialog = new ContributionDialog(m_editor, c, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContributionDialog::saved, this, &ContributionsPage::showContribution);
    m_contributionDialog = dialog;
    dialog->open();
}

void ContributionsPage::editContribution(const QString &uid)
{
    const auto c = m_editor.repositories().contributions().byUid(uid);
    if (!c || !access::writable(m_editor))
        return;
    auto *dialog = new ContributionDialog(m_editor, *c, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_contributionDialog = dialog;
    dialog->open();
}

void ContributionsPage::recordPayment()
{
    const auto c = m_editor.repositories().contributions().byUid(selectedUid());
    if (!c || !access::writable(m_editor))
        return;
    auto *dialog = new PaymentDialog(m_editor, *c, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_paymentDialog = dialog;
    dialog->open();
}

void ContributionsPage::removeSelectedContribution()
{
    const QString uid = selectedUid();
    const auto c = m_editor.repositories().contributions().byUid(uid);
    if (!c || !access::writable(m_editor))
        return;
    if (m_confirmDelete)
        m_confirmDelete->close();
    const int row = m_model->rowOf(uid);
    const QString party =
        row >= 0 ? m_model->index(row, ContributionTableModel::PartyColumn).data().toString() : QString();
    const QString fund =
        row >= 0 ? m_model->index(row, ContributionTableModel::FundColumn).data().toString() : QString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Contribution"),
                                tr("Delete the contribution of %1 to %2 for %3, with its payments? Undo brings it "
                                   "back.")
                                    .arg(party, fund)
                                    .arg(c->year),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, uid](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        const Status status = m_editor.removeContribution(uid);
        if (!status) {
            auto *error = new QMessageBox(QMessageBox::Warning, tr("Delete Contribution"),
                                          tr("The contribution could not be deleted: %1").arg(status.error().message),
                                          QMessageBox::Ok, this);
            error->setObjectName(QStringLiteral("deleteError"));
            error->setAttribute(Qt::WA_DeleteOnClose);
            error->open();
        }
    });
    m_confirmDelete = box;
    box->open();
}

} // namespace pd
