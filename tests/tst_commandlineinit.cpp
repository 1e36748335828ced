// The init and check verbs of the real presidency-desk program, run through QProcess:
// the RCM database and an empty one made, an existing file refused and left as it was,
// and a file that another instance holds or that is read-only.
//
// Every run names its database with --db and gets HOME and XDG_DATA_HOME inside a
// temporary folder, so the user's own data location is never touched (CommandLineFixture).

#include "CommandLineFixture.h"
#include "storage/Database.h"

#include <QLockFile>
#include <QSet>

using namespace pd;
using namespace pd::test;

class TestCommandLineInit : public QObject, private CommandLineFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpShared(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void initCreatesTheRcmDatabase()
    {
        const QString path = filePath(QStringLiteral("new.sqlite"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        const int latest = Database::latestSchemaVersion();
        QVERIFY(latest > 0);
        QCOMPARE(r.outText(), QStringLiteral("Created %1 (schema %2)\n").arg(path).arg(latest));
        QVERIFY(QFileInfo(path).size() > 0);
        // The lock is released when the program ends.
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

        {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            auto db = Database::open(path, options);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE((*db)->schemaVersion(), latest);
        }

        bool ok = false;
        const QJsonArray parties = listJson(QStringLiteral("parties"), path, &ok);
        QVERIFY(ok);
        QSet<QString> codes;
        for (const QJsonValue v : parties)
            codes.insert(v.toObject().value(QStringLiteral("code")).toString());
        for (const char *code : {"BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
    }

    void initEmptyCreatesAnEmptyDatabase()
    {
        const QString path = filePath(QStringLiteral("empty.sqlite"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), path});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY(r.outText().startsWith(QStringLiteral("Created %1").arg(path)));

        // Table: the header and its rule, no rows.
        const Run table = run({QStringLiteral("list"), QStringLiteral("parties"), QStringLiteral("--db"), path});
        QCOMPARE(table.exitCode, int(CommandLine::Success));
        const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("uid ")));
        QVERIFY(lines.at(0).contains(QStringLiteral("code")));
        QVERIFY(lines.at(1).trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).isEmpty());

        // CSV: only the header row.
        const Run csv = run({QStringLiteral("list"), QStringLiteral("parties"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--db"), path});
        QCOMPARE(csv.exitCode, int(CommandLine::Success));
        const QList<QStringList> records = parseCsv(csv.outText());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).value(0), QStringLiteral("uid"));

        // JSON: [] for every entity.
        for (const QString &entity : entities()) {
            bool ok = false;
            const QJsonArray rows = listJson(entity, path, &ok);
            QVERIFY2(ok, qPrintable(entity));
            QVERIFY2(rows.isEmpty(), qPrintable(entity));
        }
    }

    void initRefusesAnExistingFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("init") << QStringList();
        QTest::newRow("init --empty") << QStringList{QStringLiteral("--empty")};
    }

    void initRefusesAnExistingFile()
    {
        QFETCH(QStringList, options);
        const QString path = filePath(QStringLiteral("desk.sqlite"));
        QVERIFY(copyRcm(m_rcm, path));
        const QByteArray before = test::sha256Of(path);
        const QStringList entries = entriesOf(m_files);

        const Run r = run(QStringList{QStringLiteral("init")} + options + QStringList{QStringLiteral("--db"), path});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Failure));
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("presidency-desk: ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(QStringLiteral("already exists")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(path));
        QCOMPARE(test::sha256Of(path), before);
        QCOMPARE(entriesOf(m_files), entries);
    }

    void checkReportsTheSchemaVersion()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), m_rcm});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("schema version %1").arg(Database::latestSchemaVersion()));
        QCOMPARE(lines.value(1), QStringLiteral("integrity ok; foreign keys ok"));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void readVerbsWorkWhileAnotherInstanceHoldsTheLock()
    {
        const QString path = filePath(QStringLiteral("desk.sqlite"));
        QVERIFY(copyRcm(m_rcm, path));
        auto holder = Database::open(path); // ReadWrite: takes the lock
        QVERIFY2(holder.ok(), qPrintable(holder.ok() ? QString() : holder.error().message));
        QVERIFY(!(*holder)->isReadOnly());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

        bool ok = false;
        const QJsonArray decisions = listJson(QStringLiteral("decisions"), path, &ok);
        QVERIFY(ok);
        QCOMPARE(decisions.size(), 59);

        const Run check = run({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(check.exitStatus, QProcess::NormalExit);
        QCOMPARE(check.exitCode, int(CommandLine::Success));
        QVERIFY2(check.err.isEmpty(), check.err.constData());

        // The readers left the holder's lock alone, and the holder can still write.
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY((*holder)->setMeta(QStringLiteral("tst_commandline"), QStringLiteral("still writable")).ok());
    }

    void initRefusesAFileLockedByAnotherInstance()
    {
        // A zero-byte file may be set up by init, but not while another instance holds it.
        const QString path = filePath(QStringLiteral("zero.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const QByteArray before = test::sha256Of(path);

        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Failure));
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("presidency-desk: ")));
        QVERIFY2(lines.at(0).contains(QStringLiteral("another Presidency Desk")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(test::sha256Of(path), before);
        QVERIFY(QFileInfo(path).size() == 0);
        QCOMPARE(entriesOf(m_files), (QStringList{QStringLiteral("zero.sqlite"), QStringLiteral("zero.sqlite.lock")}));
    }

    void readVerbsWorkOnAReadOnlyFile()
    {
        const QString path = filePath(QStringLiteral("archive.sqlite"));
        QVERIFY(copyRcm(m_rcm, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = test::sha256Of(path);
        bool ok = false;
        QCOMPARE(listJson(QStringLiteral("consultations"), path, &ok).size(), 11);
        QVERIFY(ok);
        const Run check = run({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(check.exitCode, int(CommandLine::Success));
        QCOMPARE(test::sha256Of(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineInit)
#include "tst_commandlineinit.moc"
