// SearchIndex: the FTS5 index over titles, descriptions and decision texts, kept in
// step by the repositories: a new record is found, an edited one is found by its new
// words only, a removed one is not found; accents and case do not matter; an undo-style
// restore under the old id is found again; a failed or rolled-back write leaves the
// index as it was.

#include "TestSupport.h"
#include "storage/Repositories.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

QStringList uidsOf(const QList<SearchHit> &hits)
{
    QStringList uids;
    for (const SearchHit &h : hits)
        uids.append(h.uid);
    uids.sort();
    return uids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

int indexRows(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_index")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    Repositories repos{*db};
    SearchIndex index{*db};

    Meeting workshop() const
    {
        Meeting m;
        m.code = QStringLiteral("7.s");
        m.kind = MeetingKind::Workshop;
        m.title = {QStringLiteral("Workshop on labour migration"), QStringLiteral("Taller sobre migración laboral")};
        m.description = {QStringLiteral("Hosted by Honduras."), QStringLiteral("Organizado por Honduras.")};
        m.venueCity = QStringLiteral("Tegucigalpa");
        m.startDate = QDate(2022, 5, 10);
        return m;
    }
    Activity campaign() const
    {
        Activity a;
        a.code = QStringLiteral("7.h");
        a.kind = ActivityKind::Campaign;
        a.title = {QStringLiteral("Information campaign"), QStringLiteral("Campaña de información")};
        a.description = {QStringLiteral("Safe migration for adolescents."),
                         QStringLiteral("Migración segura para adolescentes.")};
        return a;
    }
    Document guide() const
    {
        Document d;
        d.code = QStringLiteral("GUIDE-1");
        d.kind = DocumentKind::Guide;
        d.title = {QStringLiteral("Protection guide"), QStringLiteral("Guía de protección")};
        d.description = {QStringLiteral("For consular officers."), QStringLiteral("Para funcionarios consulares.")};
        return d;
    }
};

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newRecordsAreFound()
    {
        Fixture f;
        QVERIFY(f.db);
        Meeting m = f.workshop();
        Activity a = f.campaign();
        Document d = f.guide();
        QVERIFY(f.repos.meetings().add(m).ok());
        QVERIFY(f.repos.activities().add(a).ok());
        QVERIFY(f.repos.documents().add(d).ok());

        QList<SearchHit> hits = f.index.search(QStringLiteral("tegucigalpa"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, QStringLiteral("meeting"));
        QCOMPARE(hits.first().uid, m.uid);
        QVERIFY(hits.first().title.contains(QStringLiteral("Taller sobre migración laboral")));
        QVERIFY(hits.first().snippet.contains(QStringLiteral("Tegucigalpa")));
        // In English and in Spanish, in titles and descriptions, across kinds.
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("migration"))), sorted({m.uid, a.uid}));
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("consulares"))), QStringList{d.uid});
        QCOMPARE(f.index.search(QStringLiteral("consulares")).first().kind, QStringLiteral("document"));
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("GUIDE-1"))), QStringList{d.uid}); // the code
        // Every word must match; words match as prefixes.
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("migr adolesc"))), QStringList{a.uid});
        QVERIFY(f.index.search(QStringLiteral("migration consular")).isEmpty());
        // Empty or punctuation-only text finds nothing; FTS syntax is text.
        QVERIFY(f.index.search(QString()).isEmpty());
        QVERIFY(f.index.search(QStringLiteral("\"*() -:")).isEmpty());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("(guide) \"protection"))), QStringList{d.uid});
        QCOMPARE(f.index.search(QStringLiteral("migr"), 1).size(), 1); // limit
    }

    void accentsAndCaseDoNotMatter()
    {
        Fixture f;
        QVERIFY(f.db);
        Activity a = f.campaign();
        Document d = f.guide();
        QVERIFY(f.repos.activities().add(a).ok());
        QVERIFY(f.repos.documents().add(d).ok());
        for (const QString &query : {QStringLiteral("campana"), QStringLiteral("CAMPAÑA"), QStringLiteral("Campaña"),
                                     QStringLiteral("cAmPaNa INFORMACIÓN"), QStringLiteral("informacion")})
            QCOMPARE(uidsOf(f.index.search(query)), QStringList{a.uid});
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("guia proteccion"))), QStringList{d.uid});
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("GUÍA PROTECCIÓN"))), QStringList{d.uid});
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("protecc"))), QStringList{d.uid}); // accented prefix
    }

    void editedAndRemovedRecordsFollow()
    {
        Fixture f;
        QVERIFY(f.db);
        Meeting m = f.workshop();
        Document d = f.guide();
        QVERIFY(f.repos.meetings().add(m).ok());
        QVERIFY(f.repos.documents().add(d).ok());
        const int rows = indexRows(*f.db);
        QCOMPARE(rows, 2);

        m.title = {QStringLiteral("Course on border management"), QStringLiteral("Curso sobre gestión fronteriza")};
        m.venueCity = QStringLiteral("San Pedro Sula");
        QVERIFY(f.repos.meetings().update(m).ok());
        QVERIFY(f.index.search(QStringLiteral("taller")).isEmpty());
        QVERIFY(f.index.search(QStringLiteral("tegucigalpa")).isEmpty());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("fronteriza"))), QStringList{m.uid});
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("pedro sula"))), QStringList{m.uid});
        QCOMPARE(indexRows(*f.db), rows); // replaced, not duplicated

        QVERIFY(f.repos.meetings().remove(m.id).ok());
        QVERIFY(f.index.search(QStringLiteral("fronteriza")).isEmpty());
        QCOMPARE(indexRows(*f.db), 1);
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("protection"))), QStringList{d.uid});
    }

    void decisionTextsAreSearchable()
    {
        Fixture f;
        QVERIFY(f.db);
        Meeting m = f.workshop();
        QVERIFY(f.repos.meetings().add(m).ok());
        Decision d;
        d.meetingId = m.id;
        d.number = QStringLiteral("1.e");
        d.verb = DecisionVerb::Congratulate;
        d.text = {QStringLiteral("Congratulate El Salvador on assuming the Pro-Tempore Presidency."),
                  QStringLiteral("Felicitar a El Salvador por asumir la Presidencia Pro Tempore.")};
        QVERIFY(f.repos.decisions().add(d).ok());
        const QList<SearchHit> hits = f.index.search(QStringLiteral("felicitar salvador"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, QStringLiteral("decision"));
        QCOMPARE(hits.first().uid, d.uid);
        QCOMPARE(hits.first().title, QStringLiteral("1.e"));
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("congratulate"))), QStringList{d.uid});
    }

    void restoreUnderTheOldIdIsFoundAgain()
    {
        // Undo of a delete: the record comes back under its id and uid, and so does its entry.
        Fixture f;
        QVERIFY(f.db);
        Activity first = f.campaign();
        Activity second = f.campaign();
        second.title = {QStringLiteral("Regional congress"), QStringLiteral("Congreso regional")};
        second.description = {};
        QVERIFY(f.repos.activities().add(first).ok());
        QVERIFY(f.repos.activities().add(second).ok());
        const Activity removed = *f.repos.activities().byId(first.id);
        QVERIFY(f.repos.activities().remove(first.id).ok());
        QVERIFY(f.index.search(QStringLiteral("adolescentes")).isEmpty());

        Activity restored = removed;
        QVERIFY(f.repos.activities().add(restored).ok());
        QCOMPARE(restored.id, removed.id);
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("adolescentes"))), QStringList{removed.uid});
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("congreso"))), QStringList{second.uid});
        QCOMPARE(indexRows(*f.db), 2);
        // Undo of an edit on top: the entry follows the restored text.
        restored.title.es = QStringLiteral("Campaña sobre trata de personas");
        QVERIFY(f.repos.activities().update(restored).ok());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("trata"))), QStringList{removed.uid});
        QVERIFY(f.repos.activities().update(removed).ok());
        QVERIFY(f.index.search(QStringLiteral("trata")).isEmpty());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("información"))), QStringList{removed.uid});
    }

    void sameIdInTwoKindsKeepsTwoEntries()
    {
        // A meeting and a document both with id 1: each has its own entry, removing one
        // leaves the other.
        Fixture f;
        QVERIFY(f.db);
        Meeting m = f.workshop();
        Document d = f.guide();
        QVERIFY(f.repos.meetings().add(m).ok());
        QVERIFY(f.repos.documents().add(d).ok());
        QCOMPARE(m.id, d.id);
        QVERIFY(f.repos.meetings().remove(m.id).ok());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("guia"))), QStringList{d.uid});
    }

    void failedOrRolledBackWritesLeaveTheIndexAlone()
    {
        Fixture f;
        QVERIFY(f.db);
        Meeting m = f.workshop();
        QVERIFY(f.repos.meetings().add(m).ok());
        const int rows = indexRows(*f.db);

        // A write that fails after its row (and index entry) went in: all of it is undone.
        Meeting failing = f.workshop();
        failing.title.en = QStringLiteral("Vanishing seminar");
        failing.participants = {{9999, ParticipantRole::Guest, {}}};
        QVERIFY(!f.repos.meetings().add(failing).ok());
        QVERIFY(f.index.search(QStringLiteral("vanishing")).isEmpty());
        // A failing update keeps the old entry.
        Meeting edited = m;
        edited.title.en = QStringLiteral("Vanishing seminar");
        edited.participants = {{9999, ParticipantRole::Guest, {}}};
        QVERIFY(!f.repos.meetings().update(edited).ok());
        QVERIFY(f.index.search(QStringLiteral("vanishing")).isEmpty());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("taller"))), QStringList{m.uid});

        // An outer transaction rolled back after successful inner writes.
        {
            Transaction outer(*f.db);
            QVERIFY(outer.isActive());
            Meeting changed = m;
            changed.title.en = QStringLiteral("Vanishing seminar");
            QVERIFY(f.repos.meetings().update(changed).ok());
            Document d = f.guide();
            QVERIFY(f.repos.documents().add(d).ok());
            QVERIFY(f.repos.meetings().remove(m.id).ok());
            QVERIFY(f.index.search(QStringLiteral("taller")).isEmpty()); // visible inside
            QCOMPARE(f.index.search(QStringLiteral("guia")).size(), 1);
            outer.rollback();
        }
        QVERIFY(f.index.search(QStringLiteral("vanishing")).isEmpty());
        QVERIFY(f.index.search(QStringLiteral("guia")).isEmpty());
        QCOMPARE(uidsOf(f.index.search(QStringLiteral("taller"))), QStringList{m.uid});
        QCOMPARE(indexRows(*f.db), rows);
        // The FTS structures are sound after all that.
        QSqlQuery q(f.db->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES('integrity-check')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(f.db->transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
