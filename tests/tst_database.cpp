// Database: the pragmas on every connection, the header checks that refuse files
// that are not ours (leaving them byte-identical), and read-only files.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/StagingFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    return SqlQuery::scalar(db, QStringLiteral("PRAGMA ") + name);
}

// Writes a SQLite file with QtSql directly, as another program would.
void writeForeignDatabase(const QString &path, int applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QVERIFY((*db)->isNew());

        const auto extra = (*db)->openExtraConnection(QStringLiteral("reader"), true);
        QVERIFY(extra.ok());
        for (const QSqlDatabase &c : {(*db)->connection(), QSqlDatabase::database(*extra)}) {
            QCOMPARE(pragma(c, QStringLiteral("foreign_keys")).toInt(), 1);
            QCOMPARE(pragma(c, QStringLiteral("trusted_schema")).toInt(), 0);
            QVERIFY(pragma(c, QStringLiteral("busy_timeout")).toInt() >= 5000);
            QCOMPARE(pragma(c, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(pragma(c, QStringLiteral("application_id")).toUInt(), Database::ApplicationId);
            QCOMPARE(pragma(c, QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
        }
        QSqlDatabase::removeDatabase(*extra);
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void reopensWithoutMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        Database::Options options;
        options.create = true;
        QVERIFY(Database::open(path, options).ok());
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->isNew());
        QVERIFY((*again)->integrityProblems().isEmpty());
    }

    void refusesMissingFileWithoutCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotFound);
        QVERIFY(db.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Io);
    }

    void refusesTextFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the RCGM, Mexico City, 1 December 2021.\nThis is not a database.\n");
        f.close();
        const QByteArray hash = test::sha256Of(path);
        for (const bool create : {false, true}) {
            Database::Options options;
            options.create = create;
            auto db = Database::open(path, options);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::NotADatabase);
        }
        QCOMPARE(test::sha256Of(path), hash);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void refusesAnotherProgramsDatabaseUntouched_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::newRow("other application id") << 0x4d504b47;
        QTest::newRow("no application id but tables") << 0;
    }

    void refusesAnotherProgramsDatabaseUntouched()
    {
        QFETCH(int, applicationId);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        writeForeignDatabase(path, applicationId);
        const QByteArray hash = test::sha256Of(path);
        Database::Options options;
        options.create = true; // even when creating is allowed, a used file is not ours
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::ForeignDatabase);
        QVERIFY(db.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(test::sha256Of(path), hash);
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database::Options options;
            options.create = true;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            QVERIFY((*db)->executeScript(QStringLiteral("PRAGMA user_version=999")).ok());
        }
        const QByteArray hash = test::sha256Of(path);
        for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database::Options options;
            options.access = access;
            auto db = Database::open(path, options);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::TooNew);
            QVERIFY(db.error().message.contains(QStringLiteral("999")));
        }
        QCOMPARE(test::sha256Of(path), hash);
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        {
            Database::Options options;
            options.create = true;
            QVERIFY(Database::open(path, options).ok());
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray hash = test::sha256Of(path);

        auto refused = Database::open(path); // ReadWrite
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);

        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto readOnly = Database::open(path, options);
        QVERIFY(readOnly.ok());
        QVERIFY((*readOnly)->isReadOnly());
        QVERIFY(!(*readOnly)->readOnlyReason().isEmpty());
        readOnly->reset();
        QCOMPARE(test::sha256Of(path), hash);
    }

    void saveCopyIsAConsistentSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        QVERIFY((*db)->setMeta(QStringLiteral("k"), QStringLiteral("before the copy")).ok());

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file the copy replaces");
        old.close();
        QVERIFY((*db)->saveCopy(copy).ok());
        QVERIFY((*db)->setMeta(QStringLiteral("k"), QStringLiteral("after the copy")).ok());

        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        auto opened = Database::open(copy, readOnly);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE((*opened)->meta(QStringLiteral("k")), QStringLiteral("before the copy"));
        QVERIFY((*opened)->integrityProblems().isEmpty());
        // No scratch files are left in the folder.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral("presidency-desk-copy")),
                 QStringList());

        // Refusals leave the target as it was.
        QVERIFY(!(*db)->saveCopy(path).ok());
        QVERIFY(!(*db)->saveCopy(dir.filePath(QStringLiteral("no/such/folder/copy.sqlite"))).ok());
    }

    // A copy replaces a file in one rename: the file keeps its permissions, and a copy
    // that cannot be put in place (a folder there) leaves the folder and no scratch files.
    void saveCopyReplacesInOneStep()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")), options);
        QVERIFY(db.ok());
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        const auto privateFile = QFile::ReadOwner | QFile::WriteOwner;
        QVERIFY(QFile::setPermissions(copy, privateFile));
        QVERIFY((*db)->saveCopy(copy).ok());
        const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
                              QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(copy) & everyone, privateFile);
        QVERIFY(QFileInfo(copy).size() > 0);
        // Through a link, the file it names.
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(copy, link));
        QVERIFY((*db)->setMeta(QStringLiteral("k"), QStringLiteral("through the link")).ok());
        QVERIFY((*db)->saveCopy(link).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        {
            Database::Options readOnly;
            readOnly.access = Database::Access::ReadOnly;
            auto opened = Database::open(copy, readOnly);
            QVERIFY(opened.ok());
            QCOMPARE((*opened)->meta(QStringLiteral("k")), QStringLiteral("through the link"));
        }

        const QString folder = dir.filePath(QStringLiteral("a folder"));
        QVERIFY(QDir().mkpath(QDir(folder).filePath(QStringLiteral("inside"))));
        QVERIFY(!(*db)->saveCopy(folder).ok());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("inside"))));
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral("presidency-desk-copy")),
                 QStringList());
    }

    // What a copy killed halfway leaves in the folder goes at the next copy made there;
    // a copy still being made (its lock held) and folders that are not ours stay.
    void saveCopyRemovesWhatAKillLeft()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")), options);
        QVERIFY(db.ok());
        const QString prefix = QString::fromLatin1(StagingFolder::CopyPrefix);
        const QString killed =
            test::staleStagingFolder(dir.path(), prefix + QStringLiteral("k1ll3d"), QStringLiteral("copy.sqlite"));
        const QString killedEarly = test::staleStagingFolder(dir.path(), prefix + QStringLiteral("e4rly0"),
                                                             QStringLiteral("copy.sqlite-journal"));
        const QString notOurs =
            test::staleStagingFolder(dir.path(), prefix + QStringLiteral("th3s1s"), QStringLiteral("thesis.odt"));
        StagingFolder running(dir.path(), prefix);
        QVERIFY(running.isValid());

        QVERIFY((*db)->saveCopy(dir.filePath(QStringLiteral("copy.sqlite"))).ok());
        QVERIFY(!QFileInfo::exists(killed));
        QVERIFY(!QFileInfo::exists(killedEarly));
        QVERIFY(QFileInfo::exists(notOurs));
        QVERIFY(QFileInfo::exists(running.path()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("copy.sqlite"))));
    }

    void metaValues()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        QCOMPARE(db->meta(QStringLiteral("conference_party_uid")), QString());
        QVERIFY(db->setMeta(QStringLiteral("conference_party_uid"), QStringLiteral("abc")).ok());
        QVERIFY(db->setMeta(QStringLiteral("conference_party_uid"), QStringLiteral("def")).ok());
        QCOMPARE(db->meta(QStringLiteral("conference_party_uid")), QStringLiteral("def"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
