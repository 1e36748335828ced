// The command line of the real presidency-desk program, run through QProcess: every
// kind of bad input refused with one line on stderr, the right exit code and the file
// left byte-identical; the default data location; --help and --version. init and check
// are in tst_commandlineinit, list in tst_commandlinelist.
//
// Every run names its database with --db and gets HOME and XDG_DATA_HOME inside a
// temporary folder, so the user's own data location is never touched (CommandLineFixture).

#include "CommandLineFixture.h"
#include "storage/Database.h"

#include <QSet>

using namespace pd;
using namespace pd::test;

class TestCommandLine : public QObject, private CommandLineFixture
{
    Q_OBJECT
private:
    // Builds the file that a row of badInputIsRefusedCleanly names; returns its path.
    QString makeFixture(const QString &fixture)
    {
        if (fixture == QLatin1String("missing"))
            return filePath(QStringLiteral("missing.sqlite"));
        if (fixture == QLatin1String("missing-folder"))
            return filePath(QStringLiteral("no-such-folder/desk.sqlite"));
        if (fixture == QLatin1String("folder")) {
            QString path = filePath(QStringLiteral("folder.sqlite"));
            return QDir().mkpath(path) ? path : QString();
        }
        if (fixture == QLatin1String("text")) {
            QString path = filePath(QStringLiteral("notes.sqlite"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write("These are meeting notes, not a database.\nSecond line.\n");
            return path;
        }
        if (fixture == QLatin1String("foreign")) {
            QString path = filePath(QStringLiteral("other.sqlite"));
            return runSql(path, {QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"),
                                 QStringLiteral("INSERT INTO songs (title) VALUES ('Cielito lindo')"),
                                 QStringLiteral("PRAGMA application_id=1234")})
                       ? path
                       : QString();
        }
        if (fixture == QLatin1String("foreign-no-id")) {
            QString path = filePath(QStringLiteral("plain.sqlite"));
            return runSql(path, {QStringLiteral("CREATE TABLE t (x)")}) ? path : QString();
        }
        if (fixture == QLatin1String("zero-bytes")) {
            QString path = filePath(QStringLiteral("zero.sqlite"));
            QFile f(path);
            return f.open(QIODevice::WriteOnly) ? path : QString();
        }
        if (fixture == QLatin1String("read-only")) {
            QString path = filePath(QStringLiteral("read-only.sqlite"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.close();
            const bool ok = f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            return ok ? path : QString();
        }
        if (fixture == QLatin1String("rcm")) {
            QString path = filePath(QStringLiteral("desk.sqlite"));
            return copyRcm(m_rcm, path) ? path : QString();
        }
        if (fixture == QLatin1String("too-new")) {
            QString path = filePath(QStringLiteral("future.sqlite"));
            return copyRcm(m_rcm, path) && runSql(path, {QStringLiteral("PRAGMA user_version=999")}) ? path : QString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { setUpShared(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void badInputIsRefusedCleanly_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("arguments"); // "@db" stands for the fixture's path
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // a part of the one line on stderr

        const QString db = QStringLiteral("@db");
        const QStringList list = {QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"), db};
        const QStringList check = {QStringLiteral("check"), QStringLiteral("--db"), db};
        const QStringList init = {QStringLiteral("init"), QStringLiteral("--db"), db};
        const int failure = CommandLine::Failure;
        const int usage = CommandLine::UsageError;

        QTest::newRow("missing path: list") << "missing" << list << failure << "does not exist";
        QTest::newRow("missing path: check") << "missing" << check << failure << "does not exist";
        QTest::newRow("missing folder: init") << "missing-folder" << init << failure << "does not exist";
        QTest::newRow("folder: list") << "folder" << list << failure << "is a folder";
        QTest::newRow("folder: check") << "folder" << check << failure << "is a folder";
        QTest::newRow("folder: init") << "folder" << init << failure << "already exists";
        QTest::newRow("text file: list") << "text" << list << failure << "is not a SQLite database";
        QTest::newRow("text file: check") << "text" << check << failure << "is not a SQLite database";
        QTest::newRow("text file: init") << "text" << init << failure << "already exists";
        QTest::newRow("other program's SQLite: list") << "foreign" << list << failure << "of another program";
        QTest::newRow("other program's SQLite: check") << "foreign" << check << failure << "of another program";
        QTest::newRow("other program's SQLite: init") << "foreign" << init << failure << "already exists";
        QTest::newRow("SQLite without application id: list")
            << "foreign-no-id" << list << failure << "of another program";
        QTest::newRow("SQLite without application id: check")
            << "foreign-no-id" << check << failure << "of another program";
        QTest::newRow("SQLite without application id: init") << "foreign-no-id" << init << failure << "already exists";
        QTest::newRow("zero-byte file: list") << "zero-bytes" << list << failure << "is an empty file";
        QTest::newRow("zero-byte file: check") << "zero-bytes" << check << failure << "is an empty file";
        QTest::newRow("newer schema: list") << "too-new" << list << failure << "newer Presidency Desk";
        QTest::newRow("newer schema: check") << "too-new" << check << failure << "newer Presidency Desk";
        QTest::newRow("newer schema: init") << "too-new" << init << failure << "already exists";
        QTest::newRow("read-only file: init") << "read-only" << init << failure << "is read-only";
        QTest::newRow("unknown verb") << "rcm" << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--db"), db}
                                      << usage << "unknown verb \"frobnicate\"";
        QTest::newRow("list without entity") << "rcm" << QStringList{QStringLiteral("list"), QStringLiteral("--db"), db}
                                             << usage << "list needs one of: meetings";
        QTest::newRow("list with two entities") << "rcm"
                                                << QStringList{QStringLiteral("list"), QStringLiteral("meetings"),
                                                               QStringLiteral("parties"), QStringLiteral("--db"), db}
                                                << usage << "list needs one of: meetings";
        QTest::newRow("unknown entity") << "rcm"
                                        << QStringList{QStringLiteral("list"), QStringLiteral("widgets"),
                                                       QStringLiteral("--db"), db}
                                        << usage << "unknown entity \"widgets\"";
        QTest::newRow("bad format") << "rcm" << QStringList{QStringLiteral("list"),     QStringLiteral("meetings"),
                                                            QStringLiteral("--format"), QStringLiteral("xml"),
                                                            QStringLiteral("--db"),     db}
                                    << usage << "unknown format \"xml\"";
        QTest::newRow("unknown option") << "rcm"
                                        << QStringList{QStringLiteral("list"), QStringLiteral("meetings"),
                                                       QStringLiteral("--frobnicate"), QStringLiteral("--db"), db}
                                        << usage << "frobnicate";
        QTest::newRow("unknown option alone")
            << "rcm" << QStringList{QStringLiteral("--frobnicate")} << usage << "frobnicate";
        QTest::newRow("--db without a value")
            << "rcm" << QStringList{QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db")} << usage
            << "db";
    }

    void badInputIsRefusedCleanly()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        const QString path = makeFixture(fixture);
        QVERIFY(!path.isEmpty());
        for (QString &a : arguments)
            a.replace(QStringLiteral("@db"), path);
        const QString folder = QFileInfo(path).absolutePath();
        const QStringList entriesBefore = entriesOf(folder);
        const QStringList insideBefore = QFileInfo(path).isDir() ? entriesOf(path) : QStringList();
        const bool existed = QFileInfo::exists(path);
        const QByteArray hashBefore = QFileInfo(path).isFile() ? test::sha256Of(path) : QByteArray();

        const Run r = run(arguments);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), r.out.constData());

        const QStringList lines = r.errLines();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.last().startsWith(QStringLiteral("presidency-desk: ")), qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(message), qPrintable(lines.last()));
        QVERIFY2(lines.size() == 1, qPrintable(r.errText()));

        // The file is as it was, and nothing new lies next to it but SQLite's own files.
        QCOMPARE(QFileInfo::exists(path), existed);
        if (QFileInfo(path).isFile())
            QCOMPARE(test::sha256Of(path), hashBefore);
        if (QFileInfo(path).isDir())
            QCOMPARE(entriesOf(path), insideBefore);
        const QString name = QFileInfo(path).fileName();
        const QSet<QString> allowed = {name + QStringLiteral("-wal"), name + QStringLiteral("-shm")};
        for (const QString &entry : entriesOf(folder)) {
            if (!entriesBefore.contains(entry))
                QVERIFY2(allowed.contains(entry), qPrintable(entry));
        }
        for (const QString &entry : entriesBefore)
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(entry)), qPrintable(entry));
    }

    void withoutDbTheDataLocationIsUsed()
    {
        // Only under the throw-away XDG_DATA_HOME of this test.
        m_defaultLocationUsed = true;
        const QString expected = dataHome() + QStringLiteral("/presidency-desk/presidency-desk.sqlite");

        const Run missing = run({QStringLiteral("check")});
        QCOMPARE(missing.exitCode, int(CommandLine::Failure));
        QCOMPARE(missing.errText(), QStringLiteral("presidency-desk: %1 does not exist\n").arg(expected));
        QVERIFY(!QFile::exists(expected));

        const Run init = run({QStringLiteral("init"), QStringLiteral("--empty")});
        QCOMPARE(init.exitCode, int(CommandLine::Success));
        QVERIFY(QFileInfo(expected).size() > 0);
        const Run list = run(
            {QStringLiteral("list"), QStringLiteral("parties"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, int(CommandLine::Success));
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void helpMentionsTheVerbs_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void helpMentionsTheVerbs()
    {
        QFETCH(QString, option);
        const Run r = run({option});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString help = r.outText();
        for (const char *word : {"init", "--empty", "check", "list", "--format", "--db", "--version", "meetings",
                                 "activities", "documents", "consultations", "decisions", "contributions", "parties"})
            QVERIFY2(help.contains(QLatin1String(word)), word);
    }

    void helpAllIsAnswered()
    {
        // --help lists --help-all ("Displays help including Qt specific options").
        const Run r = run({QStringLiteral("--help-all")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY(r.outText().contains(QStringLiteral("--db")));
        QVERIFY(r.err.isEmpty());
    }

    void versionPrintsTheVersion_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }

    void versionPrintsTheVersion()
    {
        QFETCH(QString, option);
        const Run r = run({option});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QCOMPARE(r.outText(), QStringLiteral("presidency-desk " PD_VERSION "\n"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
