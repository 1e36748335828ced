// RecordListModel with pages still unread: records added, changed and removed while a
// view is reading it come where they sort among the rows read, or with the page they
// belong to, never twice and never lost; bursts (an import) are taken in one step.
// Under QAbstractItemModelTester, except where the pages read are counted.

#include "TestSupport.h"
#include "models/RecordListModel.h"
#include "storage/ActivityRepository.h"
#include "storage/PartyRepository.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

namespace {

// The activities repository, counting the reads the model makes.
class CountingActivities : public ActivityRepository
{
public:
    using ActivityRepository::ActivityRepository;
    QList<Activity> find(const ActivityFilter &filter, int limit = -1, int offset = 0,
                         Children children = Children::Load) const
    {
        ++finds;
        return ActivityRepository::find(filter, limit, offset, children);
    }
    bool matches(const ActivityFilter &filter, const QString &uid) const
    {
        ++matchQueries;
        return ActivityRepository::matches(filter, uid);
    }
    mutable int finds = 0;
    mutable int matchQueries = 0;
};

// Activities by code, one column.
class CodeModel : public RecordListModel<Activity, ActivityFilter, CountingActivities>
{
public:
    CodeModel(CountingActivities &activities, PartyRepository &parties) : RecordListModel(activities, nullptr)
    {
        followLookups(parties);
        reload();
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return recordAt(index.row()).code;
    }
    int lookupReads = 0;

protected:
    void reloadLookups() override { ++lookupReads; }
};

QString codeOf(int n)
{
    return QStringLiteral("a%1").arg(n, 3, 10, QLatin1Char('0'));
}

struct Fixture
{
    std::unique_ptr<Database> db = test::memoryDatabase();
    CountingActivities activities{*db};
    PartyRepository parties{*db};

    Activity make(const QString &code)
    {
        Activity a;
        a.code = code;
        a.title = {QStringLiteral("Activity %1").arg(code), QString()};
        return a;
    }
    // Adds the activities in one transaction, as an import does.
    QStringList addAll(const QStringList &codes)
    {
        QStringList uids;
        Transaction tx(*db);
        for (const QString &code : codes) {
            Activity a = make(code);
            if (!activities.add(a).ok())
                return {};
            uids.append(a.uid);
        }
        return tx.commit().ok() ? uids : QStringList();
    }
    QString add(const QString &code)
    {
        Activity a = make(code);
        return activities.add(a).ok() ? a.uid : QString();
    }
    bool recode(const QString &uid, const QString &code)
    {
        Activity a = *activities.byUid(uid);
        a.code = code;
        return activities.update(a).ok();
    }
};

QStringList codes(int from, int to) // [from, to)
{
    QStringList list;
    for (int n = from; n < to; ++n)
        list.append(codeOf(n));
    return list;
}

// The rows read are the first rows of the repository's order, each once.
bool inStep(const CodeModel &model, const ActivityRepository &activities)
{
    const QList<Activity> first = activities.find({}, model.rowCount(), 0, Children::Skip);
    if (first.size() != model.rowCount())
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.recordAt(row).uid != first.at(row).uid)
            return false;
    }
    return true;
}

void readAll(CodeModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

bool unique(const CodeModel &model)
{
    QSet<QString> uids;
    for (int row = 0; row < model.rowCount(); ++row)
        uids.insert(model.recordAt(row).uid);
    return uids.size() == model.rowCount();
}

} // namespace

class TestRecordListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A record that sorts among the rows read is put in its place; the next page still
    // starts where it should.
    void addedAmongTheRowsRead()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 500)).isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int read = model.rowCount();
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QString uid = f.add(QStringLiteral("a1005")); // between a100 and a101
        QCOMPARE(model.rowOf(uid), 1);
        QCOMPARE(model.rowCount(), read + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(inStep(model, f.activities));

        readAll(model);
        QCOMPARE(model.rowCount(), 401);
        QVERIFY(unique(model));
        QVERIFY(inStep(model, f.activities));
    }

    // A record that sorts after the rows read becomes part of a later page: the rows and
    // the pages to come are as they were, and the record is read once, with its page.
    void addedAfterTheRowsRead()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 500)).isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int read = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QString uid = f.add(QStringLiteral("a4505"));
        QCOMPARE(model.rowOf(uid), -1);
        QCOMPARE(model.rowCount(), read);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(model.canFetchMore({}));

        QCOMPARE(model.fetchRowOf(uid), 351);
        readAll(model);
        QCOMPARE(model.rowCount(), 401);
        QVERIFY(unique(model));
        QVERIFY(inStep(model, f.activities));
    }

    // A table read to its end takes a record added after its last row at once.
    void addedAfterTheEnd()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 110)).isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.canFetchMore({}));
        const QString uid = f.add(QStringLiteral("z"));
        QCOMPARE(model.rowOf(uid), 10);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(inStep(model, f.activities));
    }

    // A changed record moves to where it now sorts; one that now sorts after the rows
    // read leaves them and comes back with its page; one changed in place stays put.
    void changedRecordsMove()
    {
        Fixture f;
        const QStringList uids = f.addAll(codes(100, 500));
        QVERIFY(!uids.isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int read = model.rowCount();
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(f.recode(uids.at(5), QStringLiteral("a1405"))); // row 5 -> after a140
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.rowOf(uids.at(5)), 40);
        QCOMPARE(model.index(40, 0).data().toString(), QStringLiteral("a1405"));
        QCOMPARE(model.rowCount(), read);
        QVERIFY(inStep(model, f.activities));

        QVERIFY(f.recode(uids.at(30), QStringLiteral("a0995"))); // up to the first row
        QCOMPARE(model.rowOf(uids.at(30)), 0);
        QVERIFY(inStep(model, f.activities));

        QVERIFY(f.recode(uids.at(10), QStringLiteral("a4805"))); // past the rows read
        QCOMPARE(model.rowOf(uids.at(10)), -1);
        QCOMPARE(model.rowCount(), read);
        QVERIFY(inStep(model, f.activities));

        changed.clear();
        moved.clear();
        Activity a = *f.activities.byUid(uids.at(20));
        a.title.en = QStringLiteral("Renamed");
        QVERIFY(f.activities.update(a).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(model.recordAt(model.rowOf(a.uid)).title.en, QStringLiteral("Renamed"));

        readAll(model);
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(unique(model));
        QVERIFY(inStep(model, f.activities));
    }

    // A removed record leaves the rows read; the next page does not skip a record.
    void removedWhileReading()
    {
        Fixture f;
        const QStringList uids = f.addAll(codes(100, 500));
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int read = model.rowCount();
        QVERIFY(f.activities.remove(f.activities.idOf(uids.at(3))).ok());
        QCOMPARE(model.rowCount(), read - 1);
        QVERIFY(f.activities.remove(f.activities.idOf(uids.at(450 - 100))).ok()); // not read yet
        QCOMPARE(model.rowCount(), read - 1);
        readAll(model);
        QCOMPARE(model.rowCount(), 398);
        QVERIFY(inStep(model, f.activities));
    }

    // An import lands in one step: a few reads, no reset, no question per record, and a
    // run of new rows as one insertion; undoing it takes them out in one step too.
    void importInOneStep()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 500)).isEmpty());
        CodeModel model(f.activities, f.parties); // without the tester: it reads pages itself
        QCOMPARE(model.rowCount(), CodeModel::PageSize);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        f.activities.finds = 0;
        f.activities.matchQueries = 0;

        QStringList imported; // 300 records: 100 among the rows read, 200 after them
        for (int n = 0; n < 100; ++n)
            imported.append(QStringLiteral("a120-%1").arg(n, 3, 10, QLatin1Char('0')));
        for (int n = 0; n < 200; ++n)
            imported.append(QStringLiteral("a300-%1").arg(n, 3, 10, QLatin1Char('0')));
        const QStringList uids = f.addAll(imported);
        QCOMPARE(uids.size(), 300);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), CodeModel::PageSize + 100);
        QCOMPARE(model.rowOf(uids.first()), 21);
        QVERIFY(f.activities.finds <= 3);
        QCOMPARE(f.activities.matchQueries, 0);
        QVERIFY(inStep(model, f.activities));

        f.activities.finds = 0;
        {
            Transaction tx(*f.db);
            for (const QString &uid : uids)
                QVERIFY(f.activities.remove(f.activities.idOf(uid)).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), CodeModel::PageSize);
        QCOMPARE(f.activities.finds, 0);
        QCOMPARE(reset.count(), 0);

        f.activities.finds = 0;
        readAll(model);
        QCOMPARE(f.activities.finds, 400 / CodeModel::PageSize - 1 + 1); // the last read finds nothing more
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(inStep(model, f.activities));
    }

    // A record changed in place costs one read of one row.
    void changeInPlaceReadsOneRow()
    {
        Fixture f;
        const QStringList uids = f.addAll(codes(100, 200));
        CodeModel model(f.activities, f.parties);
        f.activities.finds = 0;
        Activity a = *f.activities.byUid(uids.at(7));
        a.title.en = QStringLiteral("Renamed");
        QVERIFY(f.activities.update(a).ok());
        QCOMPARE(f.activities.finds, 1);
        QCOMPARE(model.recordAt(7).title.en, QStringLiteral("Renamed"));

        // An added record that sorts after the rows read: one row read to know it.
        f.activities.finds = 0;
        f.add(QStringLiteral("a1995"));
        QCOMPARE(f.activities.finds, 1);
        QCOMPARE(model.rowCount(), CodeModel::PageSize);
    }

    // Lookups that change in a burst (parties of an import) are read again once.
    void lookupsOncePerCommit()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 110)).isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int before = model.lookupReads;
        {
            Transaction tx(*f.db);
            for (int n = 0; n < 20; ++n) {
                Party p;
                p.code = QStringLiteral("P%1").arg(n);
                p.name = {QStringLiteral("Party %1").arg(n), QString()};
                QVERIFY(f.parties.add(p).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.lookupReads, before + 1);
        QCOMPARE(model.rowCount(), 10);
    }

    // Signals that come without a commit are taken when the event loop runs.
    void signalsWithoutCommit()
    {
        Fixture f;
        QVERIFY(!f.addAll(codes(100, 110)).isEmpty());
        CodeModel model(f.activities, f.parties);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString uid = f.activities.find({}, 1, 3, Children::Skip).first().uid;
        Q_EMIT f.activities.removed(uid); // as if; the record is still there
        QCOMPARE(model.rowCount(), 10);
        QTRY_COMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowOf(uid), -1);
    }
};

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
