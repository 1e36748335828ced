#pragma once

#include "RecordListModel.h"
#include "domain/Contribution.h"
#include "domain/Enums.h"
#include "storage/ContributionRepository.h"

#include <QDate>
#include <QHash>
#include <QLocale>

namespace pd {

class Repositories;

/*
 * What each country owes each fund for each year, what it has paid and what is still
 * outstanding, narrowed to one year and one fund (0: all): newest year first, then
 * fund, then country by name, read a page at a time as the view scrolls. A contribution
 * is in arrears when something is outstanding after the end of its year, as of "today"
 * (settable, so that tests and printouts can fix it). Amounts are formatted with the
 * locale of the content language; the raw minor units come through the roles. totals()
 * sums everything the filter matches (not only the pages read), per currency, in the
 * database. Follows the repository's signals row by row.
 */
class ContributionTableModel : public RecordListModel<Contribution, ContributionFilter, ContributionRepository>
{
    Q_OBJECT
public:
    enum Column
    {
        PartyColumn,
        FundColumn,
        YearColumn,
        DueColumn,
        PaidColumn,
        OutstandingColumn,
        CurrencyColumn,
        PaymentsColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        AmountRole,  // qint64 minor units of the amount columns
        ArrearsRole, // bool
        PartyIdRole, // qint64
        FundIdRole   // qint64
    };

    using Totals = ContributionTotals;

    explicit ContributionTableModel(Repositories &repos, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using RecordListModel::setFilter;
    void setFilter(int year, qint64 fundId); // 0 for all years / all funds
    int year() const { return filter().year; }
    qint64 fundId() const { return filter().fundId; }
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    const Contribution &contributionAt(int row) const { return recordAt(row); }
    bool isInArrears(const Contribution &contribution) const;
    // Everything the filter matches, summed per currency (one entry per currency, by currency code).
    QList<Totals> totals() const;
    // The years that have contributions, newest first.
    QList<int> years() const;

Q_SIGNALS:
    void totalsChanged();

protected:
    void reloadLookups() override;
    void recordsFollowed() override { Q_EMIT totalsChanged(); }

private:
    Repositories &m_repos;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_fundNames;
    QDate m_today = QDate::currentDate();
    Language m_language = Language::English;
    QLocale m_locale{QLocale::English}; // of m_language, made once rather than per cell
};

} // namespace pd
