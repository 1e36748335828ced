// ConclusionsImport through Editor::importConclusions: the source document into a
// database that has the RCM directory but no meetings yet; one undo step that undo
// removes whole and redo restores under the same uids; a second import adds nothing;
// unticked items stay out; the default RCM data (built from the same text) gets nothing
// new.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "exchange/ConclusionsImport.h"
#include "exchange/ConclusionsParser.h"
#include "exchange/ProfileLoader.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString seedText()
{
    QFile file(QStringLiteral(PD_SEED_TEXT));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Counts
{
    qsizetype meetings = 0, decisions = 0, activities = 0, documents = 0;
    bool operator==(const Counts &o) const
    {
        return meetings == o.meetings && decisions == o.decisions && activities == o.activities &&
               documents == o.documents;
    }
};

Counts countsOf(Repositories &repos)
{
    return {repos.meetings().all().size(), repos.decisions().all().size(), repos.activities().all().size(),
            repos.documents().all().size()};
}

} // namespace

class TestConclusionsImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;

    // The RCM profile without its meetings, register, activities and documents: the
    // directory a presidency has before its first import.
    void openDirectoryOnly()
    {
        m_db = test::memoryDatabase();
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        QFile file(QString::fromLatin1(ProfileLoader::RcmProfile));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const char *key : {"meetings", "decisions", "activities", "documents"})
            root.insert(QLatin1String(key), QJsonArray());
        const Status loaded = ProfileLoader(*m_repos).load(QJsonDocument(root).toJson());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    }
    ParsedConclusions parseSeed() { return ConclusionsParser(ConclusionsImport::context(*m_repos)).parse(seedText()); }

