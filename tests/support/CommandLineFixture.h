#pragma once

// What the command-line tests of the real presidency-desk program share: an RCM
// database made by the program itself for the read-only tests, a throw-away HOME and
// XDG_DATA_HOME per test function (so the user's own data location is never touched),
// running the program, and reading what it printed.
//
// Header only: the program's path (PD_PROGRAM) is defined per test executable. A test
// class derives from QObject and CommandLineFixture, and calls setUpShared(), setUp()
// and tearDown() from its initTestCase(), init() and cleanup().

#include "ProgramRun.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pd::test {

inline const QStringList &entities()
{
    static const QStringList names = {QStringLiteral("meetings"),  QStringLiteral("activities"),
                                      QStringLiteral("documents"), QStringLiteral("consultations"),
                                      QStringLiteral("decisions"), QStringLiteral("contributions"),
                                      QStringLiteral("parties")};
    return names;
}

// RFC 4180 records: quoted fields may hold commas, quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &text)
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

inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

class CommandLineFixture
{
protected:
    using Run = ProgramRun;

    QTemporaryDir m_shared;               // the RCM database that the read-only tests share
    QString m_rcm;                        // its path
    std::unique_ptr<QTemporaryDir> m_dir; // one per test function (and data row)
    QString m_home;                       // HOME of the program; XDG_DATA_HOME is below it
    QString m_files;                      // where each test puts its databases
    bool m_defaultLocationUsed = false;

    QString dataHome() const { return m_home + QStringLiteral("/share"); }
    QString filePath(const QString &name) const { return QDir(m_files).filePath(name); }

    // From initTestCase(): the shared database is made by the program itself, under a
    // throw-away home.
    void setUpShared()
    {
        QVERIFY(QFileInfo(QStringLiteral(PD_PROGRAM)).isExecutable());
        QVERIFY(m_shared.isValid());
        m_home = m_shared.filePath(QStringLiteral("home"));
        m_files = m_shared.path();
        QVERIFY(QDir().mkpath(m_home));
        m_rcm = m_shared.filePath(QStringLiteral("rcm.sqlite"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_rcm});
        QVERIFY2(r.finished && r.exitCode == CommandLine::Success, qPrintable(r.errText()));
        QVERIFY(QFileInfo(m_rcm).size() > 0);
    }

    // From init().
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_home = m_dir->filePath(QStringLiteral("home"));
        m_files = m_dir->filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_files));
        m_defaultLocationUsed = false;
    }

    // From cleanup(): nothing was written to the default data location unless the test meant it.
    void tearDown()
    {
        if (!m_defaultLocationUsed)
            QVERIFY2(entriesOf(m_home).isEmpty(), qPrintable(entriesOf(m_home).join(QLatin1Char(' '))));
        m_dir.reset();
    }

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
        return runProgram(QStringLiteral(PD_PROGRAM), arguments, environment(), m_files);
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
};

} // namespace pd::test
