// ContributionRepository: the repository contract for what a country owes a fund for a
// year, with the payments made against it (child rows with their own uids), paid and
// outstanding amounts, and the one-contribution-per-country-fund-year rule.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/ContributionRepository.h"
#include "storage/FundRepository.h"
#include "storage/PartyRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

QStringList paymentKeys(const Contribution &c)
{
    QStringList keys;
    for (const Payment &p : c.payments)
        keys.append(
            QStringList{p.paidOn.toString(Qt::ISODate), QString::number(p.amount), p.note}.join(QLatin1Char('|')));
    return keys;
}

QVariantMap fields(const Contribution &c)
{
    return {
        {QStringLiteral("party"), c.partyId},
        {QStringLiteral("fund"), c.fundId},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("due"), c.due},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("payments"), paymentKeys(c)},
    };
}

Payment payment(const QDate &on, qint64 amount, const QString &note = {})
{
    Payment p;
    p.paidOn = on;
    p.amount = amount;
    p.note = note;
    return p;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    FundRepository funds{*db};
    ContributionRepository contributions{*db};
    qint64 cr = addCountry(QStringLiteral("CR"), QStringLiteral("Costa Rica"), QStringLiteral("Costa Rica"));
    qint64 hn = addCountry(QStringLiteral("HN"), QStringLiteral("Honduras"), QStringLiteral("Honduras"));
    qint64 budget = addFund(QStringLiteral("ES-BUDGET"), QStringLiteral("Executive Secretariat budget"),
                            QStringLiteral("Presupuesto de la Secretaría Ejecutiva"));
    qint64 reserve = addFund(QStringLiteral("IOM-RF"), QStringLiteral("IOM Reserve Fund"),
                             QStringLiteral("Fondo de Reserva de la OIM"));

    qint64 addCountry(const QString &code, const QString &en, const QString &es)
    {
        Party p;
        p.code = code;
        p.name = {en, es};
        p.member = true;
        return parties.add(p).ok() ? p.id : 0;
    }
    qint64 addFund(const QString &code, const QString &en, const QString &es)
    {
        Fund fund;
        fund.code = code;
        fund.name = {en, es};
        return funds.add(fund).ok() ? fund.id : 0;
    }

    Contribution costaRica2022() const
    {
        Contribution c;
        c.partyId = cr;
        c.fundId = budget;
        c.year = 2022;
        c.due = 2850000; // USD 28,500.00
        c.note = QStringLiteral("Cuota anual según la escala aprobada en la Reunión Viceministerial.");
        c.payments = {payment(QDate(2022, 2, 15), 1000000, QStringLiteral("Primer pago")),
                      payment(QDate(2022, 5, 3), 850000)};
        return c;
    }
};

} // namespace

class TestContributionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        const auto edit = [](Contribution &c) {
            c.due = 3000000;
            c.note = QStringLiteral("Escala revisada.");
            c.payments.append(payment(QDate(2022, 9, 30), 1150000, QStringLiteral("Saldo")));
        };
        // One contribution per country, fund and year: the contract's further copies
        // are for later years.
        const auto vary = [](Contribution &c, int n) { c.year += n; };
        test::RepositoryContract<Contribution>{*f.db, f.contributions, f.costaRica2022(), edit, fields, vary}.run();
    }

    void paymentsAddUp()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        Contribution c = f.costaRica2022();
        QVERIFY(f.contributions.add(c).ok());
        Contribution read = *f.contributions.byId(c.id);
        QCOMPARE(read.payments.size(), 2);
        QCOMPARE(read.paid(), qint64(1850000));
        QCOMPARE(read.outstanding(), qint64(1000000));
        QCOMPARE(read.currency, QStringLiteral("USD"));
        QCOMPARE(read.payments.first().note, QStringLiteral("Primer pago"));
        const QString firstUid = read.payments.first().uid;
        const QString secondUid = read.payments.last().uid;
        QVERIFY(!QUuid::fromString(firstUid).isNull());
        QVERIFY(firstUid != secondUid);

        // A payment recorded out of date order is listed by date; the others keep their uids.
        read.payments.append(payment(QDate(2022, 3, 1), 1000000));
        QVERIFY(f.contributions.update(read).ok());
        read = *f.contributions.byId(c.id);
        QCOMPARE(paymentKeys(read),
                 (QStringList{QStringLiteral("2022-02-15|1000000|Primer pago"), QStringLiteral("2022-03-01|1000000|"),
                              QStringLiteral("2022-05-03|850000|")}));
        QCOMPARE(read.payments.at(0).uid, firstUid);
        QCOMPARE(read.payments.at(2).uid, secondUid);
        QCOMPARE(read.outstanding(), qint64(0));

        // A payment of zero is refused, and so is the rest of that edit.
        QSignalSpy changed(&f.contributions, &Repository::changed);
        Contribution bad = read;
        bad.due = 1;
        bad.payments.append(payment(QDate(2022, 12, 1), 0));
        QCOMPARE(f.contributions.update(bad).error().code, Error::Code::Constraint);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(fields(*f.contributions.byId(c.id)), fields(read));

        // Removing a payment keeps the rest as they were.
        read.payments.removeAt(1);
        QVERIFY(f.contributions.update(read).ok());
        QCOMPARE(changed.count(), 1);
        const Contribution after = *f.contributions.byId(c.id);
        QCOMPARE(after.payments.size(), 2);
        QCOMPARE(after.payments.at(0).uid, firstUid);
        QCOMPARE(after.payments.at(1).uid, secondUid);
        QCOMPARE(after.outstanding(), qint64(1000000));
    }

    void onePerCountryFundAndYear()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        Contribution c = f.costaRica2022();
        QVERIFY(f.contributions.add(c).ok());
        QSignalSpy added(&f.contributions, &Repository::added);
        Contribution again = f.costaRica2022();
        const Status s = f.contributions.add(again);
        QCOMPARE(s.error().code, Error::Code::Constraint);
        QCOMPARE(added.count(), 0);
        QCOMPARE(f.contributions.count(), 1);

        // Another fund, another country, another year: all fine; listed by year, fund, party.
        Contribution reserve = f.costaRica2022();
        reserve.fundId = f.reserve;
        reserve.payments.clear();
        Contribution honduras = f.costaRica2022();
        honduras.partyId = f.hn;
        honduras.payments.clear();
        Contribution older = f.costaRica2022();
        older.year = 2021;
        older.payments.clear();
        for (Contribution *x : {&reserve, &honduras, &older})
            QVERIFY(f.contributions.add(*x).ok());
        QCOMPARE(added.count(), 3);
        QStringList order;
        const QList<Contribution> all = f.contributions.all();
        for (const Contribution &x : all)
            order.append(x.uid);
        QCOMPARE(order, (QStringList{older.uid, c.uid, honduras.uid, reserve.uid}));
        QCOMPARE(all.at(1).payments.size(), 2); // children loaded for every record
        QCOMPARE(all.at(2).payments.size(), 0);

        // Negative dues are refused; a fund or country that is owed money cannot go.
        Contribution negative = f.costaRica2022();
        negative.year = 2030;
        negative.due = -5;
        QCOMPARE(f.contributions.add(negative).error().code, Error::Code::Constraint);
        QCOMPARE(f.funds.remove(f.reserve).error().code, Error::Code::Constraint);
        QCOMPARE(f.parties.remove(f.hn).error().code, Error::Code::Constraint);
        QCOMPARE(f.db->transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
