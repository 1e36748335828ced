// FilterIndex: the trigram tables beside the folded filter text of meetings and
// activities. They are kept in step by the repositories (add, edit, remove, undo-style
// restore, rolled-back writes), and narrow() uses them only for words that match few
// rows, without changing what a filter finds: rare, common, short, accented and quoted
// words give the same records as the plain GLOB filter.

#include "TestSupport.h"
#include "storage/FilterIndex.h"
#include "storage/FilterSql.h"
#include "storage/Repositories.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace pd;

namespace {

int ftsRows(Database &db, const QString &table, const QString &match = {})
{
    QString sql = QStringLiteral("SELECT count(*) FROM %1_filter_fts").arg(table);
    QVariantMap binds;
    if (!match.isEmpty()) {
        sql += QStringLiteral(" WHERE %1_filter_fts MATCH :m").arg(table);
        binds.insert(QStringLiteral("m"), match);
    }
    return SqlQuery::scalar(db.connection(), sql, binds).toInt();
}

QStringList codesOf(const QList<Activity> &activities)
{
    QStringList codes;
    for (const Activity &a : activities)
        codes.append(a.code);
    codes.sort();
    return codes;
}

Activity activity(const QString &code, const QString &en, const QString &es = {})
{
    Activity a;
    a.code = code;
    a.kind = ActivityKind::Workshop;
    a.title = {en, es.isEmpty() ? en : es};
    return a;
}

} // namespace

class TestFilterIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptInStepByTheRepositories()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        Activity a = activity(QStringLiteral("7.h"), QStringLiteral("Information campaign"),
                              QStringLiteral("Campaña de información"));
        QVERIFY(repos.activities().add(a));
        QCOMPARE(ftsRows(*db, QStringLiteral("activity")), 1);
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"campana\"")), 1);

        a.title.en = QStringLiteral("Reintegration workshop");
        a.title.es = QStringLiteral("Taller de reintegración");
        QVERIFY(repos.activities().update(a));
        QCOMPARE(ftsRows(*db, QStringLiteral("activity")), 1);
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"campana\"")), 0);
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"reintegracion\"")), 1);

        QVERIFY(repos.activities().remove(a.id));
        QCOMPARE(ftsRows(*db, QStringLiteral("activity")), 0);

        // Undo of a removal writes the record back under its old id.
        QVERIFY(repos.activities().add(a));
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"integra\"")), 1);

        // A write rolled back by an outer transaction leaves the index as it was.
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            Activity b = activity(QStringLiteral("7.i"), QStringLiteral("Rolled back course"));
            QVERIFY(repos.activities().add(b));
            a.title.en = QStringLiteral("Renamed");
            QVERIFY(repos.activities().update(a));
            tx.rollback();
        }
        QCOMPARE(ftsRows(*db, QStringLiteral("activity")), 1);
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"rolled\"")), 0);
        QCOMPARE(ftsRows(*db, QStringLiteral("activity"), QStringLiteral("\"reintegration workshop\"")), 1);

        Meeting m;
        m.code = QStringLiteral("7.s");
        m.kind = MeetingKind::Workshop;
        m.title = {QStringLiteral("Meeting of the RCGM"), QStringLiteral("Reunión del GRCM")};
        m.venueCity = QStringLiteral("Tegucigalpa");
        QVERIFY(repos.meetings().add(m));
        QCOMPARE(ftsRows(*db, QStringLiteral("meeting"), QStringLiteral("\"gucigal\"")), 1);
        QVERIFY(repos.meetings().remove(m.id));
        QCOMPARE(ftsRows(*db, QStringLiteral("meeting")), 0);
    }

    void narrowsOnlyForRareWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("narrowed");
        QTest::addColumn<int>("expected");
        QTest::newRow("no match") << QStringLiteral("zzz") << true << 0;
        QTest::newRow("rare") << QStringLiteral("reintegr") << true << 3;
        QTest::newRow("rare, accented, upper case") << QStringLiteral("REINTEGRACIÓN") << true << 1;
        QTest::newRow("common") << QStringLiteral("workshop") << false << FilterIndex::RareLimit + 10 + 3;
        QTest::newRow("common and rare") << QStringLiteral("workshop reint") << true << 3;
        QTest::newRow("short word only") << QStringLiteral("wo") << false << FilterIndex::RareLimit + 10 + 3;
        QTest::newRow("short and rare") << QStringLiteral("ti reint") << true << 2;
        QTest::newRow("quote in a word") << QStringLiteral("o\"neil") << true << 1;
        QTest::newRow("FTS syntax is text") << QStringLiteral("NEAR( OR") << true << 0;
        QTest::newRow("wildcards are text") << QStringLiteral("x*y") << true << 1;
    }

    void narrowsOnlyForRareWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, narrowed);
        QFETCH(int, expected);

        auto db = test::memoryDatabase();
        Repositories repos(*db);
        {
            Transaction tx(*db);
            for (int i = 0; i < FilterIndex::RareLimit + 10; ++i) {
                Activity a = activity(QStringLiteral("W.%1").arg(i), QStringLiteral("Workshop number %1").arg(i));
                QVERIFY(repos.activities().add(a));
            }
            for (const auto &[code, title] : {std::pair{"R.1", "Reintegration workshop for returnees"},
                                              std::pair{"R.2", "Workshop on reintegración, rapid"},
                                              std::pair{"R.3", "Workshop: REINTEGRATION and ratios"}}) {
                Activity a = activity(QString::fromLatin1(code), QString::fromUtf8(title));
                QVERIFY(repos.activities().add(a));
            }
            Activity quoted = activity(QStringLiteral("Q.1"), QStringLiteral("Course by O\"Neil on x*y"));
            QVERIFY(repos.activities().add(quoted));
            QVERIFY(tx.commit());
        }

        ActivityFilter filter;
        filter.text = text;
        FilterSql sql = FilterSql::of(filter);
        const qsizetype before = sql.conditions.size();
        FilterIndex(*db, QStringLiteral("activity")).narrow(sql, text);
        QCOMPARE(sql.conditions.size() > before, narrowed);

        const QList<Activity> found = repos.activities().find(filter, 10000, 0);
        QCOMPARE(found.size(), expected);
        QCOMPARE(repos.activities().countMatching(filter), expected);
        // Paging over the narrowed set keeps the list's order.
        if (expected > 1) {
            const QList<Activity> first = repos.activities().find(filter, 1, 0);
            const QList<Activity> second = repos.activities().find(filter, 1, 1);
            QCOMPARE(first.size(), 1);
            QCOMPARE(second.size(), 1);
            QCOMPARE(first.first().code, found.at(0).code);
            QCOMPARE(second.first().code, found.at(1).code);
        }
        if (text == QLatin1String("ti reint"))
            QCOMPARE(codesOf(found), (QStringList{QStringLiteral("R.1"), QStringLiteral("R.3")}));
    }

    // The repository keeps the probes' answers for the words last probed (the view's
    // next page has the same words) and forgets them when a write commits.
    void probeIsForgottenWhenAWriteCommits()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        ActivityFilter filter;
        filter.text = QStringLiteral("seminar");
        {
            Transaction tx(*db);
            for (int i = 0; i < FilterIndex::RareLimit + 1; ++i) {
                Activity a = activity(QStringLiteral("S.%1").arg(i), QStringLiteral("Seminar %1").arg(i));
                QVERIFY(repos.activities().add(a));
            }
            QVERIFY(tx.commit());
        }
        const auto narrowed = [&] {
            FilterSql sql = FilterSql::of(filter);
            const qsizetype before = sql.conditions.size();
            repos.activities().filterIndex().narrow(sql, filter.text);
            return sql.conditions.size() > before;
        };
        QVERIFY(!narrowed()); // common
        QCOMPARE(repos.activities().countMatching(filter), FilterIndex::RareLimit + 1);

        // One removed: now rare. Until the commit the old answer stands; after it the
        // word is probed again, and the lists agree with the table either way.
        const Activity first = repos.activities().find(filter, 1, 0).first();
        QVERIFY(repos.activities().remove(first.id));
        QVERIFY(narrowed());
        QCOMPARE(repos.activities().countMatching(filter), FilterIndex::RareLimit);
        QCOMPARE(repos.activities().find(filter, 10000, 0).size(), FilterIndex::RareLimit);
    }

    // Each word's answer is kept while the next text still has it: a keystroke probes
    // only the word it changes. Seen through a write not yet committed, which the kept
    // answers do not know of and a new probe does.
    void keystrokeProbesOnlyItsWord()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        QList<qint64> seminars;
        {
            Transaction tx(*db);
            for (int i = 0; i < FilterIndex::RareLimit + 1; ++i) {
                Activity a = activity(QStringLiteral("S.%1").arg(i), QStringLiteral("Seminar %1").arg(i));
                QVERIFY(repos.activities().add(a));
                seminars.append(a.id);
            }
            Activity r = activity(QStringLiteral("R.1"), QStringLiteral("Seminar on reintegration"));
            QVERIFY(repos.activities().add(r));
            QVERIFY(tx.commit());
        }
        const FilterIndex &index = repos.activities().filterIndex();
        const auto trigrams = [&](const QString &text) {
            ActivityFilter filter;
            filter.text = text;
            FilterSql sql = FilterSql::of(filter);
            index.narrow(sql, text);
            return sql.binds.value(QStringLiteral("trigrams")).toString();
        };
        QCOMPARE(trigrams(QStringLiteral("seminar")), QString()); // common

        Transaction tx(*db);
        for (int i = 0; i < 10; ++i) // "seminar" is rare now, but its kept answer says common
            QVERIFY(repos.activities().remove(seminars.at(i)));
        QCOMPARE(trigrams(QStringLiteral("seminar reint")), QStringLiteral("\"reint\""));
        QCOMPARE(trigrams(QStringLiteral("reint")), QStringLiteral("\"reint\"")); // "seminar" dropped
        QCOMPARE(trigrams(QStringLiteral("reint seminar")), QStringLiteral("\"reint\" AND \"seminar\""));
        tx.rollback();
    }

    void meetingsNarrowToo()
    {
        auto db = test::memoryDatabase();
        Repositories repos(*db);
        Meeting m;
        m.code = QStringLiteral("7.s");
        m.kind = MeetingKind::Workshop;
        m.title = {QStringLiteral("Meeting of the RCGM"), QStringLiteral("Reunión del GRCM")};
        m.venueCity = QStringLiteral("Tegucigalpa");
        QVERIFY(repos.meetings().add(m));
        MeetingFilter filter;
        filter.text = QStringLiteral("reunion tegucigalpa");
        QCOMPARE(repos.meetings().find(filter, 100, 0).size(), 1);
        QCOMPARE(repos.meetings().countMatching(filter), 1);
        filter.text = QStringLiteral("reunion managua");
        QCOMPARE(repos.meetings().find(filter, 100, 0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFilterIndex)
#include "tst_filterindex.moc"
