// PresidencyRepository: the repository contract for who holds the Presidency Pro-
// Tempore of which conference and when, and the lookup of the current and incoming one.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/PartyRepository.h"
#include "storage/PresidencyRepository.h"

#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const Presidency &p)
{
    return {
        {QStringLiteral("party"), p.partyId},
        {QStringLiteral("conference"), p.conferenceId},
        {QStringLiteral("status"), enumKey(p.status)},
        {QStringLiteral("year"), p.year},
        {QStringLiteral("start"), p.start},
        {QStringLiteral("end"), p.end},
    };
}

qint64 addParty(PartyRepository &parties, PartyKind kind, const QString &code, const QString &en, const QString &es)
{
    Party p;
    p.kind = kind;
    p.code = code;
    p.name = {en, es};
    return parties.add(p).ok() ? p.id : 0;
}

Presidency presidency(qint64 party, qint64 conference, PresidencyStatus status, int year)
{
    Presidency p;
    p.partyId = party;
    p.conferenceId = conference;
    p.status = status;
    p.year = year;
    return p;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    PresidencyRepository presidencies{*db};
    qint64 rcm = addParty(parties, PartyKind::Conference, QStringLiteral("RCM"),
                          QStringLiteral("Regional Conference on Migration"),
                          QStringLiteral("Conferencia Regional sobre Migración"));
    qint64 sacm = addParty(parties, PartyKind::Conference, QStringLiteral("SACM"),
                           QStringLiteral("South American Conference on Migration"),
                           QStringLiteral("Conferencia Suramericana sobre Migraciones"));
    qint64 mx =
        addParty(parties, PartyKind::Country, QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
    qint64 sv = addParty(parties, PartyKind::Country, QStringLiteral("SV"), QStringLiteral("El Salvador"),
                         QStringLiteral("El Salvador"));
    qint64 ar = addParty(parties, PartyKind::Country, QStringLiteral("AR"), QStringLiteral("Argentina"),
                         QStringLiteral("Argentina"));
};

} // namespace

class TestPresidencyRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.ar);
        Presidency sample = presidency(f.mx, f.rcm, PresidencyStatus::Current, 2021);
        sample.start = QDate(2021, 1, 1);
        sample.end = QDate(2021, 12, 31);
        const auto edit = [](Presidency &p) {
            p.status = PresidencyStatus::Past;
            p.end = QDate(2022, 1, 15);
            p.year = 0; // unknown
        };
        test::RepositoryContract<Presidency>{*f.db, f.presidencies, sample, edit, fields}.run();
    }

    void withStatusPerConference()
    {
        Fixture f;
        QVERIFY(f.db && f.ar);
        Presidency old = presidency(f.sv, f.rcm, PresidencyStatus::Current, 2019);
        Presidency current = presidency(f.mx, f.rcm, PresidencyStatus::Current, 2021);
        Presidency incoming = presidency(f.sv, f.rcm, PresidencyStatus::Incoming, 2022);
        Presidency sister = presidency(f.ar, f.sacm, PresidencyStatus::Current, 2022);
        for (Presidency *p : {&old, &current, &incoming, &sister})
            QVERIFY(f.presidencies.add(*p).ok());

        // Two "current" rows for the RCM: the latest year wins.
        QCOMPARE(f.presidencies.withStatus(f.rcm, PresidencyStatus::Current)->uid, current.uid);
        QCOMPARE(f.presidencies.withStatus(f.rcm, PresidencyStatus::Incoming)->partyId, f.sv);
        QCOMPARE(f.presidencies.withStatus(f.sacm, PresidencyStatus::Current)->partyId, f.ar);
        QVERIFY(!f.presidencies.withStatus(f.sacm, PresidencyStatus::Incoming).has_value());
        QVERIFY(!f.presidencies.withStatus(f.rcm, PresidencyStatus::Past).has_value());

        // The handover: the current one becomes past, the incoming one current.
        current.status = PresidencyStatus::Past;
        incoming.status = PresidencyStatus::Current;
        old.status = PresidencyStatus::Past;
        for (const Presidency *p : {&current, &incoming, &old})
            QVERIFY(f.presidencies.update(*p).ok());
        QCOMPARE(f.presidencies.withStatus(f.rcm, PresidencyStatus::Current)->partyId, f.sv);
        QCOMPARE(f.presidencies.withStatus(f.rcm, PresidencyStatus::Past)->uid, current.uid);

        // An unknown year is NULL in the table and 0 again when read.
        Presidency unknown = presidency(f.mx, f.sacm, PresidencyStatus::Past, 0);
        QVERIFY(f.presidencies.add(unknown).ok());
        QCOMPARE(f.presidencies.byId(unknown.id)->year, 0);
        // The list order: by conference, then year.
        QStringList order;
        for (const Presidency &p : f.presidencies.all())
            order.append(p.uid);
        QCOMPARE(order, (QStringList{old.uid, current.uid, incoming.uid, unknown.uid, sister.uid}));
        // A presidency needs a party that exists.
        Presidency ghost = presidency(9999, f.rcm, PresidencyStatus::Incoming, 2023);
        QCOMPARE(f.presidencies.add(ghost).error().code, Error::Code::Constraint);
    }
};

QTEST_GUILESS_MAIN(TestPresidencyRepository)
#include "tst_presidencyrepository.moc"
