#pragma once

#include "domain/Contribution.h"
#include "domain/Enums.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace pd {

class Repositories;

/*
 * What each country owes each fund for each year, what it has paid and what is still
 * outstanding, narrowed to one year and one fund (0: all). A contribution is in arrears
 * when something is outstanding after the end of its year, as of "today" (settable, so
 * that tests and printouts can fix it). Amounts are formatted with the locale of the
 * content language; the raw minor units come through the roles. totals() sums the rows
 * shown, per currency. Follows the repository's signals row by row.
 */
class ContributionTableModel : public QAbstractTableModel
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

    struct Totals
    {
        QString currency;
        qint64 due = 0;
        qint64 paid = 0;
        qint64 outstanding = 0;
        int contributions = 0;
        int inArrears = 0;
    };

    explicit ContributionTableModel(Repositories &repos, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(int year, qint64 fundId); // 0 for all years / all funds
    int year() const { return m_year; }
    qint64 fundId() const { return m_fundId; }
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    const Contribution &contributionAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &uid) const;
    bool isInArrears(const Contribution &contribution) const;
    // The rows shown, summed per currency (one entry per currency, by currency code).
    QList<Totals> totals() const;
    // The years that have contributions, newest first.
    QList<int> years() const;
    void reload();

Q_SIGNALS:
    void totalsChanged();

private:
    bool matches(const Contribution &contribution) const;
    bool lessThan(const Contribution &a, const Contribution &b) const;
    int insertionRow(const Contribution &contribution) const;
    void reloadLookups();
    void reloadRows(); // keeps the lookups unless a party or fund was added since
    void onAdded(const QString &uid);
    void onChanged(const QString &uid);
    void onRemoved(const QString &uid);

    Repositories &m_repos;
    QList<Contribution> m_items;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, int> m_partyRank; // by name, so that sorting compares numbers, not strings
    QHash<qint64, QString> m_fundNames;
    int m_year = 0;
    qint64 m_fundId = 0;
    QDate m_today = QDate::currentDate();
    Language m_language = Language::English;
    QLocale m_locale{QLocale::English}; // of m_language, made once rather than per cell
    bool m_lookupsStale = true;
};

} // namespace pd
