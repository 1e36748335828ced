// FocalPointRepository: the repository contract for the focal points of the parties,
// the personal-data flag, the list per party, and a party that keeps its focal points.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/FocalPointRepository.h"
#include "storage/PartyRepository.h"

#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const FocalPoint &f)
{
    return {
        {QStringLiteral("party"), f.partyId}, {QStringLiteral("name"), f.name},
        {QStringLiteral("role"), f.role},     {QStringLiteral("email"), f.email},
        {QStringLiteral("phone"), f.phone},   {QStringLiteral("personal"), f.personalData},
        {QStringLiteral("notes"), f.notes},
    };
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    FocalPointRepository focalPoints{*db};
    qint64 sv = addParty(QStringLiteral("SV"), QStringLiteral("El Salvador"), QStringLiteral("El Salvador"));
    qint64 gt = addParty(QStringLiteral("GT"), QStringLiteral("Guatemala"), QStringLiteral("Guatemala"));

    qint64 addParty(const QString &code, const QString &en, const QString &es)
    {
        Party p;
        p.code = code;
        p.name = {en, es};
        p.member = true;
        return parties.add(p).ok() ? p.id : 0;
    }

    FocalPoint sample() const
    {
        FocalPoint f;
        f.partyId = sv;
        f.name = QStringLiteral("María José Hernández");
        f.role = QStringLiteral("Punto focal, Grupo de Trabajo sobre Protección");
        f.email = QStringLiteral("mj.hernandez@example.gob.sv");
        f.phone = QStringLiteral("+503 2222 0000");
        f.notes = QStringLiteral("Prefiere español.");
        return f;
    }
};

} // namespace

class TestFocalPointRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.gt);
        const auto edit = [&f](FocalPoint &p) {
            p.partyId = f.gt;
            p.role = QStringLiteral("Viceministra");
            p.email = QStringLiteral("otra@example.gob.gt");
            p.personalData = false;
        };
        test::RepositoryContract<FocalPoint>{*f.db, f.focalPoints, f.sample(), edit, fields}.run();
    }

    void personalDataAndParties()
    {
        Fixture f;
        QVERIFY(f.db && f.gt);
        FocalPoint person = f.sample();
        QVERIFY(person.personalData); // the safe default
        QVERIFY(f.focalPoints.add(person).ok());
        FocalPoint office = f.sample();
        office.name = QStringLiteral("Dirección General de Migración");
        office.personalData = false;
        QVERIFY(f.focalPoints.add(office).ok());
        FocalPoint other = f.sample();
        other.partyId = f.gt;
        QVERIFY(f.focalPoints.add(other).ok());

        QCOMPARE(f.focalPoints.byId(person.id)->personalData, true);
        QCOMPARE(f.focalPoints.byId(office.id)->personalData, false);
        const QList<FocalPoint> ofSv = f.focalPoints.ofParty(f.sv);
        QCOMPARE(ofSv.size(), 2);
        QCOMPARE(ofSv.first().uid, office.uid); // by name
        QCOMPARE(f.focalPoints.ofParty(f.gt).size(), 1);

        // A party with focal points cannot go; a focal point needs a party.
        QCOMPARE(f.parties.remove(f.gt).error().code, Error::Code::Constraint);
        FocalPoint orphan = f.sample();
        orphan.partyId = 9999;
        QCOMPARE(f.focalPoints.add(orphan).error().code, Error::Code::Constraint);
        QCOMPARE(f.db->transactionDepth(), 0);
    }

    void isPlausibleEmail()
    {
        QVERIFY(pd::isPlausibleEmail(QStringLiteral("a.b@example.org")));
        QVERIFY(pd::isPlausibleEmail(QStringLiteral("ppt@rree.gob.sv")));
        QVERIFY(!pd::isPlausibleEmail(QStringLiteral("nobody")));
        QVERIFY(!pd::isPlausibleEmail(QStringLiteral("a@b")));
        QVERIFY(!pd::isPlausibleEmail(QStringLiteral("a b@example.org")));
        QVERIFY(!pd::isPlausibleEmail(QStringLiteral("a@@example.org")));
        QVERIFY(!pd::isPlausibleEmail(QStringLiteral("a@example..org")));
    }
};

QTEST_GUILESS_MAIN(TestFocalPointRepository)
#include "tst_focalpointrepository.moc"
