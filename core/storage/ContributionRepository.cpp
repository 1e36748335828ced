#include "ContributionRepository.h"

#include "RowHelpers.h"

namespace pd {

ContributionRepository::ContributionRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("contribution"), parent)
{
    addChildTable({QStringLiteral("payment"), QStringLiteral("contribution_id"), QStringLiteral("paid_on, uid")});
}

QString ContributionRepository::where(const ContributionFilter &filter, QVariantMap &binds,
                                      QStringList conditions) const
{
    if (filter.year != 0) {
        conditions.append(QStringLiteral("c.year = :year"));
        binds.insert(QStringLiteral("year"), filter.year);
    }
    if (filter.fundId != 0) {
        conditions.append(QStringLiteral("c.fund_id = :fund"));
        binds.insert(QStringLiteral("fund"), filter.fundId);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// A page of the table: read by column position rather than as a map per row, in the
// table's order (the country's name in the content language, falling back to the other,
// compared without case; a country without a name first), the payments of the page in
// one more query.
QList<Contribution> ContributionRepository::find(const ContributionFilter &filter, int limit, int offset,
                                                 Children children) const
{
    QVariantMap binds{{QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}};
    const QString name = filter.language == Language::Spanish
                             ? QStringLiteral("COALESCE(NULLIF(p.name_es, ''), p.name_en)")
                             : QStringLiteral("COALESCE(NULLIF(p.name_en, ''), p.name_es)");
    SqlQuery query(db(), QStringLiteral("SELECT c.id, c.uid, c.party_id, c.fund_id, c.year, c.due, c.currency, c.note"
                                        " FROM contribution c LEFT JOIN party p ON p.id = c.party_id") +
                             where(filter, binds) +
                             QStringLiteral(" ORDER BY c.year DESC, c.fund_id, %1 COLLATE NOCASE, c.id"
                                            " LIMIT :limit OFFSET :offset")
                                 .arg(name));
    query.bindAll(binds);
    QList<Contribution> contributions;
    if (!query.exec())
        return contributions;
    while (query.next()) {
        Contribution c;
        c.id = query.value(0).toLongLong();
        c.uid = query.value(1).toString();
        c.partyId = query.value(2).toLongLong();
        c.fundId = query.value(3).toLongLong();
        c.year = query.value(4).toInt();
        c.due = query.value(5).toLongLong();
        c.currency = query.value(6).toString();
        c.note = query.value(7).toString();
        contributions.append(c);
    }
    if (!contributions.isEmpty() && children == Children::Load)
        loadChildren(contributions);
    return contributions;
}

bool ContributionRepository::matches(const ContributionFilter &filter, const QString &uid) const
{
    QVariantMap binds{{QStringLiteral("uid"), uid}};
    const QString sql =
        QStringLiteral("SELECT count(*) FROM contribution c") + where(filter, binds, {QStringLiteral("c.uid = :uid")});
    return SqlQuery::scalar(db(), sql, binds).toInt() > 0;
}

QList<ContributionTotals> ContributionRepository::totals(const ContributionFilter &filter, const QDate &today) const
{
    // A contribution is in arrears when something is outstanding once its year is over.
    // What each has been paid is summed once, in a grouped subquery: as a correlated
    // subquery it was read again for each use of `paid` (SQLite copies it into both).
    QVariantMap binds{{QStringLiteral("thisYear"), today.year()}};
    SqlQuery query(db(), QStringLiteral("SELECT currency, SUM(due), SUM(paid), COUNT(*),"
                                        " SUM(CASE WHEN due > paid AND year < :thisYear THEN 1 ELSE 0 END)"
                                        " FROM (SELECT c.currency, c.due, c.year, COALESCE(SUM(p.amount), 0) AS paid"
                                        " FROM contribution c LEFT JOIN payment p ON p.contribution_id = c.id") +
                             where(filter, binds) +
                             QStringLiteral(" GROUP BY c.id)" // the other columns depend on the key
                                            " GROUP BY currency ORDER BY currency"));
    query.bindAll(binds);
    QList<ContributionTotals> totals;
    if (!query.exec())
        return totals;
    while (query.next()) {
        ContributionTotals t;
        t.currency = query.value(0).toString();
        t.due = query.value(1).toLongLong();
        t.paid = query.value(2).toLongLong();
        t.outstanding = t.due - t.paid;
        t.contributions = query.value(3).toInt();
        t.inArrears = query.value(4).toInt();
        totals.append(t);
    }
    return totals;
}

QList<int> ContributionRepository::years() const
{
    QList<int> years;
    for (const QVariantMap &r : fetchRows(QStringLiteral("SELECT DISTINCT year FROM contribution ORDER BY year DESC")))
        years.append(r.value(QStringLiteral("year")).toInt());
    return years;
}

QVariantMap ContributionRepository::toRow(const Contribution &c) const
{
    QVariantMap r;
    r.insert(QStringLiteral("party_id"), c.partyId);
    r.insert(QStringLiteral("fund_id"), c.fundId);
    r.insert(QStringLiteral("year"), c.year);
    r.insert(QStringLiteral("due"), c.due);
    r.insert(QStringLiteral("currency"), c.currency);
    r.insert(QStringLiteral("note"), c.note);
    return r;
}

Contribution ContributionRepository::fromRow(const QVariantMap &r) const
{
    Contribution c;
    c.id = row::id(r, "id");
    c.uid = row::str(r, "uid");
    c.partyId = row::id(r, "party_id");
    c.fundId = row::id(r, "fund_id");
    c.year = r.value(QStringLiteral("year")).toInt();
    c.due = r.value(QStringLiteral("due")).toLongLong();
    c.currency = row::str(r, "currency");
    c.note = row::str(r, "note");
    return c;
}

Repository::ChildWriter ContributionRepository::childWriter(const Contribution &contribution) const
{
    return [this, payments = contribution.payments](qint64 id) -> Status {
        if (Status s = deleteChildren(QStringLiteral("payment"), QStringLiteral("contribution_id"), id); !s)
            return s;
        for (const Payment &p : payments) {
            const auto inserted =
                insertRow(QStringLiteral("payment"), {{QStringLiteral("uid"), p.uid.isEmpty() ? newUid() : p.uid},
                                                      {QStringLiteral("contribution_id"), id},
                                                      {QStringLiteral("paid_on"), dateValue(p.paidOn)},
                                                      {QStringLiteral("amount"), p.amount},
                                                      {QStringLiteral("note"), p.note}});
            if (!inserted)
                return inserted.error();
        }
        return {};
    };
}

void ContributionRepository::loadChildren(QList<Contribution> &contributions) const
{
    const auto payments = childRows(QStringLiteral("payment"), QStringLiteral("contribution_id"),
                                    QStringLiteral("contribution_id, paid_on, uid"), contributions);
    for (Contribution &c : contributions) {
        for (const QVariantMap &r : payments.value(c.id))
            c.payments.append({row::id(r, "id"), row::str(r, "uid"), row::date(r, "paid_on"),
                               r.value(QStringLiteral("amount")).toLongLong(), row::str(r, "note")});
    }
}

} // namespace pd
