// DocumentRepository: the repository contract for documents with their country-by-
// country consultations; a consultation keeps its uid across edits of the document.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/DocumentRepository.h"
#include "storage/PartyRepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

QStringList consultationKeys(const Document &d)
{
    QStringList keys;
    for (const Consultation &c : d.consultations)
        keys.append(QStringList{QString::number(c.partyId), enumKey(c.state), c.requestedUntil.toString(Qt::ISODate),
                                c.repliedOn.toString(Qt::ISODate), c.note}
                        .join(QLatin1Char('|')));
    keys.sort(); // the matrix is keyed by party, not ordered
    return keys;
}

QVariantMap fields(const Document &d)
{
    return {
        {QStringLiteral("code"), d.code},
        {QStringLiteral("title_en"), d.title.en},
        {QStringLiteral("title_es"), d.title.es},
        {QStringLiteral("description_en"), d.description.en},
        {QStringLiteral("description_es"), d.description.es},
        {QStringLiteral("kind"), enumKey(d.kind)},
        {QStringLiteral("state"), enumKey(d.state)},
        {QStringLiteral("group"), d.workingGroupId},
        {QStringLiteral("deadline"), d.reviewDeadline},
        {QStringLiteral("decision"), d.decisionId},
        {QStringLiteral("consultations"), consultationKeys(d)},
    };
}

qint64 addCountry(PartyRepository &parties, const QString &code, const QString &en, const QString &es)
{
    Party p;
    p.code = code;
    p.name = {en, es};
    p.member = true;
    return parties.add(p).ok() ? p.id : 0;
}

Consultation consultation(qint64 party, ConsultationState state, const QString &note = {})
{
    Consultation c;
    c.partyId = party;
    c.state = state;
    c.note = note;
    return c;
}

const Consultation *consultationOf(const Document &d, qint64 party)
{
    for (const Consultation &c : d.consultations) {
        if (c.partyId == party)
            return &c;
    }
    return nullptr;
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    PartyRepository parties{*db};
    DocumentRepository documents{*db};
    qint64 bz = addCountry(parties, QStringLiteral("BZ"), QStringLiteral("Belize"), QStringLiteral("Belice"));
    qint64 dO = addCountry(parties, QStringLiteral("DO"), QStringLiteral("Dominican Republic"),
                           QStringLiteral("República Dominicana"));
    qint64 pa = addCountry(parties, QStringLiteral("PA"), QStringLiteral("Panama"), QStringLiteral("Panamá"));

    Document guidelines() const
    {
        Document d;
        d.code = QStringLiteral("GL-RETURN");
        d.title = {QStringLiteral("Regional guidelines on the return of migrants"),
                   QStringLiteral("Lineamientos regionales para el retorno de personas migrantes")};
        d.description = {QStringLiteral("Under consultation until the end of Q1 2022."),
                         QStringLiteral("En consulta hasta el final del primer trimestre de 2022.")};
        d.kind = DocumentKind::Guidelines;
        d.state = DocumentState::UnderConsultation;
        d.reviewDeadline = QDate(2022, 3, 31);
        Consultation more = consultation(bz, ConsultationState::MoreTimeRequested, QStringLiteral("Needs review"));
        more.requestedUntil = QDate(2022, 3, 31);
        d.consultations = {more, consultation(dO, ConsultationState::MoreTimeRequested),
                           consultation(pa, ConsultationState::Pending)};
        return d;
    }
};

} // namespace

class TestDocumentRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        Fixture f;
        QVERIFY(f.db && f.pa);
        const auto edit = [&f](Document &d) {
            d.title.es = QStringLiteral("Lineamientos regionales sobre retorno y reintegración");
            d.state = DocumentState::Recommended;
            d.reviewDeadline = QDate(2022, 6, 30);
            d.consultations.removeLast();
            for (Consultation &c : d.consultations) {
                if (c.partyId == f.bz) {
                    c.state = ConsultationState::NoObjection;
                    c.repliedOn = QDate(2022, 3, 20);
                }
            }
        };
        test::RepositoryContract<Document>{*f.db, f.documents, f.guidelines(), edit, fields}.run();
    }

    void consultationsKeepTheirUid()
    {
        Fixture f;
        QVERIFY(f.db && f.pa);
        Document d = f.guidelines();
        QVERIFY(f.documents.add(d).ok());
        const Document read = *f.documents.byId(d.id);
        QCOMPARE(read.consultations.size(), 3);
        QHash<qint64, QString> uids;
        for (const Consultation &c : read.consultations) {
            QVERIFY(!QUuid::fromString(c.uid).isNull());
            uids.insert(c.partyId, c.uid);
        }
        QCOMPARE(uids.size(), 3);
        QCOMPARE(consultationOf(read, f.bz)->note, QStringLiteral("Needs review"));
        QCOMPARE(consultationOf(read, f.bz)->requestedUntil, QDate(2022, 3, 31));

        // Belize replies: its row changes in place, the others are untouched.
        Document edited = read;
        for (Consultation &c : edited.consultations) {
            if (c.partyId == f.bz) {
                c.state = ConsultationState::Comments;
                c.repliedOn = QDate(2022, 3, 25);
                c.note = QStringLiteral("Comentarios sobre el párrafo 4");
            }
        }
        QVERIFY(f.documents.update(edited).ok());
        Document again = *f.documents.byId(d.id);
        for (const Consultation &c : std::as_const(again.consultations))
            QCOMPARE(c.uid, uids.value(c.partyId));
        QCOMPARE(consultationOf(again, f.bz)->state, ConsultationState::Comments);
        QCOMPARE(consultationOf(again, f.bz)->note, QStringLiteral("Comentarios sobre el párrafo 4"));
        QCOMPARE(consultationOf(again, f.dO)->state, ConsultationState::MoreTimeRequested);

        // A form that rebuilds the matrix without uids still keeps them, by party.
        Document rebuilt = again;
        for (Consultation &c : rebuilt.consultations) {
            c.uid.clear();
            c.id = 0;
        }
        rebuilt.consultations.last().state = ConsultationState::NoObjection;
        QVERIFY(f.documents.update(rebuilt).ok());
        again = *f.documents.byId(d.id);
        QCOMPARE(again.consultations.size(), 3);
        for (const Consultation &c : std::as_const(again.consultations))
            QCOMPARE(c.uid, uids.value(c.partyId));
        QCOMPARE(consultationOf(again, rebuilt.consultations.last().partyId)->state, ConsultationState::NoObjection);

        // Dropped then added back for the same party: a new consultation, a new uid.
        Document dropped = again;
        dropped.consultations.erase(std::remove_if(dropped.consultations.begin(), dropped.consultations.end(),
                                                   [&f](const Consultation &c) { return c.partyId == f.dO; }),
                                    dropped.consultations.end());
        QVERIFY(f.documents.update(dropped).ok());
        QVERIFY(!consultationOf(*f.documents.byId(d.id), f.dO));
        dropped.consultations.append(consultation(f.dO, ConsultationState::Pending));
        QVERIFY(f.documents.update(dropped).ok());
        const QString newUid = consultationOf(*f.documents.byId(d.id), f.dO)->uid;
        QVERIFY(!QUuid::fromString(newUid).isNull());
        QVERIFY(newUid != uids.value(f.dO));

        // The audit snapshot holds the consultations by uid.
        AuditLog audit(*f.db);
        const AuditEntry last = audit.entriesFor(d.uid).last();
        QCOMPARE(last.action, QStringLiteral("update"));
        QCOMPARE(last.before.value(QStringLiteral("consultation")).toArray().size(), 2);
        QCOMPARE(last.after.value(QStringLiteral("consultation")).toArray().size(), 3);
    }

    void oneConsultationPerParty()
    {
        Fixture f;
        QVERIFY(f.db && f.pa);
        QSignalSpy added(&f.documents, &Repository::added);
        QSignalSpy changed(&f.documents, &Repository::changed);
        Document d = f.guidelines();
        d.consultations.append(consultation(f.bz, ConsultationState::Objection));
        const Status s = f.documents.add(d);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Constraint);
        QCOMPARE(f.documents.count(), 0);
        QCOMPARE(added.count(), 0);

        Document ok = f.guidelines();
        QVERIFY(f.documents.add(ok).ok());
        Document twice = *f.documents.byId(ok.id);
        twice.state = DocumentState::Approved;
        twice.consultations.append(consultation(9999, ConsultationState::NoObjection)); // not a party
        QVERIFY(!f.documents.update(twice).ok());
        const Document kept = *f.documents.byId(ok.id);
        QCOMPARE(kept.state, DocumentState::UnderConsultation);
        QCOMPARE(fields(kept), fields(f.guidelines()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.db->transactionDepth(), 0);

        // A party with a consultation on file cannot be deleted.
        QCOMPARE(f.parties.remove(f.bz).error().code, Error::Code::Constraint);
        // Deleting the document takes its consultations with it; then the party can go.
        QVERIFY(f.documents.remove(ok.id).ok());
        QVERIFY(f.parties.remove(f.bz).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
