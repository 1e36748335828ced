// ConclusionsImport through Editor::importConclusions: the source document into a
// database that has the RCM directory but no meetings yet; one undo step that undo
// removes whole and redo restores under the same uids; a second import adds nothing;
// unticked items stay out; the default RCM data (built from the same text) gets nothing
// new; the preview answers item by item (new, present with the record's uid, left out);
// the Spanish text of conclusions imported from the English one (and the other way
// round) fills in the texts of the records already there, as one undo step, and never
// replaces a text already there.

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
    ParsedConclusions parseFixture(const QString &name)
    {
        QFile file(test::fixture(QStringLiteral("conclusions/") + name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return ConclusionsParser(ConclusionsImport::context(*m_repos)).parse(QString::fromUtf8(file.readAll()));
    }
    std::optional<Meeting> meetingOn(const QDate &date)
    {
        for (const Meeting &m : m_repos->meetings().all()) {
            if (m.startDate == date)
                return m;
        }
        return std::nullopt;
    }

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

    // The preview answers for each item, as the import will find it.
    void previewAnswersItemByItem()
    {
        using State = ConclusionsItemPresence::State;
        openDirectoryOnly();
        ParsedConclusions parsed = parseSeed();
        ConclusionsImportSummary preview = ConclusionsImport::preview(*m_repos, parsed);
        QCOMPARE(preview.meeting.state, State::New);
        QCOMPARE(preview.decisions.size(), parsed.decisions.size());
        QCOMPARE(preview.activities.size(), parsed.activities.size());
        QCOMPARE(preview.documents.size(), parsed.documents.size());
        for (const ConclusionsItemPresence &p : std::as_const(preview.decisions)) {
            QCOMPARE(p.state, State::New);
            QVERIFY(p.uid.isEmpty());
        }

        Editor editor(*m_repos);
        QVERIFY(editor.importConclusions(parsed).ok());
        const std::optional<Meeting> held = meetingOn(QDate(2021, 12, 1));
        QVERIFY(held);

        // Unticking 4 leaves out its sub-items; the rest is present, with the record found.
        for (ParsedDecision &d : parsed.decisions) {
            if (d.number == QLatin1String("4"))
                d.included = false;
        }
        preview = ConclusionsImport::preview(*m_repos, parsed);
        QCOMPARE(preview.meeting.state, State::Present);
        QCOMPARE(preview.meeting.uid, held->uid);
        for (qsizetype i = 0; i < parsed.decisions.size(); ++i) {
            const ParsedDecision &d = parsed.decisions.at(i);
            const ConclusionsItemPresence &p = preview.decisions.at(i);
            if (d.number == QLatin1String("4") || d.parentNumber == QLatin1String("4")) {
                QCOMPARE(p.state, State::LeftOut);
                continue;
            }
            QCOMPARE(p.state, State::Present);
            QCOMPARE(p.uid, m_repos->decisions().byNumber(held->id, d.number)->uid);
        }
        for (qsizetype i = 0; i < parsed.activities.size(); ++i) {
            QCOMPARE(preview.activities.at(i).state, State::Present);
            QCOMPARE(preview.activities.at(i).uid, m_repos->activities().byCode(parsed.activities.at(i).code)->uid);
        }
        for (const ConclusionsItemPresence &p : std::as_const(preview.documents)) {
            QCOMPARE(p.state, State::Present);
            QVERIFY(m_repos->documents().byUid(p.uid));
        }
        QCOMPARE(preview.changes(), 0);
        QVERIFY(preview.warnings.isEmpty());
    }

    // The Spanish text over the English one: the same records get their Spanish texts, in
    // one undo step; and the other way round.
    void otherLanguageFillsTexts_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("Spanish after English")
            << QStringLiteral("en-parentheses-noise.txt") << QStringLiteral("es-parentesis-ruido.txt");
        QTest::newRow("English after Spanish")
            << QStringLiteral("es-parentesis-ruido.txt") << QStringLiteral("en-parentheses-noise.txt");
    }
    void otherLanguageFillsTexts()
    {
        using State = ConclusionsItemPresence::State;
        QFETCH(QString, first);
        QFETCH(QString, second);
        openDirectoryOnly();
        const ParsedConclusions one = parseFixture(first);
        const ParsedConclusions two = parseFixture(second);
        QVERIFY(one.conclusionCount() == 6 && two.conclusionCount() == 6);
        QVERIFY(one.language != two.language);
        const bool spanishSecond = two.language == Language::Spanish;
        const auto secondText = [spanishSecond](const LocalizedText &t) { return spanishSecond ? t.es : t.en; };
        const auto firstText = [spanishSecond](const LocalizedText &t) { return spanishSecond ? t.en : t.es; };

        Editor editor(*m_repos);
        ConclusionsImportSummary summary;
        QVERIFY(editor.importConclusions(one, &summary).ok());
        const Counts imported = countsOf(*m_repos);
        QCOMPARE(imported.decisions, qsizetype(one.decisions.size()));
        const std::optional<Meeting> held = meetingOn(QDate(2022, 6, 16));
        QVERIFY(held);
        // The officer already wrote conclusion 1 in the other language: that text stays.
        Decision first1 = *m_repos->decisions().byNumber(held->id, QStringLiteral("1"));
        (spanishSecond ? first1.text.es : first1.text.en) = QStringLiteral("Officer's text.");
        QVERIFY(m_repos->decisions().update(first1).ok());

        // The preview says which records get their text.
        const ConclusionsImportSummary preview = ConclusionsImport::preview(*m_repos, two);
        QCOMPARE(preview.added(), 0);
        QCOMPARE(preview.meeting.state, State::AddsText);
        for (qsizetype i = 0; i < preview.decisions.size(); ++i) {
            const ConclusionsItemPresence &p = preview.decisions.at(i);
            QCOMPARE(p.state, i == 0 ? State::Present : State::AddsText);
            QVERIFY(m_repos->decisions().byUid(p.uid));
        }
        for (const ConclusionsItemPresence &p : std::as_const(preview.activities))
            QCOMPARE(p.state, State::AddsText);
        for (const ConclusionsItemPresence &p : std::as_const(preview.documents))
            QCOMPARE(p.state, State::AddsText);
        QVERIFY(preview.textsAdded >= two.decisions.size() - 1 + two.activities.size() + two.documents.size());
        QCOMPARE(preview.warnings.size(), 1);
        QCOMPARE(preview.warnings.first().line, two.decisions.first().line);
        QVERIFY(preview.warnings.first().message.contains(spanishSecond ? QStringLiteral("different Spanish text")
                                                                        : QStringLiteral("different English text")));

        QVERIFY(editor.importConclusions(two, &summary).ok());
        QCOMPARE(summary.added(), 0);
        QCOMPARE(summary.textsAdded, preview.textsAdded);
        QCOMPARE(editor.undoStack()->count(), 2);
        QCOMPARE(countsOf(*m_repos), imported); // nothing duplicated
        QCOMPARE(secondText(meetingOn(QDate(2022, 6, 16))->title), two.meeting.body);
        QVERIFY(!firstText(meetingOn(QDate(2022, 6, 16))->title).isEmpty());
        for (const ParsedDecision &d : two.decisions) {
            const auto decision = m_repos->decisions().byNumber(held->id, d.number);
            QVERIFY(decision);
            QCOMPARE(secondText(decision->text),
                     d.number == QLatin1String("1") ? QStringLiteral("Officer's text.") : d.text);
            QCOMPARE(firstText(decision->text), one.decision(d.number)->text);
        }
        const auto workshop = m_repos->activities().byCode(QStringLiteral("3.a"));
        QVERIFY(workshop);
        QCOMPARE(secondText(workshop->title), two.activity(QStringLiteral("3.a"))->title);
        const QList<Document> documents = m_repos->documents().all();
        QCOMPARE(documents.size(), two.documents.size());
        for (const Document &d : documents) {
            QVERIFY(!d.title.en.isEmpty());
            QVERIFY(!d.title.es.isEmpty());
        }
        const QString decisionUid = m_repos->decisions().byNumber(held->id, QStringLiteral("1.c"))->uid;

        // Undo takes the texts back out, redo puts them in again; the records stay.
        editor.undoStack()->undo();
        QCOMPARE(countsOf(*m_repos), imported);
        QVERIFY(secondText(m_repos->decisions().byUid(decisionUid)->text).isEmpty());
        QVERIFY(secondText(m_repos->activities().byCode(QStringLiteral("3.a"))->title).isEmpty());
        for (const Document &d : m_repos->documents().all())
            QVERIFY(secondText(d.title).isEmpty());
        QVERIFY(secondText(meetingOn(QDate(2022, 6, 16))->title).isEmpty());
        editor.undoStack()->redo();
        QCOMPARE(countsOf(*m_repos), imported);
        QCOMPARE(secondText(m_repos->decisions().byUid(decisionUid)->text), two.decision(QStringLiteral("1.c"))->text);

        // The same text again: nothing to add, no step.
        const ConclusionsImportSummary again = ConclusionsImport::preview(*m_repos, two);
        QCOMPARE(again.changes(), 0);
        for (const ConclusionsItemPresence &p : std::as_const(again.decisions))
            QCOMPARE(p.state, State::Present);
        QVERIFY(editor.importConclusions(two, &summary).ok());
        QCOMPARE(summary.changes(), 0);
        QCOMPARE(editor.undoStack()->count(), 2);

        // Both steps undone: nothing left.
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(countsOf(*m_repos), Counts());
    }
};

QTEST_GUILESS_MAIN(TestConclusionsImport)
#include "tst_conclusionsimport.moc"
