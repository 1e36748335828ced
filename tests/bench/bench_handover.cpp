// Benchmark of the handover package on the large generated database: the export
// (snapshot, CSVs, calendar, briefing, zip) and the import into a new file (every check,
// then the database built), each against a baseline measured in the same run: the
// sqlite3 shell's `.backup` of the same database plus `zip` of that copy. The target is
// within 2x of the baseline; the figures are reported (QTest::setBenchmarkResult), not
// asserted. Then the round trip is checked: every table of the imported database equal,
// by uid, to the source's (the presidency table aside: the incoming one becomes current).
// PD_BENCH_SCALE=0.01 makes the small database CTest uses as a smoke run. For the figures,
// in a Release build (the export of the full database outlasts QtTest's 5-minute watchdog):
//   QTEST_FUNCTION_TIMEOUT=3600000 build-rel/tests/bench_handover

#include "HandoverPackages.h"
#include "LargeDatabase.h"
#include "exchange/HandoverBriefing.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverImport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

double scale()
{
    bool ok = false;
    const double s = qEnvironmentVariable("PD_BENCH_SCALE").toDouble(&ok);
    return ok && s > 0 ? s : 1.0;
}

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString megabytes(const QString &path)
{
    return QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

class BenchHandover : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_source;

    // The large database opened read-only, and El Salvador, the incoming presidency.
    struct Source
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<Repositories> repos;
        std::optional<Party> to; // nothing if the database does not open
    };
    Source openSource() const
    {
        Source source;
        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        if (auto db = Database::open(m_source, options)) {
            source.db = std::move(*db);
            source.repos = std::make_unique<Repositories>(*source.db);
            source.to = HandoverExport::findCountry(*source.repos, QStringLiteral("SV"));
        }
        return source;
    }
    QString m_package;
    QString m_imported;
    qint64 m_baselineMs = 0;
    qint64 m_exportMs = 0;
    qint64 m_importMs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = bench::largeDatabasePath(scale());
        QVERIFY(!m_source.isEmpty());
        m_package = path(QStringLiteral("package.zip"));
        m_imported = path(QStringLiteral("imported.sqlite"));
    }

    // sqlite3 .backup, then zip of the copy (zip's default level, as the package's).
    void baselineBackupAndZip()
    {
        const QString copy = path(QStringLiteral("backup.sqlite"));
        const QString zip = path(QStringLiteral("backup.zip"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runTool(QStringLiteral("sqlite3"), {m_source, QStringLiteral(".backup '%1'").arg(copy)}));
        QVERIFY(runTool(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-j"), zip, copy}));
        m_baselineMs = timer.elapsed();
        QTest::setBenchmarkResult(qreal(m_baselineMs), QTest::WalltimeMilliseconds);
        qInfo("baseline: %s database, %s zip", qPrintable(megabytes(copy)), qPrintable(megabytes(zip)));
        QFile::remove(copy);
        QFile::remove(zip);
    }

    void exportPackage()
    {
        const Source source = openSource();
        QVERIFY(source.to);
        QFile::remove(m_package);
        QElapsedTimer timer;
        timer.start();
        const auto manifest = HandoverExport::write(*source.db, *source.to, m_package, HandoverOptions());
        m_exportMs = timer.elapsed();
        QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message));
        QTest::setBenchmarkResult(qreal(m_exportMs), QTest::WalltimeMilliseconds);
        qInfo("package: %s", qPrintable(megabytes(m_package)));
    }

    // briefing.pdf alone: a summary with bounded lists, whatever the size of the database.
    void briefing()
    {
        const Source source = openSource();
        QVERIFY(source.to);
        QElapsedTimer timer;
        timer.start();
        ReportOptions report;
        report.languages = ReportLanguages::Both;
        const auto pdf = HandoverBriefing::pdf(*source.repos, &*source.to, report);
        const qint64 ms = timer.elapsed();
        QVERIFY(pdf);
        QTest::setBenchmarkResult(qreal(ms), QTest::WalltimeMilliseconds);
        qInfo("briefing: %lld kB", qlonglong(pdf->size() / 1024));
        if (const QString keep = qEnvironmentVariable("PD_BENCH_KEEP_BRIEFING"); !keep.isEmpty()) {
            QFile file(keep);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*pdf);
        }
    }

    void importNew()
    {
        QVERIFY(QFileInfo::exists(m_package));
        QFile::remove(m_imported);
        QElapsedTimer timer;
        timer.start();
        {
            HandoverImport import;
            const Status verified = import.verify(m_package);
            QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
            const auto report = import.newDatabase(m_imported);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        }
        m_importMs = timer.elapsed();
        QTest::setBenchmarkResult(qreal(m_importMs), QTest::WalltimeMilliseconds);
    }

    void ratios()
    {
        QVERIFY(m_baselineMs > 0);
        qInfo("export %lld ms = %.2fx and import --new %lld ms = %.2fx the baseline (%lld ms); target 2x",
              qlonglong(m_exportMs), double(m_exportMs) / double(m_baselineMs), qlonglong(m_importMs),
              double(m_importMs) / double(m_baselineMs), qlonglong(m_baselineMs));
    }

    // The round trip, table by table (one in memory at a time): equal by uid.
    void roundTripIsEqual()
    {
        QVERIFY(QFileInfo::exists(m_imported));
        QStringList tables;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
            db.setDatabaseName(m_source);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), db);
            while (list.next())
                tables.append(list.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tables"));
        QVERIFY(tables.contains(QStringLiteral("meeting")));
        tables.removeAll(QStringLiteral("presidency"));
        for (const QString &table : std::as_const(tables)) {
            QStringList others = tables;
            others.removeAll(table);
            others.append(QStringLiteral("presidency"));
            const test::Contents before = test::contents(m_source, others);
            const test::Contents after = test::contents(m_imported, others);
            QVERIFY2(before.value(table).size() == after.value(table).size(), qPrintable(table));
            QVERIFY2(before == after, qPrintable(table));
        }
    }
};

QTEST_MAIN(BenchHandover)
#include "bench_handover.moc"
