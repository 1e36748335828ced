// CalendarItems, the source of the calendar views: the meetings and dated activities
// of a date range (overlaps, multi-day items, both kinds), the items still to be
// scheduled, the coalesced change signal, the drag and drop format, and the list of
// unscheduled items as a model.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "models/CalendarItems.h"
#include "models/UnscheduledModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
QStringList uids(const QList<CalendarItem> &items)
{
    QStringList result;
    for (const CalendarItem &item : items)
        result.append(item.uid);
    return result;
}
} // namespace

class TestCalendarItems : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;

    QString addMeeting(const QString &title, const QDate &start, const QDate &end,
                       MeetingKind kind = MeetingKind::Workshop)
    {
        Meeting m;
        m.kind = kind;
        m.title.en = title;
        m.startDate = start;
        m.endDate = end;
        if (!m_editor->addMeeting(m))
            return {};
        return m.uid;
    }

    QString addActivity(const QString &code, const QDate &start, const QDate &end, qint64 group = 0)
    {
        Activity a;
        a.code = code;
        a.title.en = QStringLiteral("Activity ") + code;
        a.targetStart = start;
        a.targetEnd = end;
        a.workingGroupId = group;
        if (!m_editor->addActivity(a))
            return {};
        return a.uid;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::memoryDatabase();
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
    }
    void cleanup()
    {
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void rcmData()
    {
        cleanup();
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        CalendarItems source(*m_repos);

        // The one held meeting of the source text, the RCGM of 1 December 2021.
        const QList<CalendarItem> december = source.between(QDate(2021, 11, 29), QDate(2022, 1, 9));
        QCOMPARE(december.size(), 1);
        const CalendarItem &rcgm = december.first();
        QCOMPARE(rcgm.kind, CalendarItem::Kind::Meeting);
        QCOMPARE(rcgm.start, QDate(2021, 12, 1));
        QCOMPARE(rcgm.end, QDate(2021, 12, 1));
        QCOMPARE(rcgm.colorKey, QStringLiteral("kind:rcgm"));
        QCOMPARE(rcgm.statusKey, QStringLiteral("held"));
        QVERIFY(rcgm.title.en.contains(QStringLiteral("Regional Consultation Group")));
        QVERIFY(!rcgm.title.es.isEmpty());
        QVERIFY(source.between(QDate(2021, 12, 2), QDate(2021, 12, 31)).isEmpty());

        // Everything else is "to be scheduled": six meetings and the 27 activities less
        // the 7 held as one of those meetings (7.p, 7.s-7.w, 7.u.i), shown once, as it.
        const QList<CalendarItem> open = source.unscheduled();
        QCOMPARE(open.size(), 6 + 27 - 7);
        QCOMPARE(source.unscheduledCount(), 26);
        QVERIFY(!uids(open).contains(rcgm.uid));
        for (const Activity &a : m_repos->activities().all())
            QCOMPARE(uids(open).contains(a.uid), a.meetingId == 0);
        for (const CalendarItem &item : open)
            QVERIFY(!item.isScheduled());
        QCOMPARE(open.first().kind, CalendarItem::Kind::Meeting);
        QCOMPARE(open.last().kind, CalendarItem::Kind::Activity);
        QCOMPARE(source.unscheduled(2).size(), 4); // the limit is per kind

        UnscheduledModel model(source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(model.total(), 26);
    }

    void rangesAndKinds()
    {
        const qint64 group = m_repos->workingGroups().all().isEmpty() ? 0 : m_repos->workingGroups().all().first().id;
        const QString before = addMeeting(QStringLiteral("Before"), QDate(2022, 4, 20), QDate(2022, 4, 30));
        const QString across = addMeeting(QStringLiteral("Across the start"), QDate(2022, 4, 28), QDate(2022, 5, 3));
        const QString inside = addMeeting(QStringLiteral("Inside"), QDate(2022, 5, 10), QDate(2022, 5, 10));
        const QString noEnd = addMeeting(QStringLiteral("No end date"), QDate(2022, 5, 12), QDate());
        const QString after = addMeeting(QStringLiteral("After"), QDate(2022, 6, 1), QDate(2022, 6, 1));
        const QString open = addMeeting(QStringLiteral("To be scheduled"), QDate(), QDate());
        const QString activity = addActivity(QStringLiteral("7.x"), QDate(2022, 5, 30), QDate(2022, 6, 15), group);
        const QString single = addActivity(QStringLiteral("7.y"), QDate(2022, 5, 10), QDate());
        const QString undated = addActivity(QStringLiteral("7.z"), QDate(), QDate());
        for (const QString &uid : {before, across, inside, noEnd, after, open, activity, single, undated})
            QVERIFY(!uid.isEmpty());

        CalendarItems source(*m_repos);
        const QList<CalendarItem> may = source.between(QDate(2022, 5, 1), QDate(2022, 5, 31));
        // Overlapping items only, by start date; unscheduled ones never.
        QCOMPARE(uids(may), (QStringList{across, inside, single, noEnd, activity}));
        const CalendarItem &first = may.at(0);
        QVERIFY(first.isMultiDay());
        QCOMPARE(first.days(), 6);
        QVERIFY(first.covers(QDate(2022, 5, 3)));
        QVERIFY(!first.covers(QDate(2022, 5, 4)));
        QCOMPARE(may.at(3).end, QDate(2022, 5, 12)); // a missing end is the start
        const CalendarItem &dated = may.at(4);
        QCOMPARE(dated.kind, CalendarItem::Kind::Activity);
        QCOMPARE(dated.end, QDate(2022, 6, 15));
        QCOMPARE(dated.colorKey, QStringLiteral("group:%1").arg(group));
        QCOMPARE(may.at(2).end, QDate(2022, 5, 10));
        // On one day, meetings come before activities.
        QCOMPARE(uids(source.between(QDate(2022, 5, 10), QDate(2022, 5, 10))), (QStringList{inside, single}));

        // Single days at the edges of a range count.
        QCOMPARE(uids(source.between(QDate(2022, 4, 30), QDate(2022, 4, 30))), (QStringList{before, across}));
        QCOMPARE(uids(source.between(QDate(2022, 6, 15), QDate(2022, 6, 20))), (QStringList{activity}));
        QVERIFY(source.between(QDate(2022, 6, 16), QDate(2022, 6, 30)).isEmpty());
        QVERIFY(source.between(QDate(2022, 5, 31), QDate(2022, 5, 1)).isEmpty()); // reversed range

        QCOMPARE(uids(source.unscheduled()), (QStringList{open, undated}));
        QCOMPARE(source.unscheduledCount(), 2);
        QCOMPARE(source.item({CalendarItem::Kind::Activity, activity})->code, QStringLiteral("7.x"));
        QVERIFY(!source.item({CalendarItem::Kind::Meeting, activity}));
    }

    void changesAreCoalesced()
    {
        CalendarItems source(*m_repos);
        QSignalSpy changed(&source, &CalendarItems::changed);
        const QString a = addMeeting(QStringLiteral("One"), QDate(2022, 3, 1), QDate(2022, 3, 1));
        const QString b = addMeeting(QStringLiteral("Two"), QDate(), QDate());
        QVERIFY(m_editor->scheduleMeeting(b, QDate(2022, 3, 2), QDate(2022, 3, 4)));
        QCOMPARE(changed.count(), 0); // not before the event loop runs
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(uids(source.between(QDate(2022, 3, 1), QDate(2022, 3, 31))), (QStringList{a, b}));

        m_editor->undoStack()->undo();
        QVERIFY(changed.wait(1000));
        QCOMPARE(uids(source.between(QDate(2022, 3, 1), QDate(2022, 3, 31))), (QStringList{a}));
        QCOMPARE(uids(source.unscheduled()), (QStringList{b}));
    }

    void unscheduledModelFollowsChanges()
    {
        const QString meeting = addMeeting(QStringLiteral("Open meeting"), QDate(), QDate());
        const QString activity = addActivity(QStringLiteral("7.q"), QDate(), QDate());
        CalendarItems source(*m_repos);
        UnscheduledModel model(source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("7.q Activity 7.q"));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);

        std::unique_ptr<QMimeData> data(model.mimeData({model.index(1)}));
        QVERIFY(data);
        const CalendarItemRef ref = CalendarItems::fromMimeData(data.get());
        QCOMPARE(ref.kind, CalendarItem::Kind::Activity);
        QCOMPARE(ref.uid, activity);

        QVERIFY(m_editor->scheduleActivity(activity, QDate(2022, 2, 1), QDate(2022, 2, 1)));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(meeting), 0);
        m_editor->undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 2);
    }

    // On the benchmarks' large database (20,000 meetings, 100,000 activities), a month
    // costs one ranged query per kind. Run by hand: PD_LARGE_DB=path/large-1.sqlite.
    void largeDatabase()
    {
        const QString path = qEnvironmentVariable("PD_LARGE_DB");
        if (path.isEmpty())
            QSKIP("set PD_LARGE_DB to a database made by pd-generate-large");
        cleanup();
        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto db = Database::open(path, options);
        QVERIFY(db);
        m_db = std::move(*db);
        m_repos = std::make_unique<Repositories>(*m_db);
        CalendarItems source(*m_repos);
        QElapsedTimer timer;
        timer.start();
        const QList<CalendarItem> month = source.between(QDate(2021, 11, 29), QDate(2022, 1, 9));
        const qint64 monthMs = timer.restart();
        const QList<CalendarItem> week = source.between(QDate(2021, 12, 6), QDate(2021, 12, 12));
        const qint64 weekMs = timer.restart();
        const QList<CalendarItem> open = source.unscheduled(UnscheduledModel::Limit);
        const int total = source.unscheduledCount();
        const qint64 openMs = timer.elapsed();
        qInfo("month: %lld items in %lld ms; week: %lld items in %lld ms; unscheduled: %lld of %d in %lld ms",
              qint64(month.size()), monthMs, qint64(week.size()), weekMs, qint64(open.size()), total, openMs);
        QVERIFY(monthMs < 2000);
    }

    void mimeFormat()
    {
        const CalendarItemRef ref{CalendarItem::Kind::Meeting, QStringLiteral("abc-123")};
        std::unique_ptr<QMimeData> data(CalendarItems::mimeData(ref));
        QVERIFY(data->hasFormat(QStringLiteral("application/x-presidency-desk-item")));
        QVERIFY(CalendarItems::fromMimeData(data.get()) == ref);
        QMimeData other;
        other.setText(QStringLiteral("meeting\nabc"));
        QVERIFY(!CalendarItems::fromMimeData(&other).isValid());
        QMimeData broken;
        broken.setData(CalendarItems::mimeType(), "party\nabc");
        QVERIFY(!CalendarItems::fromMimeData(&broken).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCalendarItems)
#include "tst_calendaritems.moc"
