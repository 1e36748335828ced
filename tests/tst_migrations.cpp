// Migrations: a version-1 file from tests/data brought forward (its rows reach the
// search index), a broken migration rolled back whole, and a fresh file at the latest.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesVersionOneFixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("schema-v1.sqlite")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->integrityProblems().isEmpty());

        // Version 2 built the search index from the rows already there.
        SearchIndex index(**db);
        const auto hits = index.search(QStringLiteral("reintegracion"));
        QCOMPARE(hits.size(), 2); // the meeting and the activity
        QCOMPARE(index.search(QStringLiteral("Government of Mexico")).size(), 1);
        // Version 6 filled the trigram filter indexes from the same rows.
        for (const QString &table : {QStringLiteral("meeting"), QStringLiteral("activity")}) {
            const auto scalar = [&](const QString &sql) {
                return SqlQuery::scalar((*db)->connection(), sql.arg(table));
            };
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1_filter_fts")).toInt(),
                     scalar(QStringLiteral("SELECT count(*) FROM %1")).toInt());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1_filter_fts WHERE %1_filter_fts MATCH "
                                           "'\"integracion\"'"))
                         .toInt(),
                     1);
        }
        // The data itself is intact.
        QCOMPARE(SqlQuery::scalar((*db)->connection(), QStringLiteral("SELECT name_es FROM party")).toString(),
                 QStringLiteral("México"));
    }

    void brokenMigrationRollsBackWhole()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        const QStringList files = QDir(QStringLiteral(PD_MIGRATIONS_DIR)).entryList({QStringLiteral("*.sql")});
        for (const QString &name : files)
            QVERIFY(QFile::copy(QStringLiteral(PD_MIGRATIONS_DIR "/") + name, migrations + QLatin1Char('/') + name));
        const int latest = Database::latestSchemaVersion(migrations);
        QCOMPARE(latest, Database::latestSchemaVersion());

        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Database::Options options;
            options.create = true;
            options.migrationsDir = migrations;
            QVERIFY(Database::open(path, options).ok());
        }
        // The next migration creates a table, then fails half-way.
        QFile broken(migrations + QStringLiteral("/%1_broken.sql").arg(latest + 1, 4, 10, QLatin1Char('0')));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        broken.close();

        Database::Options options;
        options.migrationsDir = migrations;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QString::number(latest + 1)));

        // Nothing of it landed: still the old version, and no half-made table.
        QVERIFY(QFile::remove(broken.fileName()));
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->schemaVersion(), latest);
        QCOMPARE(SqlQuery::scalar((*reopened)->connection(),
                                  QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                     .toInt(),
                 0);
    }

    void latestVersionComesFromTheFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(Database::latestSchemaVersion(dir.path()), 0);
        QFile f(dir.filePath(QStringLiteral("0007_later.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QFile ignored(dir.filePath(QStringLiteral("notes.sql")));
        QVERIFY(ignored.open(QIODevice::WriteOnly));
        ignored.close();
        QCOMPARE(Database::latestSchemaVersion(dir.path()), 7);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
