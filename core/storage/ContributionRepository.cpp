#include "ContributionRepository.h"

#include "RowHelpers.h"

namespace pd {

ContributionRepository::ContributionRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("contribution"), parent)
{
    addChildTable({QStringLiteral("payment"), QStringLiteral("contribution_id"), QStringLiteral("paid_on, uid")});
}

// Read by column position rather than as a map per row, the payments of all of them in
// one more query: a fund's table is a thousand rows with two thousand payments.
QList<Contribution> ContributionRepository::find(int year, qint64 fundId) const
{
    QStringList where;
    QVariantMap binds;
    if (year != 0) {
        where.append(QStringLiteral("c.year = :year"));
        binds.insert(QStringLiteral("year"), year);
    }
    if (fundId != 0) {
        where.append(QStringLiteral("c.fund_id = :fund"));
        binds.insert(QStringLiteral("fund"), fundId);
    }
    const QString filter =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QList<Contribution> contributions;
    SqlQuery query(db(), QStringLiteral("SELECT c.id, c.uid, c.party_id, c.fund_id, c.year, c.due, c.currency, c.note"
                                        " FROM contribution c%1 ORDER BY c.year, c.fund_id, c.party_id")
                             .arg(filter));
    query.bindAll(binds);
    if (!query.exec())
        return contributions;
    QHash<qint64, qsizetype> byId;
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
        byId.insert(c.id, contributions.size());
        contributions.append(c);
    }
    if (contributions.isEmpty())
        return contributions;
    SqlQuery payments(db(), QStringLiteral("SELECT p.contribution_id, p.id, p.uid, p.paid_on, p.amount, p.note"
                                           " FROM payment p JOIN contribution c ON c.id = p.contribution_id%1"
                                           " ORDER BY p.contribution_id, p.paid_on, p.uid")
                                .arg(filter));
    payments.bindAll(binds);
    if (!payments.exec())
        return {};
    while (payments.next()) {
        const qsizetype at = byId.value(payments.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        contributions[at].payments.append({payments.value(1).toLongLong(), payments.value(2).toString(),
                                           toDate(payments.value(3)), payments.value(4).toLongLong(),
                                           payments.value(5).toString()});
    }
    return contributions;
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
