#include "ContributionTableModel.h"

#include "domain/Money.h"
#include "storage/Repositories.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

namespace pd {

ContributionTableModel::ContributionTableModel(Repositories &repos, QObject *parent)
    : QAbstractTableModel(parent), m_repos(repos)
{
    ContributionRepository &contributions = repos.contributions();
    connect(&contributions, &Repository::added, this, &ContributionTableModel::onAdded);
    connect(&contributions, &Repository::changed, this, &ContributionTableModel::onChanged);
    connect(&contributions, &Repository::removed, this, &ContributionTableModel::onRemoved);
    for (Repository *lookup :
         {static_cast<Repository *>(&repos.parties()), static_cast<Repository *>(&repos.funds())}) {
        connect(lookup, &Repository::changed, this, &ContributionTableModel::reload);
        connect(lookup, &Repository::added, this, [this] { m_lookupsStale = true; });
    }
    reload();
}

void ContributionTableModel::reloadLookups()
{
    m_lookupsStale = false;
    m_partyNames.clear();
    for (const Party &p : m_repos.parties().all())
        m_partyNames.insert(p.id, p.name.text(m_language));
    // Ranked once by name (the same rank for the same name) rather than compared for every
    // pair of the table's rows: locale-aware comparison is slow over thousands of them.
    QList<qint64> byName = m_partyNames.keys();
    std::sort(byName.begin(), byName.end(), [this](qint64 a, qint64 b) {
        return QString::localeAwareCompare(m_partyNames.value(a), m_partyNames.value(b)) < 0;
    });
    m_partyRank.clear();
    for (int i = 0; i < byName.size(); ++i) {
        const bool same = i > 0 && QString::localeAwareCompare(m_partyNames.value(byName.at(i)),
                                                               m_partyNames.value(byName.at(i - 1))) == 0;
        m_partyRank.insert(byName.at(i), same ? m_partyRank.value(byName.at(i - 1)) : i);
    }
    m_fundNames.clear();
    for (const Fund &f : m_repos.funds().all())
        m_fundNames.insert(f.id, f.name.text(m_language));
}

void ContributionTableModel::reload()
{
    m_lookupsStale = true;
    reloadRows();
}

// A change of filter reads only the rows: the names and their ranks stay as they were.
void ContributionTableModel::reloadRows()
{
    beginResetModel();
    if (m_lookupsStale)
        reloadLookups();
    m_items.clear();
    m_items = m_repos.contributions().find(m_year, m_fundId);
    std::stable_sort(m_items.begin(), m_items.end(),
                     [this](const Contribution &a, const Contribution &b) { return lessThan(a, b); });
    endResetModel();
    Q_EMIT totalsChanged();
}

bool ContributionTableModel::matches(const Contribution &c) const
{
    return (m_year == 0 || c.year == m_year) && (m_fundId == 0 || c.fundId == m_fundId);
}

// Newest year first, then fund, then country by name.
bool ContributionTableModel::lessThan(const Contribution &a, const Contribution &b) const
{
    if (a.year != b.year)
        return a.year > b.year;
    if (a.fundId != b.fundId)
        return a.fundId < b.fundId;
    // A party not (or no longer) known has no name, which sorts first.
    const int rankA = m_partyRank.value(a.partyId, -1);
    const int rankB = m_partyRank.value(b.partyId, -1);
    return rankA != rankB ? rankA < rankB : a.id < b.id;
}

int ContributionTableModel::insertionRow(const Contribution &c) const
{
    const auto it = std::upper_bound(m_items.cbegin(), m_items.cend(), c,
                                     [this](const Contribution &a, const Contribution &b) { return lessThan(a, b); });
    return int(it - m_items.cbegin());
}

void ContributionTableModel::setFilter(int year, qint64 fundId)
{
    if (year == m_year && fundId == m_fundId)
        return;
    m_year = year;
    m_fundId = fundId;
    reloadRows();
}

void ContributionTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT totalsChanged();
}

void ContributionTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_locale = QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    reload();
}

int ContributionTableModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).uid == uid)
            return i;
    }
    return -1;
}

bool ContributionTableModel::isInArrears(const Contribution &c) const
{
    return c.outstanding() > 0 && m_today > QDate(c.year, 12, 31);
}

QList<ContributionTableModel::Totals> ContributionTableModel::totals() const
{
    std::map<QString, Totals> byCurrency;
    for (const Contribution &c : m_items) {
        Totals &t = byCurrency[c.currency];
        t.currency = c.currency;
        t.due += c.due;
        t.paid += c.paid();
        t.outstanding += c.outstanding();
        ++t.contributions;
        if (isInArrears(c))
            ++t.inArrears;
    }
    QList<Totals> result;
    for (const auto &entry : byCurrency)
        result.append(entry.second);
    return result;
}

QList<int> ContributionTableModel::years() const
{
    return m_repos.contributions().years();
}

int ContributionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution &c = m_items.at(index.row());
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

void ContributionTableModel::onAdded(const QString &uid)
{
    const auto c = m_repos.contributions().byUid(uid);
    if (!c || !matches(*c) || rowOf(uid) >= 0)
        return;
    if (!m_partyNames.contains(c->partyId) || !m_fundNames.contains(c->fundId))
        reloadLookups(); // a party or fund added since the last reload
    const int row = insertionRow(*c);
    beginInsertRows({}, row, row);
    m_items.insert(row, *c);
    endInsertRows();
    Q_EMIT totalsChanged();
}

void ContributionTableModel::onChanged(const QString &uid)
{
    const int row = rowOf(uid);
    const auto c = m_repos.contributions().byUid(uid);
    if (row < 0) {
        onAdded(uid);
        return;
    }
    if (!c || !matches(*c)) {
        onRemoved(uid);
        return;
    }
    // Where it belongs may have changed (another year, another country): take it out and put it back.
    m_items[row] = *c;
    const bool inPlace = (row == 0 || !lessThan(*c, m_items.at(row - 1))) &&
                         (row == m_items.size() - 1 || !lessThan(m_items.at(row + 1), *c));
    if (inPlace) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT totalsChanged();
        return;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    onAdded(uid);
}

void ContributionTableModel::onRemoved(const QString &uid)
{
    const int row = rowOf(uid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT totalsChanged();
}

} // namespace pd
