// PartyRepository: the repository contract for countries and organizations, lookup by
// code, the member list and the list order, and the refusal to delete a party that a
// meeting or a presidency still refers to.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/MeetingRepository.h"
#include "storage/PartyRepository.h"
#include "storage/PresidencyRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const Party &p)
{
    return {
        {QStringLiteral("kind"), enumKey(p.kind)},    {QStringLiteral("code"), p.code},
        {QStringLiteral("name_en"), p.name.en},       {QStringLiteral("name_es"), p.name.es},
        {QStringLiteral("acronym_en"), p.acronym.en}, {QStringLiteral("acronym_es"), p.acronym.es},
        {QStringLiteral("member"), p.member},         {QStringLiteral("notes"), p.notes},
    };
}

Party country(const QString &code, const QString &en, const QString &es, bool member = true)
{
    Party p;
    p.kind = PartyKind::Country;
    p.code = code;
    p.name = {en, es};
    p.member = member;
    return p;
}

Party iom()
{
    Party p;
    p.kind = PartyKind::InternationalOrganization;
    p.code = QStringLiteral("IOM");
    p.name = {QStringLiteral("International Organization for Migration"),
              QStringLiteral("Organización Internacional para las Migraciones")};
    p.acronym = {QStringLiteral("IOM"), QStringLiteral("OIM")};
    p.member = false;
    p.notes = QStringLiteral("Observer organization; reports on the Reserve Fund.");
    return p;
}

} // namespace

class TestPartyRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        const auto edit = [](Party &p) {
            p.name.es = QStringLiteral("Organización Internacional para las Migraciones (ONU Migración)");
            p.acronym.en = QStringLiteral("UN Migration");
            p.notes = QStringLiteral("Administers the Reserve Fund for migrants in highly vulnerable situations.");
            p.kind = PartyKind::Framework;
        };
        test::RepositoryContract<Party>{*db, parties, iom(), edit, fields}.run();
    }

    void countryRoundTripsAccents()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        Party mx = country(QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
        mx.notes = QStringLiteral("Presidencia Pro Tempore 2021; sede: Ciudad de México.");
        QVERIFY(parties.add(mx).ok());
        const auto read = parties.byId(mx.id);
        QVERIFY(read.has_value());
        QCOMPARE(fields(*read), fields(mx));
        QCOMPARE(read->name.text(Language::Spanish), QStringLiteral("México"));
        // An empty acronym stays empty (not NULL, which the NOT NULL columns would refuse).
        QVERIFY(read->acronym.isEmpty());
    }

    void byCode()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        Party bz = country(QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice"));
        Party org = iom();
        QVERIFY(parties.add(bz).ok());
        QVERIFY(parties.add(org).ok());

        const auto found = parties.byCode(QStringLiteral("BZ"));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, bz.id);
        QCOMPARE(found->uid, bz.uid);
        QCOMPARE(found->name.es, QStringLiteral("Belice"));
        QCOMPARE(parties.byCode(QStringLiteral("IOM"))->id, org.id);
        QVERIFY(!parties.byCode(QStringLiteral("bz")).has_value()); // codes are exact
        QVERIFY(!parties.byCode(QStringLiteral("CR")).has_value());
        QVERIFY(!parties.byCode(QString()).has_value());
    }

    void membersAreTheMemberPartiesByEnglishName()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        QList<Party> list = {
            country(QStringLiteral("PA"), QStringLiteral("Panama"), QStringLiteral("Panamá")),
            country(QStringLiteral("CL"), QStringLiteral("Chile"), QStringLiteral("Chile"), false),
            country(QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice")),
            iom(),
            country(QStringLiteral("DO"), QStringLiteral("Dominican Republic"), QStringLiteral("República Dominicana")),
            country(QStringLiteral("CA"), QStringLiteral("Canada"), QStringLiteral("Canadá")),
        };
        for (Party &p : list)
            QVERIFY(parties.add(p).ok());

        QStringList codes;
        const QList<Party> members = parties.members();
        for (const Party &p : members)
            codes.append(p.code);
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("BZ"), QStringLiteral("CA"), QStringLiteral("DO"), QStringLiteral("PA")}));

        // all(): countries first (members before non-members), then organizations.
        codes.clear();
        const QList<Party> all = parties.all();
        for (const Party &p : all)
            codes.append(p.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("BZ"), QStringLiteral("CA"), QStringLiteral("DO"),
                                     QStringLiteral("PA"), QStringLiteral("CL"), QStringLiteral("IOM")}));
    }

    void partyInAMeetingCannotBeDeleted()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        MeetingRepository meetings(*db);
        Party mx = country(QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
        Party bz = country(QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice"));
        QVERIFY(parties.add(mx).ok());
        QVERIFY(parties.add(bz).ok());

        Meeting rcgm;
        rcgm.kind = MeetingKind::Rcgm;
        rcgm.title = {QStringLiteral("Meeting of the Regional Consultation Group on Migration"),
                      QStringLiteral("Reunión del Grupo Regional de Consulta sobre Migración")};
        rcgm.startDate = QDate(2021, 12, 1);
        rcgm.participants = {{mx.id, ParticipantRole::Presidency, {}}, {bz.id, ParticipantRole::Member, {}}};
        QVERIFY(meetings.add(rcgm).ok());

        AuditLog audit(*db);
        const int auditRows = audit.count();
        QSignalSpy removed(&parties, &Repository::removed);
        const Status s = parties.remove(bz.id);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Constraint);
        QVERIFY(!s.error().message.isEmpty());

        // Both records are untouched; nothing was audited or announced.
        QVERIFY(parties.byId(bz.id).has_value());
        const auto meeting = meetings.byId(rcgm.id);
        QVERIFY(meeting.has_value());
        QCOMPARE(meeting->participants.size(), 2);
        QCOMPARE(meeting->participants.at(1).partyId, bz.id);
        QCOMPARE(audit.count(), auditRows);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!parties.lastWriteChanged());
        QCOMPARE(db->transactionDepth(), 0);

        // Once the meeting no longer names it, the party can go.
        Meeting edited = *meeting;
        edited.participants.removeLast();
        QVERIFY(meetings.update(edited).ok());
        QVERIFY(parties.remove(bz.id).ok());
        QVERIFY(!parties.byId(bz.id).has_value());
        QCOMPARE(removed.count(), 1);
    }

    void partyHoldingAPresidencyCannotBeDeleted()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        PresidencyRepository presidencies(*db);
        Party rcm;
        rcm.kind = PartyKind::Conference;
        rcm.code = QStringLiteral("RCM");
        rcm.name = {QStringLiteral("Regional Conference on Migration"),
                    QStringLiteral("Conferencia Regional sobre Migración")};
        rcm.acronym = {QStringLiteral("RCM"), QStringLiteral("CRM")};
        Party sv = country(QStringLiteral("SV"), QStringLiteral("El Salvador"), QStringLiteral("El Salvador"));
        QVERIFY(parties.add(rcm).ok());
        QVERIFY(parties.add(sv).ok());

        Presidency incoming;
        incoming.partyId = sv.id;
        incoming.conferenceId = rcm.id;
        incoming.status = PresidencyStatus::Incoming;
        incoming.year = 2022;
        QVERIFY(presidencies.add(incoming).ok());

        for (const qint64 id : {sv.id, rcm.id}) {
            const Status s = parties.remove(id);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, Error::Code::Constraint);
            QVERIFY(parties.byId(id).has_value());
        }
        const auto kept = presidencies.byId(incoming.id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->partyId, sv.id);
        QCOMPARE(kept->conferenceId, rcm.id);

        QVERIFY(presidencies.remove(incoming.id).ok());
        QVERIFY(parties.remove(sv.id).ok());
    }

    void removedPartyComesBackUnderItsId()
    {
        // What undo does: add() with the id and uid of the removed record restores both.
        auto db = test::memoryDatabase();
        QVERIFY(db);
        PartyRepository parties(*db);
        Party gt = country(QStringLiteral("GT"), QStringLiteral("Guatemala"), QStringLiteral("Guatemala"));
        Party hn = country(QStringLiteral("HN"), QStringLiteral("Honduras"), QStringLiteral("Honduras"));
        QVERIFY(parties.add(gt).ok());
        QVERIFY(parties.add(hn).ok());
        const Party removed = *parties.byId(gt.id);
        QVERIFY(parties.remove(gt.id).ok());

        Party restored = removed;
        QVERIFY(parties.add(restored).ok());
        QCOMPARE(restored.id, removed.id);
        QCOMPARE(restored.uid, removed.uid);
        QCOMPARE(fields(*parties.byUid(removed.uid)), fields(removed));
        QCOMPARE(parties.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPartyRepository)
#include "tst_partyrepository.moc"
