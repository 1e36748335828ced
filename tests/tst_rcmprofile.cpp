// The RCM profile built from the RCGM conclusions of 1 December 2021: counts and the
// specific facts the source document states, read back through the repositories.

#include "TestSupport.h"
#include "exchange/ProfileLoader.h"
#include "storage/AuditLog.h"
#include "storage/Repositories.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestRcmProfile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;

    QString code(qint64 partyId) const { return m_repos->parties().byId(partyId)->code; }
    QSet<QString> codes(const QList<qint64> &ids) const
    {
        QSet<QString> result;
        for (qint64 id : ids)
            result.insert(code(id));
        return result;
    }
    Decision decision(const QString &number) const
    {
        const auto meeting = rcgm();
        return m_repos->decisions().byNumber(meeting.id, number).value_or(Decision());
    }
    Meeting rcgm() const
    {
        for (const Meeting &m : m_repos->meetings().all()) {
            if (m.kind == MeetingKind::Rcgm && m.status == MeetingStatus::Held)
                return m;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
    }

    void memberCountries()
    {
        const QList<Party> members = m_repos->parties().members();
        QCOMPARE(members.size(), 11);
        QSet<QString> isoCodes;
        for (const Party &p : members) {
            QCOMPARE(p.kind, PartyKind::Country);
            QVERIFY(!p.name.en.isEmpty());
            QVERIFY(!p.name.es.isEmpty());
            isoCodes.insert(p.code);
        }
        const QSet<QString> expected{QStringLiteral("BZ"), QStringLiteral("CA"), QStringLiteral("CR"),
                                     QStringLiteral("DO"), QStringLiteral("SV"), QStringLiteral("GT"),
                                     QStringLiteral("HN"), QStringLiteral("MX"), QStringLiteral("NI"),
                                     QStringLiteral("PA"), QStringLiteral("US")};
        QCOMPARE(isoCodes, expected);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("MX"))->name.es, QStringLiteral("México"));
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("PA"))->name.es, QStringLiteral("Panamá"));
    }

    void otherParties()
    {
        for (const char *c : {"IOM", "UNHCR", "ILO", "UNICEF", "ICRC", "UNODC"})
            QCOMPARE(m_repos->parties().byCode(QLatin1String(c))->kind, PartyKind::InternationalOrganization);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("RNCOM"))->kind, PartyKind::CivilSociety);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("ES"))->kind, PartyKind::Secretariat);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("UNAM"))->kind, PartyKind::Academic);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("MIRPS"))->kind, PartyKind::Framework);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("SACM"))->kind, PartyKind::Conference);
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("IOM"))->acronym.es, QStringLiteral("OIM"));
        for (const char *c : {"CO", "CL"}) {
            const auto p = m_repos->parties().byCode(QLatin1String(c));
            QVERIFY(p.has_value());
            QVERIFY(!p->member);
        }
    }

    void conferenceAndPresidencies()
    {
        const auto conference = m_repos->conference();
        QVERIFY(conference.has_value());
        QCOMPARE(conference->code, QStringLiteral("RCM"));
        QCOMPARE(conference->name.es, QStringLiteral("Conferencia Regional sobre Migración"));

        const auto current = m_repos->currentPresidency();
        QVERIFY(current.has_value());
        QCOMPARE(code(current->partyId), QStringLiteral("MX"));
        QCOMPARE(current->year, 2021);
        const auto incoming = m_repos->presidencies().withStatus(conference->id, PresidencyStatus::Incoming);
        QCOMPARE(code(incoming->partyId), QStringLiteral("SV"));
        QCOMPARE(incoming->year, 2022);
        // Chile holds the presidency of the South American conference.
        const auto sacm = m_repos->parties().byCode(QStringLiteral("SACM"));
        const auto chile = m_repos->presidencies().withStatus(sacm->id, PresidencyStatus::Current);
        QCOMPARE(code(chile->partyId), QStringLiteral("CL"));
    }

    void workingGroups()
    {
        const QList<WorkingGroup> groups = m_repos->workingGroups().all();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.at(0).name.en, QStringLiteral("Working Group on Labour Migration"));
        QCOMPARE(groups.at(0).name.es, QStringLiteral("Grupo de Trabajo sobre Migración Laboral"));
        QCOMPARE(groups.at(3).name.en, QStringLiteral("Working Group on Border Management"));
    }

    void heldMeetingWithItsParticipants()
    {
        const Meeting m = rcgm();
        QVERIFY(m.id > 0);
        QCOMPARE(m.startDate, QDate(2021, 12, 1));
        QCOMPARE(m.venueCity, QStringLiteral("Mexico City"));
        QCOMPARE(code(m.hostId), QStringLiteral("MX"));
        QSet<QString> countries;
        for (const Participant &p : m.participants) {
            const Party party = *m_repos->parties().byId(p.partyId);
            if (party.kind == PartyKind::Country && party.member)
                countries.insert(party.code);
            if (party.code == QLatin1String("MX"))
                QCOMPARE(p.role, ParticipantRole::Presidency);
            if (party.code == QLatin1String("SV"))
                QCOMPARE(p.role, ParticipantRole::IncomingPresidency);
        }
        QCOMPARE(countries.size(), 10); // every member but Honduras
        QVERIFY(!countries.contains(QStringLiteral("HN")));
    }

    void decisionRegister()
    {
        const QList<Decision> all = m_repos->decisions().ofMeeting(rcgm().id);
        QHash<QString, int> subItems;
        int conclusions = 0;
        for (const Decision &d : all) {
            if (d.parentId == 0) {
                ++conclusions;
                QVERIFY(!d.number.contains(QLatin1Char('.')));
            } else {
                ++subItems[d.number.section(QLatin1Char('.'), 0, 0)];
            }
        }
        QCOMPARE(conclusions, 12);
        // 1: a–e, 2: a–b, 4: a–e, 5: a–d, 6: a–b, 7: a–w plus p.i–iii and u.i, 8: a–b.
        QCOMPARE(subItems.value(QStringLiteral("1")), 5);
        QCOMPARE(subItems.value(QStringLiteral("2")), 2);
        QCOMPARE(subItems.value(QStringLiteral("3")), 0);
        QCOMPARE(subItems.value(QStringLiteral("4")), 5);
        QCOMPARE(subItems.value(QStringLiteral("5")), 4);
        QCOMPARE(subItems.value(QStringLiteral("6")), 2);
        QCOMPARE(subItems.value(QStringLiteral("7")), 23 + 4);
        QCOMPARE(subItems.value(QStringLiteral("8")), 2);
        QCOMPARE(all.size(), 12 + 5 + 2 + 5 + 4 + 2 + 27 + 2);

        const Decision e = decision(QStringLiteral("1.e"));
        QCOMPARE(e.due, QDate(2022, 3, 31));
        QCOMPARE(codes(e.partyIds), (QSet<QString>{QStringLiteral("BZ"), QStringLiteral("DO")}));
        QCOMPARE(decision(QStringLiteral("7.p.ii")).parentId, decision(QStringLiteral("7.p")).id);
        QCOMPARE(decision(QStringLiteral("7.p")).parentId, decision(QStringLiteral("7")).id);
        QCOMPARE(decision(QStringLiteral("1")).verb, DecisionVerb::Approve);
        QCOMPARE(decision(QStringLiteral("5")).verb, DecisionVerb::Congratulate);
        QCOMPARE(decision(QStringLiteral("7.h")).heading.en, QStringLiteral("Working Group on Protection"));
        QCOMPARE(decision(QStringLiteral("7.t")).heading.en, QStringLiteral("RCM Structural Meetings"));
        QVERIFY(decision(QStringLiteral("4.a")).text.en.endsWith(QStringLiteral("the importance of cooperation.")));
        QVERIFY(decision(QStringLiteral("12")).text.en.contains(QStringLiteral("Government of Mexico")));
    }

    void calendarItemsAsActivities()
    {
        const QList<Activity> all = m_repos->activities().all();
        QCOMPARE(all.size(), 27);
        const Activity l = *m_repos->activities().byCode(QStringLiteral("7.l"));
        QCOMPARE(codes(l.supporterIds), (QSet<QString>{QStringLiteral("CA"), QStringLiteral("US"), QStringLiteral("CR"),
                                                       QStringLiteral("IOM")}));
        QCOMPARE(code(l.hostId), QStringLiteral("CR"));
        QVERIFY(!l.targetStart.isValid()); // the text gives no date: to be scheduled
        QCOMPARE(m_repos->workingGroups().byId(l.workingGroupId)->code, QStringLiteral("PRO"));

        const Activity i = *m_repos->activities().byCode(QStringLiteral("7.i"));
        QCOMPARE(codes(i.supporterIds), (QSet<QString>{QStringLiteral("IOM"), QStringLiteral("ILO"),
                                                       QStringLiteral("UNHCR"), QStringLiteral("UNICEF")}));
        QCOMPARE(code(m_repos->activities().byCode(QStringLiteral("7.r"))->leadId), QStringLiteral("UNAM"));
        QCOMPARE(code(m_repos->activities().byCode(QStringLiteral("7.k"))->hostId), QStringLiteral("SV"));

        const Activity pi = *m_repos->activities().byCode(QStringLiteral("7.p.i"));
        QCOMPARE(pi.parentId, m_repos->activities().byCode(QStringLiteral("7.p"))->id);
        // The structural meetings are activities without a group, each tied to its meeting.
        const Activity t = *m_repos->activities().byCode(QStringLiteral("7.t"));
        QCOMPARE(t.workingGroupId, 0);
        const auto meeting = m_repos->meetings().byId(t.meetingId);
        QVERIFY(meeting.has_value());
        QCOMPARE(meeting->kind, MeetingKind::ViceMinisterial);
        QVERIFY(!meeting->isScheduled());
        QCOMPARE(t.decisionId, decision(QStringLiteral("7.t")).id);
    }

    void documentsAndConsultations()
    {
        const QList<Document> all = m_repos->documents().all();
        QCOMPARE(all.size(), 4);
        int recommended = 0;
        for (const Document &d : all) {
            if (d.state == DocumentState::Recommended)
                ++recommended;
            if (d.state != DocumentState::UnderConsultation)
                continue;
            QVERIFY(d.title.en.contains(QStringLiteral("Missing Persons")));
            QCOMPARE(d.reviewDeadline, QDate(2022, 3, 31));
            QCOMPARE(d.consultations.size(), 11);
            for (const Consultation &c : d.consultations) {
                const QString country = code(c.partyId);
                if (country == QLatin1String("BZ") || country == QLatin1String("DO")) {
                    QCOMPARE(c.state, ConsultationState::MoreTimeRequested);
                    QCOMPARE(c.requestedUntil, QDate(2022, 3, 31));
                } else {
                    QCOMPARE(c.state, ConsultationState::Pending);
                }
            }
        }
        QCOMPARE(recommended, 3); // the two documents of conclusion 8 and the 2022 budget
    }

    void fundsWithoutInventedPayments()
    {
        const QList<Fund> funds = m_repos->funds().all();
        QCOMPARE(funds.size(), 2);
        QCOMPARE(code(funds.at(0).administratorId), QStringLiteral("ES"));
        QCOMPARE(code(funds.at(1).administratorId), QStringLiteral("IOM"));
        QCOMPARE(m_repos->contributions().count(), 0);
    }

    void loadingIsAudited()
    {
        AuditLog audit(*m_db);
        QVERIFY(audit.count() >= m_repos->parties().count() + m_repos->decisions().count());
    }

    void brokenProfileLandsNothing()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        QByteArray json = R"({"format": 1, "profile": {"acronym_en": "X"},
            "parties": [{"key": "BZ", "kind": "country", "code": "BZ", "name_en": "Belize"}],
            "activities": [{"code": "1", "kind": "workshop", "supporters": ["NOPE"]}]})";
        const Status s = ProfileLoader(repos).load(json);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("NOPE")));
        QCOMPARE(repos.parties().count(), 0); // nothing of it landed
        QVERIFY(!ProfileLoader(repos).load("{not json").ok());
        QVERIFY(!ProfileLoader(repos).load(R"({"format": 99})").ok());
    }
};

QTEST_GUILESS_MAIN(TestRcmProfile)
#include "tst_rcmprofile.moc"
