// MeetingRepository: the repository contract for meetings with their participants and
// agenda items (child rows: order kept, agenda item uids stable across updates), the
// list filters (text accent-blind, kind, party, date range overlap, scheduled), and
// writes that fail leaving nothing behind.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/MeetingRepository.h"
#include "storage/PartyRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

QStringList participantKeys(const Meeting &m)
{
    QStringList keys;
    for (const Participant &p : m.participants)
        keys.append(QStringLiteral("%1/%2/%3").arg(p.partyId).arg(enumKey(p.role), p.note));
    return keys;
}

// The agenda without ids and uids (which the repository assigns).
QStringList agendaKeys(const Meeting &m)
{
    QStringList keys;
    for (const AgendaItem &a : m.agenda)
        keys.append(QStringList{a.numbering, a.title.en, a.title.es, QString::number(a.presenterId),
                                a.startTime.toString(QStringLiteral("HH:mm")), QString::number(a.durationMinutes),
                                QString::number(a.documentId), a.notes}
                        .join(QLatin1Char('|')));
    return keys;
}

QStringList agendaUids(const Meeting &m)
{
    QStringList uids;
    for (const AgendaItem &a : m.agenda)
        uids.append(a.uid);
    return uids;
}

QVariantMap fields(const Meeting &m)
{
    return {
        {QStringLiteral("code"), m.code},
        {QStringLiteral("kind"), enumKey(m.kind)},
        {QStringLiteral("title_en"), m.title.en},
        {QStringLiteral("title_es"), m.title.es},
        {QStringLiteral("description_en"), m.description.en},
        {QStringLiteral("description_es"), m.description.es},
        {QStringLiteral("start"), m.startDate},
        {QStringLiteral("end"), m.endDate},
        {QStringLiteral("start_time"), m.startTime},
        {QStringLiteral("end_time"), m.endTime},
        {QStringLiteral("time_zone"), m.timeZone},
        {QStringLiteral("city"), m.venueCity},
        {QStringLiteral("host"), m.hostId},
        {QStringLiteral("mode"), enumKey(m.mode)},
        {QStringLiteral("link"), m.virtualLink},
        {QStringLiteral("status"), enumKey(m.status)},
        {QStringLiteral("sequence"), m.sequence},
        {QStringLiteral("participants"), participantKeys(m)},
        {QStringLiteral("agenda"), agendaKeys(m)},
    };
}

qint64 addCountry(PartyRepository &parties, const QString &code, const QString &en, const QString &es)
{
    Party p;
    p.kind = PartyKind::Country;
    p.code = code;
    p.name = {en, es};
    p.member = true;
    return parties.add(p).ok() ? p.id : 0;
}

AgendaItem item(const QString &numbering, const QString &en, const QString &es, qint64 presenter = 0)
{
    AgendaItem a;
    a.numbering = numbering;
    a.title = {en, es};
    a.presenterId = presenter;
    return a;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    MeetingRepository meetings{*db};
    qint64 mx = addCountry(parties, QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("México"));
    qint64 sv = addCountry(parties, QStringLiteral("SV"), QStringLiteral("El Salvador"), QStringLiteral("El Salvador"));
    qint64 bz = addCountry(parties, QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice"));

    Meeting rcgm() const
    {
        Meeting m;
        m.code = QStringLiteral("RCGM-2021-12");
        m.kind = MeetingKind::Rcgm;
        m.title = {QStringLiteral("Meeting of the Regional Consultation Group on Migration"),
                   QStringLiteral("Reunión del Grupo Regional de Consulta sobre Migración")};
        m.description = {QStringLiteral("Virtual meeting under the Pro-Tempore Presidency of Mexico."),
                         QStringLiteral("Reunión virtual bajo la Presidencia Pro Tempore de México.")};
        m.startDate = QDate(2021, 12, 1);
        m.endDate = QDate(2021, 12, 1);
        m.startTime = QTime(9, 0);
        m.endTime = QTime(13, 30);
        m.timeZone = QStringLiteral("America/Mexico_City");
        m.venueCity = QStringLiteral("Ciudad de México");
        m.hostId = mx;
        m.mode = MeetingMode::Virtual;
        m.virtualLink = QStringLiteral("https://example.org/rcgm");
        m.status = MeetingStatus::Held;
        m.participants = {{mx, ParticipantRole::Presidency, {}},
                          {sv, ParticipantRole::IncomingPresidency, QStringLiteral("PPT 2022")},
                          {bz, ParticipantRole::Member, {}}};
        m.agenda = {item(QStringLiteral("1"), QStringLiteral("Opening"), QStringLiteral("Apertura"), mx),
                    item(QStringLiteral("2"), QStringLiteral("Working groups"), QStringLiteral("Grupos de trabajo")),
                    item(QStringLiteral("3"), QStringLiteral("Closing"), QStringLiteral("Clausura"), sv)};
        m.agenda[0].startTime = QTime(9, 0);
        m.agenda[0].durationMinutes = 15;
        m.agenda[1].notes = QStringLiteral("Labour migration, protection, borders");
        return m;
    }
};

} // namespace

class TestMeetingRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.bz);
        const auto edit = [&f](Meeting &m) {
            m.title.es = QStringLiteral("Reunión Viceministerial (preparatoria)");
            m.venueCity = QStringLiteral("San Salvador");
            m.status = MeetingStatus::Postponed;
            m.startTime = QTime();
            m.participants.removeAt(1);
            m.agenda[1].title.en = QStringLiteral("Reports of the working groups");
            m.agenda.append(
                item(QStringLiteral("4"), QStringLiteral("Other business"), QStringLiteral("Varios"), f.bz));
        };
        test::RepositoryContract<Meeting>{*f.db, f.meetings, f.rcgm(), edit, fields}.run();
    }

    void childRowsKeepOrderAndAgendaUids()
    {
        Fixture f;
        QVERIFY(f.db && f.bz);
        Meeting m = f.rcgm();
        QVERIFY(f.meetings.add(m).ok());
        const Meeting read = *f.meetings.byId(m.id);
        QCOMPARE(participantKeys(read), participantKeys(m));
        QCOMPARE(agendaKeys(read), agendaKeys(m));
        const QStringList uids = agendaUids(read);
        QCOMPARE(uids.size(), 3);
        for (const QString &uid : uids)
            QVERIFY(!QUuid::fromString(uid).isNull());
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 3);

        // Move the closing item first, drop "Working groups", insert a new one, edit one.
        Meeting edited = read;
        edited.agenda.move(2, 0);
        edited.agenda.removeAt(2);
        edited.agenda.insert(1, item(QStringLiteral("1.a"), QStringLiteral("Welcome"), QStringLiteral("Bienvenida")));
        edited.agenda[2].title.es = QStringLiteral("Apertura oficial");
        QVERIFY(f.meetings.update(edited).ok());
        const Meeting again = *f.meetings.byId(m.id);
        QCOMPARE(agendaKeys(again), agendaKeys(edited));
        QCOMPARE(again.agenda.at(0).uid, uids.at(2));
        QCOMPARE(again.agenda.at(2).uid, uids.at(0));
        const QString fresh = again.agenda.at(1).uid;
        QVERIFY(!QUuid::fromString(fresh).isNull());
        QVERIFY(!uids.contains(fresh));
        // The dropped item's row is gone, not orphaned.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agenda_item")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // Participants come back in the order given, also when only the order changes.
        Meeting reordered = again;
        reordered.participants = {again.participants.at(2), again.participants.at(0), again.participants.at(1)};
        QSignalSpy changed(&f.meetings, &Repository::changed);
        QVERIFY(f.meetings.update(reordered).ok());
        QVERIFY(f.meetings.lastWriteChanged());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(participantKeys(*f.meetings.byId(m.id)), participantKeys(reordered));
        // all() loads the children of many meetings in one pass: same result.
        const QList<Meeting> all = f.meetings.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(participantKeys(all.first()), participantKeys(reordered));
        QCOMPARE(agendaUids(all.first()), agendaUids(again));
    }

    void filters()
    {
        Fixture f;
        QVERIFY(f.db && f.bz);
        Meeting rcgm = f.rcgm(); // 2021-12-01, host MX, participants MX SV BZ
        Meeting workshop;
        workshop.kind = MeetingKind::Workshop;
        workshop.title = {QStringLiteral("Workshop on labour migration"),
                          QStringLiteral("Taller sobre migración laboral")};
        workshop.startDate = QDate(2022, 3, 28);
        workshop.endDate = QDate(2022, 4, 1);
        workshop.venueCity = QStringLiteral("Belmopán");
        workshop.hostId = f.bz;
        Meeting course;
        course.kind = MeetingKind::Course;
        course.code = QStringLiteral("7.s");
        course.title = {QStringLiteral("Course on child protection"), QStringLiteral("Curso de protección infantil")};
        course.participants = {{f.sv, ParticipantRole::Member, {}}};
        for (Meeting *m : {&rcgm, &workshop, &course})
            QVERIFY(f.meetings.add(*m).ok());

        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        const auto uidsOf = [&](const MeetingFilter &filter) {
            QStringList uids;
            const QList<Meeting> found = f.meetings.find(filter);
            for (const Meeting &m : found)
                uids.append(m.uid);
            // countMatching and matches agree with find.
            if (f.meetings.countMatching(filter) != uids.size())
                uids.append(QStringLiteral("count disagrees"));
            for (const QString &uid : {rcgm.uid, workshop.uid, course.uid}) {
                if (f.meetings.matches(filter, uid) != uids.contains(uid))
                    uids.append(QStringLiteral("matches disagrees on ") + uid);
            }
            uids.sort();
            return uids;
        };

        MeetingFilter text;
        text.text = QStringLiteral("reunion MIGRACION"); // no accents, other case: all words needed
        QCOMPARE(uidsOf(text), QStringList{rcgm.uid});
        text.text = QStringLiteral("Protección");
        QCOMPARE(uidsOf(text), QStringList{course.uid});
        text.text = QStringLiteral("belmopan");
        QCOMPARE(uidsOf(text), QStringList{workshop.uid});
        text.text = QStringLiteral("7.s");
        QCOMPARE(uidsOf(text), QStringList{course.uid});
        text.text = QStringLiteral("migración taller");
        QCOMPARE(uidsOf(text), QStringList{workshop.uid});
        text.text = QStringLiteral("migration borders");
        QCOMPARE(uidsOf(text), QStringList{});

        MeetingFilter kind;
        kind.kind = MeetingKind::Course;
        QCOMPARE(uidsOf(kind), QStringList{course.uid});
        kind.kind = MeetingKind::Bilateral;
        QCOMPARE(uidsOf(kind), QStringList{});

        MeetingFilter party;
        party.partyId = f.bz; // host of the workshop, participant of the RCGM
        QCOMPARE(uidsOf(party), sorted({rcgm.uid, workshop.uid}));
        party.partyId = f.sv; // participant only
        QCOMPARE(uidsOf(party), sorted({rcgm.uid, course.uid}));
        party.partyId = f.mx;
        QCOMPARE(uidsOf(party), QStringList{rcgm.uid});

        // Date ranges match meetings that overlap them; unscheduled ones never do.
        MeetingFilter range;
        range.from = QDate(2022, 4, 1); // the workshop's last day
        range.to = QDate(2022, 4, 30);
        QCOMPARE(uidsOf(range), QStringList{workshop.uid});
        range.from = QDate(2022, 1, 1);
        range.to = QDate(2022, 3, 28); // its first day
        QCOMPARE(uidsOf(range), QStringList{workshop.uid});
        range.from = QDate(2021, 12, 2);
        range.to = QDate(2022, 3, 27); // between the two
        QCOMPARE(uidsOf(range), QStringList{});
        range.from = QDate(2021, 12, 1);
        range.to = QDate(2021, 12, 1); // one-day meeting, end date equal to start
        QCOMPARE(uidsOf(range), QStringList{rcgm.uid});
        range.from = QDate();
        range.to = QDate(2021, 12, 31); // open start
        QCOMPARE(uidsOf(range), QStringList{rcgm.uid});

        MeetingFilter scheduled;
        scheduled.scheduled = false;
        QCOMPARE(uidsOf(scheduled), QStringList{course.uid});
        scheduled.scheduled = true;
        QCOMPARE(uidsOf(scheduled), sorted({rcgm.uid, workshop.uid}));

        // Criteria combine; an empty filter matches everything; pages are slices.
        MeetingFilter combined;
        combined.partyId = f.sv;
        combined.text = QStringLiteral("curso");
        QCOMPARE(uidsOf(combined), QStringList{course.uid});
        QCOMPARE(f.meetings.countMatching({}), 3);
        // Scheduled meetings are listed by date; pages are slices of that list.
        const QList<Meeting> dated = f.meetings.find(scheduled);
        QCOMPARE(dated.size(), 2);
        QCOMPARE(dated.first().uid, rcgm.uid);
        const QList<Meeting> page = f.meetings.find(scheduled, 1, 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().uid, workshop.uid);
        QCOMPARE(page.first().participants.size(), 0);
        QVERIFY(!f.meetings.matches({}, QStringLiteral("no-such-uid")));

        // The folded text follows an update.
        workshop.title.es = QStringLiteral("Taller sobre movilidad laboral");
        workshop.title.en = QStringLiteral("Workshop on labour mobility");
        QVERIFY(f.meetings.update(workshop).ok());
        text.text = QStringLiteral("taller migracion");
        QCOMPARE(uidsOf(text), QStringList{});
        text.text = QStringLiteral("MOVILIDAD");
        QCOMPARE(uidsOf(text), QStringList{workshop.uid});
    }

    void failingWritesLeaveNothing()
    {
        Fixture f;
        QVERIFY(f.db && f.bz);
        AuditLog audit(*f.db);
        SearchIndex index(*f.db);
        Meeting kept = f.rcgm();
        QVERIFY(f.meetings.add(kept).ok());
        const int auditRows = audit.count();
        QSignalSpy added(&f.meetings, &Repository::added);
        QSignalSpy changed(&f.meetings, &Repository::changed);

        // A participant that does not exist: the meeting row written before it goes too.
        Meeting ghost = f.rcgm();
        ghost.title.en = QStringLiteral("Phantom gathering");
        ghost.participants.append({9999, ParticipantRole::Guest, {}});
        Status s = f.meetings.add(ghost);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Constraint);
        // Ends before it starts: refused by the schema.
        Meeting backwards = f.rcgm();
        backwards.title.en = QStringLiteral("Phantom gathering");
        backwards.endDate = QDate(2021, 11, 30);
        QVERIFY(!f.meetings.add(backwards).ok());
        QCOMPARE(f.meetings.count(), 1);
        QCOMPARE(index.search(QStringLiteral("phantom")).size(), 0);

        // A failing update keeps the old record, its children and its index entry.
        Meeting broken = *f.meetings.byId(kept.id);
        broken.title.en = QStringLiteral("Phantom gathering");
        broken.agenda.removeFirst();
        broken.participants.append({9999, ParticipantRole::Guest, {}});
        QVERIFY(!f.meetings.update(broken).ok());
        QVERIFY(!f.meetings.lastWriteChanged());
        const Meeting after = *f.meetings.byId(kept.id);
        QCOMPARE(fields(after), fields(kept));
        QCOMPARE(index.search(QStringLiteral("phantom")).size(), 0);
        QCOMPARE(index.search(QStringLiteral("Consultation Group")).size(), 1);
        // Updating a record that is gone is an error too.
        Meeting missing = kept;
        missing.id = 4242;
        QCOMPARE(f.meetings.update(missing).error().code, Error::Code::NotFound);

        QCOMPARE(audit.count(), auditRows);
        QCOMPARE(added.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.db->transactionDepth(), 0);
    }

    void restoredMeetingKeepsIdsAndAgendaUids()
    {
        // What undo of a delete does: add() the removed aggregate as it was.
        Fixture f;
        QVERIFY(f.db && f.bz);
        Meeting m = f.rcgm();
        QVERIFY(f.meetings.add(m).ok());
        const Meeting removed = *f.meetings.byId(m.id);
        QVERIFY(f.meetings.remove(m.id).ok());
        QVERIFY(!f.meetings.byId(m.id).has_value());
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM agenda_item")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // children go with the meeting

        Meeting restored = removed;
        QVERIFY(f.meetings.add(restored).ok());
        QCOMPARE(restored.id, removed.id);
        const Meeting read = *f.meetings.byUid(removed.uid);
        QCOMPARE(fields(read), fields(removed));
        QCOMPARE(agendaUids(read), agendaUids(removed));
    }
};

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
