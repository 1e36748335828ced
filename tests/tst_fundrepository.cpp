// FundRepository: the repository contract for the budget lines countries contribute to,
// the default currency, and the administrator reference.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/FundRepository.h"
#include "storage/PartyRepository.h"

#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const Fund &f)
{
    return {
        {QStringLiteral("code"), f.code},         {QStringLiteral("name_en"), f.name.en},
        {QStringLiteral("name_es"), f.name.es},   {QStringLiteral("administrator"), f.administratorId},
        {QStringLiteral("currency"), f.currency},
    };
}

qint64 addIom(PartyRepository &parties)
{
    Party p;
    p.kind = PartyKind::InternationalOrganization;
    p.code = QStringLiteral("IOM");
    p.name = {QStringLiteral("International Organization for Migration"),
              QStringLiteral("Organización Internacional para las Migraciones")};
    return parties.add(p).ok() ? p.id : 0;
}

Fund reserveFund(qint64 administrator)
{
    Fund f;
    f.code = QStringLiteral("IOM-RF");
    f.name = {QStringLiteral("Reserve Fund for migrants in highly vulnerable situations"),
              QStringLiteral("Fondo de Reserva para migrantes en situación de alta vulnerabilidad")};
    f.administratorId = administrator;
    return f;
}

} // namespace

class TestFundRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        FundRepository funds(*db);
        const qint64 iom = addIom(parties);
        QVERIFY(iom);
        const auto edit = [](Fund &f) {
            f.name.en = QStringLiteral("IOM Reserve Fund");
            f.currency = QStringLiteral("EUR");
            f.administratorId = 0;
        };
        test::RepositoryContract<Fund>{*db, funds, reserveFund(iom), edit, fields}.run();
    }

    void currencyAndAdministrator()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        FundRepository funds(*db);
        const qint64 iom = addIom(parties);
        Fund f = reserveFund(iom);
        QVERIFY(funds.add(f).ok());
        const auto read = funds.byId(f.id);
        QCOMPARE(read->currency, QStringLiteral("USD"));
        QCOMPARE(read->administratorId, iom);
        QCOMPARE(read->name.text(Language::Spanish),
                 QStringLiteral("Fondo de Reserva para migrantes en situación de alta vulnerabilidad"));

        // An administrator that is not a party is refused; removing the administrator
        // leaves the fund without one.
        Fund bad = reserveFund(9999);
        QCOMPARE(funds.add(bad).error().code, Error::Code::Constraint);
        QCOMPARE(funds.count(), 1);
        QVERIFY(parties.remove(iom).ok());
        QCOMPARE(funds.byId(f.id)->administratorId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestFundRepository)
#include "tst_fundrepository.moc"
