// ContributionTableModel: rows per country, fund and year with due, paid and
// outstanding amounts, the year and fund filters, totals per currency, arrears as of a
// fixed "today", and rows that follow the repository (and the Editor's undo).

#include "TestSupport.h"
#include "commands/Editor.h"
#include "domain/Money.h"
#include "models/ContributionTableModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    Repositories repos{*db};
    qint64 mx = addCountry(QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
    qint64 bz = addCountry(QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice"));
    qint64 budget = addFund(QStringLiteral("ES_BUDGET"), QStringLiteral("Executive Secretariat budget"),
                            QStringLiteral("Presupuesto de la Secretaría Ejecutiva"));
    qint64 reserve =
        addFund(QStringLiteral("RESERVE_FUND"), QStringLiteral("IOM Reserve Fund"), QStringLiteral("Fondo de Reserva"));

    qint64 addCountry(const QString &code, const QString &en, const QString &es)
    {
        Party p;
        p.code = code;
        p.name = {en, es};
        p.member = true;
        return repos.parties().add(p).ok() ? p.id : 0;
    }
    qint64 addFund(const QString &code, const QString &en, const QString &es)
    {
        Fund fund;
        fund.code = code;
        fund.name = {en, es};
        return repos.funds().add(fund).ok() ? fund.id : 0;
    }
    Contribution add(qint64 party, qint64 fund, int year, qint64 due, QList<Payment> payments = {},
                     const QString &currency = QStringLiteral("USD"))
    {
        Contribution c;
        c.partyId = party;
        c.fundId = fund;
        c.year = year;
        c.due = due;
        c.currency = currency;
        c.payments = std::move(payments);
        if (!repos.contributions().add(c).ok())
            qWarning("could not add a contribution");
        return c;
    }
};

Payment payment(const QDate &on, qint64 amount)
{
    Payment p;
    p.paidOn = on;
    p.amount = amount;
    return p;
}

QString cell(const ContributionTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestContributionTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyModel()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        ContributionTableModel model(f.repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ContributionTableModel::ColumnCount));
        QVERIFY(model.totals().isEmpty());
        QVERIFY(model.years().isEmpty());
    }

    void amountsAndTotals()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        const Contribution mx = f.add(f.mx, f.budget, 2022, 2850000, {payment(QDate(2022, 2, 15), 1000000)});
        f.add(f.bz, f.budget, 2022, 500000);
        f.add(f.mx, f.reserve, 2022, 1000000, {payment(QDate(2022, 3, 1), 1000000)});
        f.add(f.mx, f.budget, 2021, 2500000, {payment(QDate(2021, 6, 1), 2500000)});
        ContributionTableModel model(f.repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.years(), (QList<int>{2022, 2021}));

        // Newest year first, then fund, then country by name.
        QCOMPARE(cell(model, 0, ContributionTableModel::PartyColumn), QStringLiteral("Belize"));
        QCOMPARE(cell(model, 1, ContributionTableModel::PartyColumn), QStringLiteral("Mexico"));
        QCOMPARE(cell(model, 3, ContributionTableModel::YearColumn), QStringLiteral("2021"));
        const int row = model.rowOf(mx.uid);
        QCOMPARE(row, 1);
        QCOMPARE(cell(model, row, ContributionTableModel::FundColumn), QStringLiteral("Executive Secretariat budget"));
        QCOMPARE(cell(model, row, ContributionTableModel::DueColumn), QStringLiteral("28,500.00"));
        QCOMPARE(cell(model, row, ContributionTableModel::PaidColumn), QStringLiteral("10,000.00"));
        QCOMPARE(cell(model, row, ContributionTableModel::OutstandingColumn), QStringLiteral("18,500.00"));
        QCOMPARE(cell(model, row, ContributionTableModel::CurrencyColumn), QStringLiteral("USD"));
        QCOMPARE(model.index(row, ContributionTableModel::OutstandingColumn)
                     .data(ContributionTableModel::AmountRole)
                     .toLongLong(),
                 qint64(1850000));
        QVERIFY(!cell(model, row, ContributionTableModel::PaymentsColumn).isEmpty());

        // Spanish: names and number format follow the content language.
        model.setLanguage(Language::Spanish);
        QCOMPARE(cell(model, 0, ContributionTableModel::PartyColumn), QStringLiteral("Belice"));
        QCOMPARE(cell(model, model.rowOf(mx.uid), ContributionTableModel::DueColumn), QStringLiteral("28.500,00"));
        model.setLanguage(Language::English);

        // Totals of everything shown, then of one year and one fund.
        auto totals = model.totals();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().due, qint64(2850000 + 500000 + 1000000 + 2500000));
        QCOMPARE(totals.first().paid, qint64(1000000 + 1000000 + 2500000));
        QCOMPARE(totals.first().outstanding, qint64(1850000 + 500000));
        QSignalSpy totalsChanged(&model, &ContributionTableModel::totalsChanged);
        model.setFilter(2022, f.budget);
        QCOMPARE(totalsChanged.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        totals = model.totals();
        QCOMPARE(totals.first().due, qint64(3350000));
        QCOMPARE(totals.first().paid, qint64(1000000));
        QCOMPARE(totals.first().outstanding, qint64(2350000));
        QCOMPARE(totals.first().contributions, 2);
        model.setFilter(0, f.reserve);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totals().first().outstanding, qint64(0));
        model.setFilter(2021, 0);
        QCOMPARE(model.rowCount(), 1);

        // Another currency is totalled apart.
        model.setFilter(0, 0);
        f.add(f.bz, f.reserve, 2021, 100000, {}, QStringLiteral("EUR"));
        totals = model.totals();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(totals.at(0).outstanding, qint64(100000));
    }

    void arrearsAsOfToday()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        const Contribution open2021 = f.add(f.mx, f.budget, 2021, 2500000, {payment(QDate(2021, 6, 1), 500000)});
        const Contribution paid2021 = f.add(f.bz, f.budget, 2021, 400000, {payment(QDate(2021, 6, 1), 400000)});
        const Contribution open2022 = f.add(f.mx, f.budget, 2022, 2500000);
        ContributionTableModel model(f.repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto arrears = [&model](const Contribution &c) {
            return model.index(model.rowOf(c.uid), ContributionTableModel::OutstandingColumn)
                .data(ContributionTableModel::ArrearsRole)
                .toBool();
        };
        // During 2021 nothing is late; on 1 January 2022 the unpaid 2021 balance is.
        model.setToday(QDate(2021, 12, 31));
        QVERIFY(!arrears(open2021));
        QCOMPARE(model.totals().first().inArrears, 0);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setToday(QDate(2022, 1, 1));
        QCOMPARE(dataChanged.count(), 1);
        QVERIFY(arrears(open2021));
        QVERIFY(!arrears(paid2021));
        QVERIFY(!arrears(open2022));
        QCOMPARE(model.totals().first().inArrears, 1);
        const QModelIndex late = model.index(model.rowOf(open2021.uid), ContributionTableModel::OutstandingColumn);
        QVERIFY(late.data(Qt::BackgroundRole).isValid());
        QVERIFY(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2021")));
        QVERIFY(!model.index(model.rowOf(paid2021.uid), 0).data(Qt::BackgroundRole).isValid());
        model.setToday(QDate(2023, 6, 1));
        QVERIFY(arrears(open2022));
        QCOMPARE(model.totals().first().inArrears, 2);
    }

    void followsEditsAndUndo()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        Editor editor(f.repos);
        ContributionTableModel model(f.repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(2022, 0);
        QSignalSpy totalsChanged(&model, &ContributionTableModel::totalsChanged);

        Contribution c;
        c.partyId = f.mx;
        c.fundId = f.budget;
        c.year = 2022;
        c.due = 2850000;
        QVERIFY(editor.addContribution(c).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(totalsChanged.count(), 1);
        // Another year is not shown.
        Contribution other = c;
        other.id = 0;
        other.uid.clear();
        other.year = 2021;
        QVERIFY(editor.addContribution(other).ok());
        QCOMPARE(model.rowCount(), 1);
        // The same country, fund and year twice is refused by the Editor, with nothing pushed.
        Contribution twice = c;
        twice.id = 0;
        twice.uid.clear();
        QCOMPARE(editor.addContribution(twice).error().code, Error::Code::Invalid);
        QCOMPARE(editor.undoStack()->count(), 2);

        Payment p = payment(QDate(2022, 4, 1), 500000);
        QVERIFY(editor.recordPayment(c.uid, p).ok());
        QCOMPARE(editor.undoStack()->undoText(),
                 QStringLiteral("Record payment of %1 by Mexico").arg(money::format(500000, c.currency, QLocale())));
        QCOMPARE(model.totals().first().paid, qint64(500000));
        QCOMPARE(cell(model, 0, ContributionTableModel::OutstandingColumn), QStringLiteral("23,500.00"));
        QCOMPARE(editor.recordPayment(c.uid, payment(QDate(2022, 4, 1), 0)).error().code, Error::Code::Invalid);

        editor.undoStack()->undo();
        QCOMPARE(model.totals().first().paid, qint64(0));
        QCOMPARE(cell(model, 0, ContributionTableModel::OutstandingColumn), QStringLiteral("28,500.00"));
        editor.undoStack()->undo(); // the 2021 contribution
        editor.undoStack()->undo(); // the 2022 one
        QCOMPARE(model.rowCount(), 0);
        editor.undoStack()->redo();
        QCOMPARE(model.rowCount(), 1);

        // Moved to another year by an edit: it leaves this view.
        Contribution moved = *f.repos.contributions().byUid(c.uid);
        moved.year = 2023;
        QVERIFY(editor.updateContribution(moved).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    // A table longer than a page: the first page is read, the rest as the view asks;
    // the totals are of everything the filter matches, summed by the database.
    void pagesWithTotalsOfEverything()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        const int pageSize = ContributionTableModel::PageSize;
        const int years = pageSize; // two countries a year: two pages of one fund
        qint64 due = 0, paid = 0;
        int unpaid = 0;
        QString oldestMexico;
        for (int year = 2000; year < 2000 + years; ++year) {
            const bool pays = year % 2 == 0;
            const Contribution mx = f.add(f.mx, f.budget, year, 100000 + year,
                                          pays ? QList<Payment>{payment(QDate(year, 5, 1), 100000)} : QList<Payment>{});
            f.add(f.bz, f.budget, year, 50000);
            due += 100000 + year + 50000;
            paid += pays ? 100000 : 0;
            unpaid += year < 2040 ? 2 : 0; // everything has something outstanding; late before 2040
            if (year == 2000)
                oldestMexico = mx.uid;
        }
        f.add(f.mx, f.reserve, 2001, 7000);

        // Without QAbstractItemModelTester, which would read pages itself: Qt 6.4's tester
        // runs its checks (fetchMore among them) on modelReset before it has noted the
        // reset's end, and reports the rows so read as inserted during the reset.
        ContributionTableModel model(f.repos);
        model.setToday(QDate(2040, 1, 1));
        model.setFilter(0, f.budget);
        QCOMPARE(model.rowCount(), pageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest year first, then the country by name; the payments of the page are read.
        QCOMPARE(cell(model, 0, ContributionTableModel::YearColumn), QString::number(2000 + years - 1));
        QCOMPARE(cell(model, 0, ContributionTableModel::PartyColumn), QStringLiteral("Belize"));
        QCOMPARE(cell(model, 1, ContributionTableModel::PartyColumn), QStringLiteral("Mexico"));

        auto totals = model.totals();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().contributions, 2 * years);
        QCOMPARE(totals.first().due, due);
        QCOMPARE(totals.first().paid, paid);
        QCOMPARE(totals.first().outstanding, due - paid);
        QCOMPARE(totals.first().inArrears, unpaid);

        // A row further down is found by reading on; nothing is read twice.
        const int row = model.fetchRowOf(oldestMexico);
        QCOMPARE(row, 2 * years - 1);
        QCOMPARE(model.rowCount(), 2 * years);
        QCOMPARE(cell(model, row, ContributionTableModel::PaidColumn), QStringLiteral("1,000.00"));
        QSet<QString> uids;
        for (int i = 0; i < model.rowCount(); ++i)
            uids.insert(model.index(i, 0).data(ContributionTableModel::UidRole).toString());
        QCOMPARE(uids.size(), model.rowCount());

        // Spanish orders by the Spanish names, and keeps the totals.
        model.setLanguage(Language::Spanish);
        QCOMPARE(cell(model, 0, ContributionTableModel::PartyColumn), QStringLiteral("Belice"));
        QCOMPARE(model.totals().first().due, due);
    }

    // A contribution added while the table is still being read comes where it belongs,
    // once, and undo takes it away again.
    void addedWhileReadingPages()
    {
        Fixture f;
        QVERIFY(f.db && f.reserve);
        Editor editor(f.repos);
        for (int year = 1900; year < 1900 + ContributionTableModel::PageSize + 10; ++year)
            f.add(f.mx, f.budget, year, 1000);
        ContributionTableModel model(f.repos); // without the tester: see pagesWithTotalsOfEverything
        QVERIFY(model.canFetchMore({}));
        QSignalSpy totalsChanged(&model, &ContributionTableModel::totalsChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // The totals are told of once the rows have followed (a page sums them with the rows).
        int rowsAtTotals = -1;
        connect(&model, &ContributionTableModel::totalsChanged, &model, [&] { rowsAtTotals = model.rowCount(); });
        Contribution newest;
        newest.partyId = f.bz;
        newest.fundId = f.budget;
        newest.year = 2100;
        newest.due = 5000;
        QVERIFY(editor.addContribution(newest).ok());
        QCOMPARE(model.rowOf(newest.uid), 0);
        QCOMPARE(model.rowCount(), ContributionTableModel::PageSize + 1); // put in, not read again
        QCOMPARE(reset.count(), 0);
        QVERIFY(totalsChanged.count() > 0);
        QCOMPARE(rowsAtTotals, ContributionTableModel::PageSize + 1);
        QCOMPARE(model.totals().first().contributions, ContributionTableModel::PageSize + 11);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), ContributionTableModel::PageSize + 11);
        editor.undoStack()->undo();
        QCOMPARE(model.rowOf(newest.uid), -1);
        QCOMPARE(model.rowCount(), ContributionTableModel::PageSize + 10);
    }

    void moneyText()
    {
        const QLocale en(QLocale::English);
        QCOMPARE(money::format(500000, en), QStringLiteral("5,000.00"));
        QCOMPARE(money::format(5, en), QStringLiteral("0.05"));
        QCOMPARE(money::format(-12345, en), QStringLiteral("-123.45"));
        QCOMPARE(money::parse(QStringLiteral("5,000.00"), en), std::optional<qint64>(500000));
        QCOMPARE(money::parse(QStringLiteral(" 5000.5 "), en), std::optional<qint64>(500050));
        QCOMPARE(money::parse(QStringLiteral("12"), en), std::optional<qint64>(1200));
        QCOMPARE(money::parse(QStringLiteral("1.234"), en), std::nullopt);
        QCOMPARE(money::parse(QStringLiteral("abc"), en), std::nullopt);
        QCOMPARE(money::parse(QString(), en), std::nullopt);
        QCOMPARE(money::parse(QStringLiteral("-5"), en), std::nullopt);
        const QLocale es(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(money::parse(QStringLiteral("5.000,50"), es), std::optional<qint64>(500050));
        QCOMPARE(money::format(1234567, es), QStringLiteral("12.345,67"));
    }
};

QTEST_GUILESS_MAIN(TestContributionTableModel)
#include "tst_contributiontablemodel.moc"