private Q_SLOTS:
    void cleanup()
    {
        m_repos.reset();
        m_db.reset();
    }

    void importUndoRedoTwice()
    {
        openDirectoryOnly();
        const ParsedConclusions parsed = parseSeed();
        QCOMPARE(parsed.conclusionCount(), 12);
        QCOMPARE(countsOf(*m_repos), Counts());

        const ConclusionsImportSummary preview = ConclusionsImport::preview(*m_repos, parsed);
        QCOMPARE(countsOf(*m_repos), Counts()); // a preview writes nothing
        QCOMPARE(preview.decisionsAdded, 59);

        Editor editor(*m_repos);
        ConclusionsImportSummary summary;
        QVERIFY(editor.importConclusions(parsed, &summary).ok());
        QCOMPARE(summary.meetingsAdded, 6); // the meeting and the five structural meetings of its calendar
        QCOMPARE(summary.decisionsAdded, 59);
        QCOMPARE(summary.activitiesAdded, 27);
        QCOMPARE(summary.documentsAdded, 4);
        QCOMPARE(summary.added(), preview.added());
        QVERIFY(summary.warnings.isEmpty());
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->undoText(),
                 QStringLiteral("Import conclusions of Regional Consultation Group on Migration (RCGM), 2021-12-01"));
        const Counts imported{6, 59, 27, 4};
        QCOMPARE(countsOf(*m_repos), imported);

        // What landed: linked up as the register expects.
        const QList<Meeting> meetings = m_repos->meetings().all();
        const auto held = std::find_if(meetings.cbegin(), meetings.cend(),
                                       [](const Meeting &m) { return m.startDate == QDate(2021, 12, 1); });
        QVERIFY(held != meetings.cend());
        QCOMPARE(held->participants.size(), 10);
        for (const Participant &participant : held->participants) {
            const QString code = m_repos->parties().byId(participant.partyId)->code;
            QCOMPARE(participant.role, code == QLatin1String("MX")   ? ParticipantRole::Presidency
                                       : code == QLatin1String("SV") ? ParticipantRole::IncomingPresidency
                                                                     : ParticipantRole::Member);
        }
        QCOMPARE(held->venueCity, QStringLiteral("Mexico City"));
        const auto sub = m_repos->decisions().byNumber(held->id, QStringLiteral("7.p.ii"));
        QVERIFY(sub);
        QCOMPARE(m_repos->decisions().byId(sub->parentId)->number, QStringLiteral("7.p"));
        const auto workshop = m_repos->activities().byCode(QStringLiteral("7.l"));
        QVERIFY(workshop);
        QCOMPARE(workshop->supporterIds.size(), 4);
        QCOMPARE(m_repos->parties().byId(workshop->hostId)->code, QStringLiteral("CR"));
        const QList<Document> documents = m_repos->documents().all();
        const auto consulted = std::find_if(documents.cbegin(), documents.cend(), [](const Document &d) {
            return d.state == DocumentState::UnderConsultation;
        });
        QVERIFY(consulted != documents.cend());
        QCOMPARE(consulted->consultations.size(), m_repos->parties().members().size());
        int moreTime = 0;
        for (const Consultation &c : consulted->consultations) {
            if (c.state == ConsultationState::MoreTimeRequested) {
                ++moreTime;
                QCOMPARE(c.requestedUntil, QDate(2022, 3, 31));
            }
        }
        QCOMPARE(moreTime, 2);

        const QString meetingUid = held->uid;
        const QString activityUid = workshop->uid;
        editor.undoStack()->undo();
        QCOMPARE(countsOf(*m_repos), Counts());
        editor.undoStack()->redo();
        QCOMPARE(countsOf(*m_repos), imported);
        QVERIFY(m_repos->meetings().byUid(meetingUid));
        QCOMPARE(m_repos->activities().byUid(activityUid)->supporterIds.size(), 4);

        // The same text again: nothing new, no step.
        ConclusionsImportSummary again;
        QVERIFY(editor.importConclusions(parseSeed(), &again).ok());
        QCOMPARE(again.added(), 0);
        QCOMPARE(again.decisionsPresent, 59);
        QCOMPARE(again.activitiesPresent, 27);
        QCOMPARE(again.documentsPresent, 4);
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(countsOf(*m_repos), imported);
    }

    void untickedItemsStayOut()
    {
        openDirectoryOnly();
        ParsedConclusions parsed = parseSeed();
        for (ParsedDecision &d : parsed.decisions) {
            if (d.number == QLatin1String("4"))
                d.included = false; // and with it 4.a to 4.e
        }
        for (ParsedActivity &a : parsed.activities) {
            if (a.code == QLatin1String("7.h"))
                a.included = false;
        }
        parsed.documents.first().included = false;
        Editor editor(*m_repos);
        ConclusionsImportSummary summary;
        QVERIFY(editor.importConclusions(parsed, &summary).ok());
        QCOMPARE(summary.decisionsAdded, 59 - 6);
        QCOMPARE(summary.activitiesAdded, 26);
        QCOMPARE(summary.documentsAdded, 3);
        QVERIFY(!m_repos->activities().byCode(QStringLiteral("7.h")));

        // Ticking them later adds just those.
        ConclusionsImportSummary rest;
        QVERIFY(editor.importConclusions(parseSeed(), &rest).ok());
        QCOMPARE(rest.decisionsAdded, 6);
        QCOMPARE(rest.activitiesAdded, 1);
        QCOMPARE(rest.documentsAdded, 1);
        QCOMPARE(editor.undoStack()->count(), 2);
    }

    void defaultDataAlreadyHoldsIt()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        const Counts before = countsOf(*m_repos);
        Editor editor(*m_repos);
        ConclusionsImportSummary summary;
        QVERIFY(editor.importConclusions(parseSeed(), &summary).ok());
        QCOMPARE(summary.added(), 0);
        QCOMPARE(summary.decisionsPresent, 59);
        QCOMPARE(summary.documentsPresent, 4);
        QCOMPARE(editor.undoStack()->count(), 0);
        QCOMPARE(countsOf(*m_repos), before);
    }

    void spanishFixtureImports()
    {
        openDirectoryOnly();
        QFile file(test::fixture(QStringLiteral("conclusions/es-parentesis-ruido.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParsedConclusions parsed =
            ConclusionsParser(ConclusionsImport::context(*m_repos)).parse(QString::fromUtf8(file.readAll()));
        Editor editor(*m_repos);
        QVERIFY(editor.importConclusions(parsed).ok());
        const auto decision = m_repos->decisions().all().first();
        QVERIFY(decision.text.en.isEmpty());
        QVERIFY(decision.text.es.startsWith(QStringLiteral("Aprobar")));
        editor.undoStack()->undo();
        QCOMPARE(countsOf(*m_repos), Counts());
    }
};

QTEST_GUILESS_MAIN(TestConclusionsImport)
#include "tst_conclusionsimport.moc"
