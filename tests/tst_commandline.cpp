// The command line of the real presidency-desk program, run through QProcess: init,
// check and list on good databases, and every kind of bad input refused with one line
// on stderr, the right exit code and the file left byte-identical.
//
// Every run names its database with --db and gets HOME and XDG_DATA_HOME inside a
// temporary folder, so the user's own data location is never touched.

#include "ProgramRun.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;

namespace {

const QStringList &entities()
{
    static const QStringList names = {QStringLiteral("meetings"),  QStringLiteral("activities"),
                                      QStringLiteral("documents"), QStringLiteral("consultations"),
                                      QStringLiteral("decisions"), QStringLiteral("contributions"),
                                      QStringLiteral("parties")};
    return names;
}

using Run = test::ProgramRun;

// RFC 4180 records: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonObject byNumber(const QJsonArray &decisions, const QString &number)
{
    for (const QJsonValue v : decisions) {
        if (v.toObject().value(QStringLiteral("number")).toString() == number)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_shared;               // the RCM database that the read-only tests share
    QString m_rcm;                        // its path
    std::unique_ptr<QTemporaryDir> m_dir; // one per test function (and data row)
    QString m_home;                       // HOME of the program; XDG_DATA_HOME is below it
    QString m_files;                      // where each test puts its databases
    bool m_defaultLocationUsed = false;

    QString dataHome() const { return m_home + QStringLiteral("/share"); }
    QString filePath(const QString &name) const { return QDir(m_files).filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
        return env;
    }

    Run run(const QStringList &arguments) const
    {
        return test::runProgram(QStringLiteral(PD_PROGRAM), arguments, environment(), m_files);
    }

    // Runs `list ENTITY --format json` and returns the array, failing on anything else.
    QJsonArray listJson(const QString &entity, const QString &db, bool *ok) const
    {
        *ok = false;
        const Run r = run({QStringLiteral("list"), entity, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--db"), db});
        if (!r.finished || r.exitStatus != QProcess::NormalExit || r.exitCode != CommandLine::Success) {
            qWarning() << "list" << entity << "failed:" << r.exitCode << r.errText();
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            qWarning() << "list" << entity << "printed no JSON array:" << error.errorString();
            return {};
        }
        *ok = true;
        return doc.array();
    }

    static bool copyRcm(const QString &from, const QString &to)
    {
        return QFile::copy(from, to) && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    // Runs SQL on a file through a connection of the test itself, then closes it.
    static bool runSql(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("tst_commandline-") + QFileInfo(path).fileName();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning() << sql << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

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
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(PD_PROGRAM)).isExecutable());
        QVERIFY(m_shared.isValid());
        // The shared database is made by the program itself, under a throw-away home.
        m_home = m_shared.filePath(QStringLiteral("home"));
        m_files = m_shared.path();
        QVERIFY(QDir().mkpath(m_home));
        m_rcm = m_shared.filePath(QStringLiteral("rcm.sqlite"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_rcm});
        QVERIFY2(r.finished && r.exitCode == CommandLine::Success, qPrintable(r.errText()));
        QVERIFY(QFileInfo(m_rcm).size() > 0);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_home = m_dir->filePath(QStringLiteral("home"));
        m_files = m_dir->filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_files));
        m_defaultLocationUsed = false;
    }

    void cleanup()
    {
        // Nothing was written to the default data location unless the test meant it.
        if (!m_defaultLocationUsed)
            QVERIFY2(entriesOf(m_home).isEmpty(), qPrintable(entriesOf(m_home).join(QLatin1Char(' '))));
        m_dir.reset();
    }

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

    void listEveryEntityInEveryFormat_data()
    {
        QTest::addColumn<QString>("entity");
        for (const QString &entity : entities())
            QTest::newRow(qPrintable(entity)) << entity;
    }

    void listEveryEntityInEveryFormat()
    {
        QFETCH(QString, entity);

        // JSON: an array of objects, each with a uid, all different.
        const Run json = run({QStringLiteral("list"), entity, QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--db"), m_rcm});
        QVERIFY(json.finished);
        QCOMPARE(json.exitStatus, QProcess::NormalExit);
        QCOMPARE(json.exitCode, int(CommandLine::Success));
        QVERIFY2(json.err.isEmpty(), json.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QStringList uids;
        for (const QJsonValue v : rows) {
            QVERIFY(v.isObject());
            const QJsonValue uid = v.toObject().value(QStringLiteral("uid"));
            QVERIFY(uid.isString());
            QVERIFY(!uid.toString().isEmpty());
            uids.append(uid.toString());
        }
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());
        if (entity != QLatin1String("contributions")) // the profile invents no payments
            QVERIFY(!rows.isEmpty());

        // CSV: the header first with uid as first column, then one record per object.
        const Run csv = run({QStringLiteral("list"), entity, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--db"), m_rcm});
        QCOMPARE(csv.exitStatus, QProcess::NormalExit);
        QCOMPARE(csv.exitCode, int(CommandLine::Success));
        QVERIFY2(csv.err.isEmpty(), csv.err.constData());
        QVERIFY(csv.out.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(csv.outText());
        QVERIFY(!records.isEmpty());
        const QStringList &header = records.at(0);
        QCOMPARE(header.value(0), QStringLiteral("uid"));
        QCOMPARE(records.size() - 1, rows.size());
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), header.size());
            QCOMPARE(records.at(i).at(0), uids.at(i - 1)); // same records, same order
        }
        if (!rows.isEmpty()) {
            QStringList keys = rows.at(0).toObject().keys();
            QStringList columns = header;
            keys.sort();
            columns.sort();
            QCOMPARE(keys, columns);
        }

        // Table (the default format): a header line naming the columns, a rule, the rows.
        const Run table = run({QStringLiteral("list"), entity, QStringLiteral("--db"), m_rcm});
        QCOMPARE(table.exitStatus, QProcess::NormalExit);
        QCOMPARE(table.exitCode, int(CommandLine::Success));
        QVERIFY2(table.err.isEmpty(), table.err.constData());
        const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts), header);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("---")));
        QVERIFY(QString(lines.at(1)).remove(QLatin1Char(' ')).remove(QLatin1Char('-')).isEmpty());
        QCOMPARE(lines.size() - 2, rows.size());
        for (qsizetype i = 2; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(uids.at(i - 2)), qPrintable(lines.at(i)));
    }

    void listDecisionsHoldsThe2021Register()
    {
        bool ok = false;
        const QJsonArray decisions = listJson(QStringLiteral("decisions"), m_rcm, &ok);
        QVERIFY(ok);
        QCOMPARE(decisions.size(), 59);
        for (int n = 1; n <= 12; ++n) {
            const QJsonObject d = byNumber(decisions, QString::number(n));
            QVERIFY2(!d.isEmpty(), qPrintable(QString::number(n)));
            QVERIFY(d.value(QStringLiteral("parent_uid")).isNull()); // a conclusion, not a sub-item
        }
        const QJsonObject p = byNumber(decisions, QStringLiteral("7.p"));
        const QJsonObject pi = byNumber(decisions, QStringLiteral("7.p.i"));
        QVERIFY(!p.isEmpty());
        QVERIFY(!pi.isEmpty());
        QVERIFY(!p.value(QStringLiteral("uid")).toString().isEmpty());
        QCOMPARE(pi.value(QStringLiteral("parent_uid")).toString(), p.value(QStringLiteral("uid")).toString());
        QCOMPARE(p.value(QStringLiteral("parent_uid")).toString(),
                 byNumber(decisions, QStringLiteral("7")).value(QStringLiteral("uid")).toString());

        const QJsonObject e = byNumber(decisions, QStringLiteral("1.e"));
        QCOMPARE(e.value(QStringLiteral("due_date")).toString(), QStringLiteral("2022-03-31"));
        QStringList parties;
        for (const QJsonValue v : e.value(QStringLiteral("parties")).toArray())
            parties.append(v.toString());
        parties.sort();
        QCOMPARE(parties, (QStringList{QStringLiteral("BZ"), QStringLiteral("DO")}));

        // All of them belong to the RCGM meeting of 1 December 2021.
        const QJsonArray meetings = listJson(QStringLiteral("meetings"), m_rcm, &ok);
        QVERIFY(ok);
        QString rcgm;
        for (const QJsonValue v : meetings) {
            if (v.toObject().value(QStringLiteral("start_date")).toString() == QLatin1String("2021-12-01"))
                rcgm = v.toObject().value(QStringLiteral("uid")).toString();
        }
        QVERIFY(!rcgm.isEmpty());
        for (const QJsonValue v : decisions)
            QCOMPARE(v.toObject().value(QStringLiteral("meeting_uid")).toString(), rcgm);
    }

    void listConsultationsShowsMoreTimeRequested()
    {
        bool ok = false;
        const QJsonArray consultations = listJson(QStringLiteral("consultations"), m_rcm, &ok);
        QVERIFY(ok);
        QCOMPARE(consultations.size(), 11);
        QStringList moreTime;
        int pending = 0;
        for (const QJsonValue v : consultations) {
            const QJsonObject c = v.toObject();
            const QString state = c.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("more_time_requested")) {
                moreTime.append(c.value(QStringLiteral("party")).toString());
                QCOMPARE(c.value(QStringLiteral("requested_until")).toString(), QStringLiteral("2022-03-31"));
            } else {
                QCOMPARE(state, QStringLiteral("pending"));
                QVERIFY(c.value(QStringLiteral("requested_until")).isNull());
                ++pending;
            }
            QVERIFY(c.value(QStringLiteral("document")).toString().contains(QStringLiteral("Missing Persons")));
        }
        moreTime.sort();
        QCOMPARE(moreTime, (QStringList{QStringLiteral("BZ"), QStringLiteral("DO")}));
        QCOMPARE(pending, 9);
    }

    void listMeetingsIncludesTheHeldRcgm()
    {
        bool ok = false;
        const QJsonArray meetings = listJson(QStringLiteral("meetings"), m_rcm, &ok);
        QVERIFY(ok);
        int held = 0;
        for (const QJsonValue v : meetings) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("status")).toString() != QLatin1String("held"))
                continue;
            ++held;
            QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("rcgm"));
            QCOMPARE(m.value(QStringLiteral("start_date")).toString(), QStringLiteral("2021-12-01"));
            QCOMPARE(m.value(QStringLiteral("venue_city")).toString(), QStringLiteral("Mexico City"));
            QCOMPARE(m.value(QStringLiteral("host")).toString(), QStringLiteral("MX"));
            const QJsonArray participants = m.value(QStringLiteral("participants")).toArray();
            QVERIFY(participants.contains(QJsonValue(QStringLiteral("MX"))));
            QVERIFY(participants.contains(QJsonValue(QStringLiteral("SV"))));
        }
        QCOMPARE(held, 1);
    }

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
