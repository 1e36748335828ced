// ActivityRepository: the repository contract for working-group activities with their
// supporting parties, lookup by code, and the list filter (text accent-blind, working
// group with 0 for the structural meetings, party as lead, host or supporter, target
// period overlap, scheduled).

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/FilterSql.h"
#include "storage/PartyRepository.h"
#include "storage/SearchIndex.h"
#include "storage/WorkingGroupRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const Activity &a)
{
    QVariantList supporters;
    for (const qint64 id : a.supporterIds)
        supporters.append(id);
    return {
        {QStringLiteral("code"), a.code},
        {QStringLiteral("parent"), a.parentId},
        {QStringLiteral("group"), a.workingGroupId},
        {QStringLiteral("kind"), enumKey(a.kind)},
        {QStringLiteral("title_en"), a.title.en},
        {QStringLiteral("title_es"), a.title.es},
        {QStringLiteral("description_en"), a.description.en},
        {QStringLiteral("description_es"), a.description.es},
        {QStringLiteral("status"), enumKey(a.status)},
        {QStringLiteral("lead"), a.leadId},
        {QStringLiteral("host"), a.hostId},
        {QStringLiteral("supporters"), supporters},
        {QStringLiteral("start"), a.targetStart},
        {QStringLiteral("end"), a.targetEnd},
        {QStringLiteral("progress"), a.progress},
        {QStringLiteral("funding"), a.fundingNeeded ? QVariant(*a.fundingNeeded) : QVariant()},
        {QStringLiteral("currency"), a.currency},
        {QStringLiteral("meeting"), a.meetingId},
        {QStringLiteral("decision"), a.decisionId},
    };
}

qint64 addParty(PartyRepository &parties, PartyKind kind, const QString &code, const QString &en, const QString &es)
{
    Party p;
    p.kind = kind;
    p.code = code;
    p.name = {en, es};
    p.member = kind == PartyKind::Country;
    return parties.add(p).ok() ? p.id : 0;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    WorkingGroupRepository groups{*db};
    ActivityRepository activities{*db};
    qint64 gt = addParty(parties, PartyKind::Country, QStringLiteral("GT"), QStringLiteral("Guatemala"),
                         QStringLiteral("Guatemala"));
    qint64 cr = addParty(parties, PartyKind::Country, QStringLiteral("CR"), QStringLiteral("Costa Rica"),
                         QStringLiteral("Costa Rica"));
    qint64 iom = addParty(parties, PartyKind::InternationalOrganization, QStringLiteral("IOM"),
                          QStringLiteral("International Organization for Migration"),
                          QStringLiteral("Organización Internacional para las Migraciones"));
    qint64 unhcr = addParty(parties, PartyKind::InternationalOrganization, QStringLiteral("UNHCR"),
                            QStringLiteral("UN Refugee Agency"), QStringLiteral("ACNUR"));
    qint64 labour =
        addGroup(QStringLiteral("WG-LM"), QStringLiteral("Labour Migration"), QStringLiteral("Migración Laboral"), 1);
    qint64 protection = addGroup(QStringLiteral("WG-P"), QStringLiteral("Protection"), QStringLiteral("Protección"), 3);

    qint64 addGroup(const QString &code, const QString &en, const QString &es, int position)
    {
        WorkingGroup g;
        g.code = code;
        g.name = {en, es};
        g.position = position;
        return groups.add(g).ok() ? g.id : 0;
    }

    Activity campaign() const
    {
        Activity a;
        a.code = QStringLiteral("7.h");
        a.workingGroupId = protection;
        a.kind = ActivityKind::Campaign;
        a.title = {QStringLiteral("Regional campaign against migrant smuggling"),
                   QStringLiteral("Campaña regional contra el tráfico ilícito de migrantes")};
        a.description = {QStringLiteral("With the support of IOM and UNHCR."),
                         QStringLiteral("Con el apoyo de la OIM y el ACNUR.")};
        a.status = ActivityStatus::InProgress;
        a.leadId = gt;
        a.hostId = cr;
        a.supporterIds = {unhcr, iom};
        a.targetStart = QDate(2022, 1, 1);
        a.targetEnd = QDate(2022, 6, 30);
        a.progress = 40;
        a.fundingNeeded = 2500000;
        a.currency = QStringLiteral("USD");
        return a;
    }
};

} // namespace

class TestActivityRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.protection);
        const auto edit = [&f](Activity &a) {
            a.title.es = QStringLiteral("Campaña regional de información sobre migración segura");
            a.supporterIds = {f.iom}; // UNHCR withdrew
            a.progress = 75;
            a.fundingNeeded.reset();
            a.targetEnd = QDate(2022, 12, 31);
            a.workingGroupId = 0;
        };
        test::RepositoryContract<Activity>{*f.db, f.activities, f.campaign(), edit, fields}.run();
    }

    void supportersKeepTheirOrder()
    {
        Fixture f;
        QVERIFY(f.db && f.protection);
        Activity a = f.campaign();
        QVERIFY(f.activities.add(a).ok());
        QCOMPARE(f.activities.byId(a.id)->supporterIds, (QList<qint64>{f.unhcr, f.iom}));
        QVERIFY(f.activities.byId(a.id)->fundingNeeded.has_value());
        QCOMPARE(*f.activities.byId(a.id)->fundingNeeded, qint64(2500000));

        // Only the order changes: still a change, written and announced.
        QSignalSpy changed(&f.activities, &Repository::changed);
        a.supporterIds = {f.iom, f.unhcr, f.gt};
        QVERIFY(f.activities.update(a).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.activities.byId(a.id)->supporterIds, (QList<qint64>{f.iom, f.unhcr, f.gt}));
        a.supporterIds.move(2, 0);
        QVERIFY(f.activities.update(a).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(f.activities.all().first().supporterIds, (QList<qint64>{f.gt, f.iom, f.unhcr}));

        // A supporter that is not a party: refused whole, the old list stays.
        a.title.en = QStringLiteral("Renamed");
        a.supporterIds.append(9999);
        QVERIFY(!f.activities.update(a).ok());
        QCOMPARE(changed.count(), 2);
        const Activity kept = *f.activities.byId(a.id);
        QCOMPARE(kept.supporterIds, (QList<qint64>{f.gt, f.iom, f.unhcr}));
        QCOMPARE(kept.title.en, QStringLiteral("Regional campaign against migrant smuggling"));
        // Progress outside 0..100 is refused by the schema.
        Activity over = f.campaign();
        over.progress = 120;
        QSignalSpy added(&f.activities, &Repository::added);
        QVERIFY(!f.activities.add(over).ok());
        QCOMPARE(added.count(), 0);
        QCOMPARE(f.activities.count(), 1);
        QCOMPARE(f.db->transactionDepth(), 0);
    }

    void byCode()
    {
        Fixture f;
        QVERIFY(f.db && f.protection);
        Activity a = f.campaign();
        Activity b = f.campaign();
        b.code = QStringLiteral("7.p.i");
        b.title = {QStringLiteral("Guide on labour mobility"), QStringLiteral("Guía sobre movilidad laboral")};
        b.parentId = 0;
        QVERIFY(f.activities.add(a).ok());
        QVERIFY(f.activities.add(b).ok());
        const auto found = f.activities.byCode(QStringLiteral("7.p.i"));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, b.id);
        QCOMPARE(found->title.es, QStringLiteral("Guía sobre movilidad laboral"));
        QCOMPARE(found->supporterIds, (QList<qint64>{f.unhcr, f.iom}));
        QCOMPARE(f.activities.byCode(QStringLiteral("7.h"))->uid, a.uid);
        QVERIFY(!f.activities.byCode(QStringLiteral("7.H")).has_value());
        QVERIFY(!f.activities.byCode(QStringLiteral("7")).has_value());

        // A child activity points at its parent, which then cannot be removed.
        Activity child = f.campaign();
        child.code = QStringLiteral("7.h.1");
        child.parentId = a.id;
        QVERIFY(f.activities.add(child).ok());
        QCOMPARE(f.activities.byCode(QStringLiteral("7.h.1"))->parentId, a.id);
        const Status s = f.activities.remove(a.id);
        QCOMPARE(s.error().code, Error::Code::Constraint);
        QVERIFY(f.activities.byId(a.id).has_value());
    }

    void filters()
    {
        Fixture f;
        QVERIFY(f.db && f.protection);
        Activity campaign = f.campaign(); // protection, 2022-01-01..06-30, lead GT host CR, UNHCR IOM
        Activity structural;
        structural.code = QStringLiteral("3");
        structural.kind = ActivityKind::FollowUp;
        structural.title = {QStringLiteral("Follow-up of the Vice-Ministerial Meeting"),
                            QStringLiteral("Seguimiento de la Reunión Viceministerial")};
        structural.leadId = f.cr;
        structural.targetStart = QDate(2022, 9, 15); // no end: a single day
        Activity guide;
        guide.code = QStringLiteral("5.b");
        guide.workingGroupId = f.labour;
        guide.kind = ActivityKind::Plan;
        guide.title = {QStringLiteral("Labour mobility guide"), QStringLiteral("Guía de movilidad laboral")};
        guide.status = ActivityStatus::Proposed;
        guide.supporterIds = {f.gt};
        for (Activity *a : {&campaign, &structural, &guide})
            QVERIFY(f.activities.add(*a).ok());

        const auto uidsOf = [&](const ActivityFilter &filter) {
            QStringList uids;
            const QList<Activity> found = f.activities.find(filter);
            for (const Activity &a : found)
                uids.append(a.uid);
            if (f.activities.countMatching(filter) != uids.size())
                uids.append(QStringLiteral("count disagrees"));
            for (const QString &uid : {campaign.uid, structural.uid, guide.uid}) {
                if (f.activities.matches(filter, uid) != uids.contains(uid))
                    uids.append(QStringLiteral("matches disagrees on ") + uid);
            }
            uids.sort();
            return uids;
        };
        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };

        ActivityFilter text;
        text.text = QStringLiteral("CAMPANA trafico");
        QCOMPARE(uidsOf(text), QStringList{campaign.uid});
        text.text = QStringLiteral("guia");
        QCOMPARE(uidsOf(text), QStringList{guide.uid});
        text.text = QStringLiteral("5.b");
        QCOMPARE(uidsOf(text), QStringList{guide.uid});
        text.text = QStringLiteral("UNHCR"); // only in the description: not a filter field
        QCOMPARE(uidsOf(text), QStringList{});
        // Typed wildcards are plain characters: none of these is in a code or title.
        for (const char *typed : {"5.?", "5.*", "[5].b", "gu*de"}) {
            text.text = QLatin1String(typed);
            QCOMPARE(uidsOf(text), QStringList{});
        }

        ActivityFilter group;
        group.workingGroupId = 0;
        QCOMPARE(uidsOf(group), QStringList{structural.uid});
        group.workingGroupId = f.labour;
        QCOMPARE(uidsOf(group), QStringList{guide.uid});
        group.workingGroupId = f.protection;
        QCOMPARE(uidsOf(group), QStringList{campaign.uid});

        ActivityFilter status;
        status.status = ActivityStatus::Proposed;
        QCOMPARE(uidsOf(status), QStringList{guide.uid});

        ActivityFilter party;
        party.partyId = f.gt; // lead of the campaign, supporter of the guide
        QCOMPARE(uidsOf(party), sorted({campaign.uid, guide.uid}));
        party.partyId = f.cr; // host of the campaign, lead of the follow-up
        QCOMPARE(uidsOf(party), sorted({campaign.uid, structural.uid}));
        party.partyId = f.unhcr; // supporter only
        QCOMPARE(uidsOf(party), QStringList{campaign.uid});

        ActivityFilter period;
        period.from = QDate(2022, 6, 30);
        period.to = QDate(2022, 9, 14);
        QCOMPARE(uidsOf(period), QStringList{campaign.uid});
        period.from = QDate(2022, 7, 1);
        period.to = QDate(2022, 9, 15);
        QCOMPARE(uidsOf(period), QStringList{structural.uid});
        period.from = QDate(2022, 9, 16);
        period.to = QDate();
        QCOMPARE(uidsOf(period), QStringList{});
        period.from = QDate(2021, 1, 1);
        period.to = QDate(2022, 12, 31);
        QCOMPARE(uidsOf(period), sorted({campaign.uid, structural.uid}));

        ActivityFilter scheduled;
        scheduled.scheduled = false;
        QCOMPARE(uidsOf(scheduled), QStringList{guide.uid});
        scheduled.scheduled = true;
        scheduled.partyId = f.cr;
        scheduled.workingGroupId = 0;
        QCOMPARE(uidsOf(scheduled), QStringList{structural.uid});

        // The list order: structural (no group) first, then by group and code; paging.
        const QList<Activity> all = f.activities.find({});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).uid, structural.uid);
        const QList<Activity> page = f.activities.find({}, 2, 1);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.first().uid, all.at(1).uid);
        QCOMPARE(page.last().uid, all.at(2).uid);
    }

    void periodSearchesAShortRangeOfTheStart()
    {
        // Only the start has an index; the longest span (from its own index) bounds the
        // start below, so a month reads that month's rows, not every earlier one. If the
        // span expression in FilterSql drifts from migration 0009's, the plan shows it.
        Fixture f;
        ActivityFilter month;
        month.from = QDate(2022, 3, 1);
        month.to = QDate(2022, 3, 31);
        const FilterSql sql = FilterSql::of(month);
        QSqlQuery q(f.db->connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM activity") + sql.where()));
        for (auto it = sql.binds.cbegin(); it != sql.binds.cend(); ++it)
            q.bindValue(QLatin1Char(':') + it.key(), it.value());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan.append(q.value(3).toString());
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("activity_target (target_start>? AND target_start<?)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("USING INDEX activity_span")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "tst_activityrepository.moc"
