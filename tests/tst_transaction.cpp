// Transaction: BEGIN IMMEDIATE guards, savepoints, rollback on error and on scope
// exit, after-commit callbacks, and two connections contending for the write lock.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/PartyRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestTransaction : public QObject
{
    Q_OBJECT
private:
    static Party country(const QString &code)
    {
        Party p;
        p.code = code;
        p.name = {code, code};
        return p;
    }

private Q_SLOTS:
    void rollsBackWhenNotCommitted()
    {
        auto db = test::memoryDatabase();
        PartyRepository parties(*db);
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            Party p = country(QStringLiteral("BZ"));
            QVERIFY(parties.add(p).ok());
            QCOMPARE(parties.count(), 1);
        } // no commit
        QCOMPARE(parties.count(), 0);
        QCOMPARE(db->transactionDepth(), 0);
    }

    void rollsBackOnError()
    {
        auto db = test::memoryDatabase();
        PartyRepository parties(*db);
        Party first = country(QStringLiteral("CA"));
        QVERIFY(parties.add(first).ok());
        {
            Transaction tx(*db);
            Party second = country(QStringLiteral("CR"));
            QVERIFY(parties.add(second).ok());
            // A uid that already exists violates UNIQUE: the add fails as a whole...
            Party clash = country(QStringLiteral("DO"));
            clash.uid = first.uid;
            const Status s = parties.add(clash);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, Error::Code::Constraint);
            // ...and the caller abandons the outer transaction.
        }
        QCOMPARE(parties.count(), 1);
        QVERIFY(parties.byCode(QStringLiteral("CR")) == std::nullopt);
    }

    void nestedScopesAreSavepoints()
    {
        auto db = test::memoryDatabase();
        PartyRepository parties(*db);
        int callbacks = 0;
        {
            Transaction outer(*db);
            Party a = country(QStringLiteral("GT"));
            QVERIFY(parties.add(a).ok());
            db->runAfterCommit([&callbacks] { ++callbacks; });
            {
                Transaction inner(*db);
                QCOMPARE(db->transactionDepth(), 2);
                Party b = country(QStringLiteral("HN"));
                QVERIFY(parties.add(b).ok());
                db->runAfterCommit([&callbacks] { callbacks += 100; });
                inner.rollback(); // only the inner work and its callback go
            }
            QCOMPARE(callbacks, 0); // nothing runs before the outer commit
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(callbacks, 1);
        QCOMPARE(parties.count(), 1);
        QVERIFY(parties.byCode(QStringLiteral("GT")).has_value());
        QVERIFY(!parties.byCode(QStringLiteral("HN")).has_value());
    }

    void secondWriterWaitsThenGetsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contended.sqlite"));
        Database::Options options;
        options.create = true;
        auto first = Database::open(path, options);
        QVERIFY(first.ok());

        // A second connection to the same file, as another process would have.
        const auto name = (*first)->openExtraConnection(QStringLiteral("second"), false);
        QVERIFY(name.ok());
        {
            QSqlDatabase second = QSqlDatabase::database(*name);
            QSqlQuery(second).exec(QStringLiteral("PRAGMA busy_timeout=200"));

            Transaction tx(**first);
            QVERIFY(tx.isActive());
            QElapsedTimer timer;
            timer.start();
            QSqlQuery begin(second);
            QVERIFY(!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))); // the write lock is held
            QVERIFY(timer.elapsed() >= 150);                         // it waited for the busy timeout
            QVERIFY(tx.commit().ok());
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE"))); // free now
            QVERIFY(QSqlQuery(second).exec(QStringLiteral("COMMIT")));

            // The other way round: our guard reports Busy with a clear message.
            QVERIFY(QSqlQuery(second).exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY((*first)->executeScript(QStringLiteral("PRAGMA busy_timeout=100")).ok());
            Transaction blocked(**first);
            QVERIFY(!blocked.isActive());
            QCOMPARE(blocked.error().code, Error::Code::Busy);
            QVERIFY(blocked.error().message.contains(QStringLiteral("busy")));
            QVERIFY(QSqlQuery(second).exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(*name);
    }

    void readOnlyDatabaseRefusesToWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database::Options options;
            options.create = true;
            QVERIFY(Database::open(path, options).ok());
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        Transaction tx(**db);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.error().code, Error::Code::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
