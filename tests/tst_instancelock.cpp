// The instance lock: a second Presidency Desk on the same file is refused (naming the
// holder) or falls back to read-only; a lock left by a killed process is recovered.

#include "TestSupport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace pd;

class TestInstanceLock : public QObject
{
    Q_OBJECT
private:
    static QString newDatabase(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        return db.ok() ? path : QString();
    }

private Q_SLOTS:
    void secondWriterIsRefusedWithTheHolder()
    {
        QTemporaryDir dir;
        const QString path = newDatabase(dir);
        QVERIFY(!path.isEmpty());
        auto first = Database::open(path);
        QVERIFY(first.ok());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

        auto second = Database::open(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(second.error().message.contains(QSysInfo::machineHostName()));
    }

    void secondInstanceFallsBackToReadOnly()
    {
        QTemporaryDir dir;
        const QString path = newDatabase(dir);
        auto first = Database::open(path);
        QVERIFY(first.ok());

        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto second = Database::open(path, options);
        QVERIFY(second.ok());
        QVERIFY((*second)->isReadOnly());
        QVERIFY((*second)->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())));
        // It may read, but cannot write behind the holder's back.
        QVERIFY(!(*second)->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY((*first)->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE((*second)->meta(QStringLiteral("k")), QStringLiteral("v"));
    }

    void lockIsReleasedOnClose()
    {
        QTemporaryDir dir;
        const QString path = newDatabase(dir);
        {
            auto first = Database::open(path);
            QVERIFY(first.ok());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(Database::open(path).ok());
    }

    void staleLockOfAKilledProcessIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = newDatabase(dir);
        const QString lockPath = path + QStringLiteral(".lock");

        // A child takes the lock and dies without releasing it, as a killed program would.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            QLockFile lock(lockPath);
            _exit(lock.tryLock(0) ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(lockPath)); // left behind

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QVERIFY(!(*db)->isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
