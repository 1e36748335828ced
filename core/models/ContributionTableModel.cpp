#include "ContributionTableModel.h"

#include "domain/Money.h"
#include "storage/Repositories.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace pd {

ContributionTableModel::ContributionTableModel(Repositories &repos, QObject *parent)
    : RecordListModel(repos.contributions(), parent), m_repos(repos)
{
    setChildren(Children::Load); // the payments column and the arrears need them
    followLookups(repos.parties());
    followLookups(repos.funds());
    connect(this, &QAbstractItemModel::modelReset, this, &ContributionTableModel::totalsChanged);
    reload();
}

void ContributionTableModel::reloadLookups()
{
    m_partyNames.clear();
    for (const Party &p : m_repos.parties().all())
        m_partyNames.insert(p.id, p.name.text(m_language));
    m_fundNames.clear();
    for (const Fund &f : m_repos.funds().all())
        m_fundNames.insert(f.id, f.name.text(m_language));
}

void ContributionTableModel::setFilter(int year, qint64 fundId)
{
    if (year == filter().year && fundId == filter().fundId)
        return;
    ContributionFilter f = filter();
    f.year = year;
    f.fundId = fundId;
    setFilter(f);
}

void ContributionTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT totalsChanged();
}

void ContributionTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_locale = QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    reloadLookups();
    ContributionFilter f = filter();
    f.language = language; // the order of the countries' names
    setFilter(f);
}

bool ContributionTableModel::isInArrears(const Contribution &c) const
{
    return c.outstanding() > 0 && m_today > QDate(c.year, 12, 31);
}

QList<ContributionTableModel::Totals> ContributionTableModel::totals() const
{
    return m_repos.contributions().totals(filter(), m_today);
}

QList<int> ContributionTableModel::years() const
{
    return m_repos.contributions().years();
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution &c = recordAt(index.row());
    const int column = index.column();
    const bool arrears = isInArrears(c);
    switch (role) {
    case UidRole:
        return c.uid;
    case ArrearsRole:
        return arrears;
    case PartyIdRole:
        return c.partyId;
    case FundIdRole:
        return c.fundId;
    case AmountRole:
        switch (column) {
        case DueColumn:
            return c.due;
        case PaidColumn:
            return c.paid();
        case OutstandingColumn:
            return c.outstanding();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DueColumn || column == PaidColumn || column == OutstandingColumn || column == YearColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (arrears && (column == OutstandingColumn || column == PartyColumn))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case Qt::BackgroundRole:
        return arrears ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    case Qt::FontRole:
        if (arrears && column == OutstandingColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (arrears)
            return tr("In arrears: %1 still outstanding after the end of %2")
                .arg(money::format(c.outstanding(), c.currency, QLocale()))
                .arg(c.year);
        if (column == PaymentsColumn || column == PaidColumn)
            break;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale &locale = m_locale;
    switch (column) {
    case PartyColumn:
        return m_partyNames.value(c.partyId);
    case FundColumn:
        return m_fundNames.value(c.fundId);
    case YearColumn:
        return QString::number(c.year);
    case DueColumn:
        return money::format(c.due, locale);
    case PaidColumn:
        return money::format(c.paid(), locale);
    case OutstandingColumn:
        return money::format(c.outstanding(), locale);
    case CurrencyColumn:
        return c.currency;
    case PaymentsColumn: {
        QStringList dates;
        for (const Payment &p : c.payments)
            dates.append(role == Qt::ToolTipRole ? tr("%1: %2").arg(locale.toString(p.paidOn, QLocale::ShortFormat),
                                                                    money::format(p.amount, c.currency, locale))
                                                 : locale.toString(p.paidOn, QLocale::ShortFormat));
        return dates.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartyColumn:
        return tr("Country");
    case FundColumn:
        return tr("Fund");
    case YearColumn:
        return tr("Year");
    case DueColumn:
        return tr("Due");
    case PaidColumn:
        return tr("Paid");
    case OutstandingColumn:
        return tr("Outstanding");
    case CurrencyColumn:
        return tr("Currency");
    case PaymentsColumn:
        return tr("Payments");
    }
    return {};
}

} // namespace pd
