// DecisionRepository: the repository contract for the decision register, the decisions
// of a meeting in order, lookup by number, numbered sub-items under their parent, and
// the parties a decision names.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PartyRepository.h"
#include "storage/SearchIndex.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const Decision &d)
{
    QVariantList parties;
    for (const qint64 id : d.partyIds)
        parties.append(id);
    return {
        {QStringLiteral("meeting"), d.meetingId},
        {QStringLiteral("number"), d.number},
        {QStringLiteral("parent"), d.parentId},
        {QStringLiteral("position"), d.position},
        {QStringLiteral("group"), d.workingGroupId},
        {QStringLiteral("heading_en"), d.heading.en},
        {QStringLiteral("heading_es"), d.heading.es},
        {QStringLiteral("verb"), enumKey(d.verb)},
        {QStringLiteral("text_en"), d.text.en},
        {QStringLiteral("text_es"), d.text.es},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("owner"), d.ownerId},
        {QStringLiteral("due"), d.due},
        {QStringLiteral("status"), enumKey(d.status)},
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

QStringList numbers(const QList<Decision> &decisions)
{
    QStringList list;
    for (const Decision &d : decisions)
        list.append(d.number);
    return list;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    MeetingRepository meetings{*db};
    DecisionRepository decisions{*db};
    qint64 mx =
        addParty(parties, PartyKind::Country, QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
    qint64 sv = addParty(parties, PartyKind::Country, QStringLiteral("SV"), QStringLiteral("El Salvador"),
                         QStringLiteral("El Salvador"));
    qint64 iom = addParty(parties, PartyKind::InternationalOrganization, QStringLiteral("IOM"),
                          QStringLiteral("International Organization for Migration"),
                          QStringLiteral("Organización Internacional para las Migraciones"));
    qint64 rcgm = addMeeting(QStringLiteral("Regional Consultation Group on Migration"), QDate(2021, 12, 1));
    qint64 vm = addMeeting(QStringLiteral("Vice-Ministerial Meeting"), QDate(2021, 12, 2));

    qint64 addMeeting(const QString &title, const QDate &date)
    {
        Meeting m;
        m.kind = MeetingKind::Rcgm;
        m.title.en = title;
        m.startDate = date;
        return meetings.add(m).ok() ? m.id : 0;
    }

    Decision decision(qint64 meeting, const QString &number, int position, DecisionVerb verb, const QString &en,
                      const QString &es) const
    {
        Decision d;
        d.meetingId = meeting;
        d.number = number;
        d.position = position;
        d.verb = verb;
        d.text = {en, es};
        return d;
    }

    Decision approveBudget() const
    {
        Decision d = decision(rcgm, QStringLiteral("1"), 0, DecisionVerb::Approve,
                              QStringLiteral("Approve the budget of the Executive Secretariat for 2022."),
                              QStringLiteral("Aprobar el presupuesto de la Secretaría Ejecutiva para 2022."));
        d.heading = {QStringLiteral("Administrative matters"), QStringLiteral("Asuntos administrativos")};
        d.partyIds = {iom, mx};
        d.ownerId = mx;
        d.due = QDate(2022, 1, 31);
        d.status = DecisionStatus::InProgress;
        return d;
    }
};

} // namespace

class TestDecisionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.vm);
        const auto edit = [&f](Decision &d) {
            d.text.es = QStringLiteral("Aprobar el presupuesto revisado de la Secretaría Ejecutiva.");
            d.partyIds = {f.sv, f.iom, f.mx};
            d.status = DecisionStatus::Done;
            d.ownerId = f.sv;
            d.due = QDate();
        };
        test::RepositoryContract<Decision>{*f.db, f.decisions, f.approveBudget(), edit, fields}.run();
    }

    void ofMeetingAndByNumber()
    {
        Fixture f;
        QVERIFY(f.db && f.vm);
        // Added out of order; listed by position.
        Decision d3 = f.decision(f.rcgm, QStringLiteral("3"), 2, DecisionVerb::Urge, QStringLiteral("Urge..."), {});
        Decision d1 = f.approveBudget();
        Decision d2 = f.decision(f.rcgm, QStringLiteral("2"), 1, DecisionVerb::Thank,
                                 QStringLiteral("Thank Mexico for its Pro-Tempore Presidency."),
                                 QStringLiteral("Agradecer a México por su Presidencia Pro Tempore."));
        Decision other = f.decision(f.vm, QStringLiteral("1"), 0, DecisionVerb::TakeNote,
                                    QStringLiteral("Take note of the report."), QStringLiteral("Tomar nota."));
        for (Decision *d : {&d3, &d1, &d2, &other})
            QVERIFY(f.decisions.add(*d).ok());

        QCOMPARE(numbers(f.decisions.ofMeeting(f.rcgm)),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(numbers(f.decisions.ofMeeting(f.vm)), QStringList{QStringLiteral("1")});
        QVERIFY(f.decisions.ofMeeting(9999).isEmpty());
        QCOMPARE(f.decisions.ofMeeting(f.rcgm).first().partyIds, (QList<qint64>{f.iom, f.mx}));

        // The same number in two meetings: byNumber tells them apart.
        QCOMPARE(f.decisions.byNumber(f.rcgm, QStringLiteral("1"))->uid, d1.uid);
        QCOMPARE(f.decisions.byNumber(f.vm, QStringLiteral("1"))->uid, other.uid);
        QCOMPARE(f.decisions.byNumber(f.rcgm, QStringLiteral("2"))->text.es,
                 QStringLiteral("Agradecer a México por su Presidencia Pro Tempore."));
        QVERIFY(!f.decisions.byNumber(f.vm, QStringLiteral("2")).has_value());
        QVERIFY(!f.decisions.byNumber(f.rcgm, QStringLiteral("1.a")).has_value());

        // A meeting with decisions on record cannot be deleted.
        QCOMPARE(f.meetings.remove(f.vm).error().code, Error::Code::Constraint);
        QVERIFY(f.meetings.byId(f.vm).has_value());
    }

    void subItemsUnderTheirParent()
    {
        Fixture f;
        QVERIFY(f.db && f.vm);
        Decision parent = f.decision(f.rcgm, QStringLiteral("7"), 6, DecisionVerb::Recommend,
                                     QStringLiteral("Recommend the following activities:"),
                                     QStringLiteral("Recomendar las siguientes actividades:"));
        QVERIFY(f.decisions.add(parent).ok());
        Decision a = f.decision(f.rcgm, QStringLiteral("7.a"), 7, DecisionVerb::Initiate,
                                QStringLiteral("A workshop on labour migration."),
                                QStringLiteral("Un taller sobre migración laboral."));
        a.parentId = parent.id;
        Decision b = a;
        b.number = QStringLiteral("7.b");
        b.position = 8;
        b.text = {QStringLiteral("A course on protection."), QStringLiteral("Un curso sobre protección.")};
        QVERIFY(f.decisions.add(b).ok());
        QVERIFY(f.decisions.add(a).ok());

        const auto readA = f.decisions.byNumber(f.rcgm, QStringLiteral("7.a"));
        QCOMPARE(readA->parentId, parent.id);
        QCOMPARE(f.decisions.byId(b.id)->parentId, parent.id);
        QCOMPARE(f.decisions.byId(parent.id)->parentId, qint64(0));
        QCOMPARE(numbers(f.decisions.ofMeeting(f.rcgm)),
                 (QStringList{QStringLiteral("7"), QStringLiteral("7.a"), QStringLiteral("7.b")}));

        // The parent stays while it has sub-items, untouched and unannounced.
        QSignalSpy removed(&f.decisions, &Repository::removed);
        QCOMPARE(f.decisions.remove(parent.id).error().code, Error::Code::Constraint);
        QVERIFY(f.decisions.byId(parent.id).has_value());
        QCOMPARE(removed.count(), 0);
        // A parent that does not exist is refused.
        Decision orphan = a;
        orphan.id = 0;
        orphan.uid.clear();
        orphan.number = QStringLiteral("8.a");
        orphan.parentId = 9999;
        QCOMPARE(f.decisions.add(orphan).error().code, Error::Code::Constraint);
        // Re-parented sub-items let the parent go.
        for (Decision child : {*readA, *f.decisions.byId(b.id)}) {
            child.parentId = 0;
            QVERIFY(f.decisions.update(child).ok());
        }
        QVERIFY(f.decisions.remove(parent.id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(f.decisions.count(), 2);
        QCOMPARE(f.db->transactionDepth(), 0);
    }

    void partiesNamedKeepOrder()
    {
        Fixture f;
        QVERIFY(f.db && f.vm);
        Decision d = f.approveBudget();
        d.partyIds = {f.sv, f.mx, f.iom};
        QVERIFY(f.decisions.add(d).ok());
        QCOMPARE(f.decisions.byId(d.id)->partyIds, (QList<qint64>{f.sv, f.mx, f.iom}));
        QSignalSpy changed(&f.decisions, &Repository::changed);
        d.partyIds = {f.iom, f.sv, f.mx};
        QVERIFY(f.decisions.update(d).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.decisions.all().first().partyIds, (QList<qint64>{f.iom, f.sv, f.mx}));
        // The same party twice is refused whole.
        d.partyIds.append(f.sv);
        d.text.en = QStringLiteral("Changed");
        QVERIFY(!f.decisions.update(d).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.decisions.byId(d.id)->partyIds, (QList<qint64>{f.iom, f.sv, f.mx}));
        QCOMPARE(f.decisions.byId(d.id)->text.en, f.approveBudget().text.en);
        // A party a decision names cannot be deleted.
        QCOMPARE(f.parties.remove(f.sv).error().code, Error::Code::Constraint);
    }

    void textsAreSearchable()
    {
        Fixture f;
        QVERIFY(f.db && f.vm);
        Decision d = f.approveBudget();
        QVERIFY(f.decisions.add(d).ok());
        SearchIndex index(*f.db);
        QList<SearchHit> hits = index.search(QStringLiteral("secretaria presupuesto"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, QStringLiteral("decision"));
        QCOMPARE(hits.first().uid, d.uid);
        QCOMPARE(hits.first().title, QStringLiteral("1"));
        d.text.en = QStringLiteral("Approve the work plan.");
        d.text.es = QStringLiteral("Aprobar el plan de trabajo.");
        QVERIFY(f.decisions.update(d).ok());
        QVERIFY(index.search(QStringLiteral("presupuesto")).isEmpty());
        QCOMPARE(index.search(QStringLiteral("trabajo")).size(), 1);
        QVERIFY(f.decisions.remove(d.id).ok());
        QVERIFY(index.search(QStringLiteral("trabajo")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecisionRepository)
#include "tst_decisionrepository.moc"
