#include "Database.h"

#include "SqlQuery.h"
#include "StagingFolder.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <sqlite3.h>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDatabase, "pd.storage.database")

namespace pd {

namespace {

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

struct MigrationFile
{
    int version;
    QString path;
};

QList<MigrationFile> migrationFiles(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<MigrationFile> files;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.append({match.captured(1).toInt(), QDir(dir).filePath(name)});
    }
    return files;
}

// Write permission as the file's mode says, so that a file marked read-only is
// treated as such even for root (whom access(2) lets write anything).
bool isMarkedWritable(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// Puts a file's data on the disk before it is renamed into place, as QSaveFile does.
Status syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || ::fsync(file.handle()) != 0)
        return makeError(Error::Code::Io, Database::tr("cannot write %1").arg(path));
#else
    Q_UNUSED(path);
#endif
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_actor(defaultActor())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString connectionName = QStringLiteral("pd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, connectionName));
    const Status status = database->initialise(options);
    if (!status)
        return status.error();
    return database;
}

Status Database::initialise(const Options &options)
{
    const bool inMemory = m_path == QLatin1String(":memory:");
    bool readOnly = options.access == Access::ReadOnly;

    if (!inMemory) {
        const QFileInfo info(m_path);
        if (info.exists()) {
            if (info.isDir())
                return makeError(Error::Code::Io, tr("%1 is a folder, not a database file").arg(m_path));
            if (!info.isReadable())
                return makeError(Error::Code::Io, tr("%1 cannot be read").arg(m_path));
            if (!readOnly && !isMarkedWritable(info)) {
                if (options.access == Access::ReadWrite)
                    return makeError(Error::Code::ReadOnly, tr("%1 is read-only").arg(m_path));
                readOnly = true;
                m_readOnlyReason = tr("The file is read-only.");
            }
        } else if (!options.create) {
            return makeError(Error::Code::NotFound, tr("%1 does not exist").arg(m_path));
        } else if (!QFileInfo(info.absolutePath()).isDir()) {
            return makeError(Error::Code::NotFound, tr("the folder of %1 does not exist").arg(m_path));
        }

        if (!readOnly) {
            m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
            // Only a dead holder makes a lock stale, however old it is.
            m_lock->setStaleLockTime(0);
            if (!m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, app;
                m_lock->getLockInfo(&pid, &host, &app);
                const QString holder =
                    m_lock->error() == QLockFile::LockFailedError
                        ? tr("%1 is open in another Presidency Desk (process %2 on %3)").arg(m_path).arg(pid).arg(host)
                        : tr("cannot create the lock file next to %1").arg(m_path);
                m_lock.reset();
                if (options.access != Access::ReadOnlyIfLocked)
                    return makeError(Error::Code::Locked, holder);
                readOnly = true;
                m_readOnlyReason = holder;
            }
        }
    }
    m_readOnly = readOnly;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return makeError(Error::Code::Io, tr("%1 cannot be opened: %2").arg(m_path, db.lastError().text()));
    if (Status s = configureConnection(db, options.busyTimeoutMs); !s)
        return s;

    // Read the header fields before anything writes: a file that is not SQLite fails
    // here, and nothing has touched it.
    const QVariant appIdValue = SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appIdValue.isValid())
        return makeError(Error::Code::NotADatabase, tr("%1 is not a SQLite database").arg(m_path));
    const quint32 appId = appIdValue.toUInt();
    setCacheSize(db);
    const int version = schemaVersion();
    const int latest = latestSchemaVersion(options.migrationsDir);
    const int objects = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();

    if (appId != ApplicationId) {
        if (appId != 0 || version != 0 || objects != 0)
            return makeError(Error::Code::ForeignDatabase,
                             tr("%1 is a SQLite database of another program").arg(m_path));
        if (!options.create)
            return makeError(Error::Code::ForeignDatabase,
                             tr("%1 is an empty file, not a Presidency Desk database").arg(m_path));
        if (readOnly)
            return makeError(Error::Code::ReadOnly, tr("%1 is read-only and cannot be set up").arg(m_path));
        m_new = true;
    }
    if (version > latest)
        return makeError(Error::Code::TooNew, tr("%1 was written by a newer Presidency Desk (schema %2; this "
                                                 "program knows up to %3)")
                                                  .arg(m_path)
                                                  .arg(version)
                                                  .arg(latest));
    if (readOnly) {
        if (version < latest)
            return makeError(Error::Code::ReadOnly,
                             tr("%1 needs an upgrade to schema %2 but is open read-only").arg(m_path).arg(latest));
        return {};
    }

    if (!inMemory) {
        SqlQuery wal(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!wal.exec() || !wal.next() || wal.value(0).toString() != QLatin1String("wal"))
            return makeError(Error::Code::Io, tr("%1: cannot switch to write-ahead logging").arg(m_path));
    }
    if (m_new) {
        SqlQuery setId(db, QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
        if (Status s = setId.exec(); !s)
            return s;
    }
    return migrate(options.migrationsDir, version);
}

void Database::setCacheSize(QSqlDatabase &db)
{
    // SQLite's default 2 MB page cache makes every filter step over a large database
    // re-read its index pages from the OS; 32 MB holds the filter indexes of 100,000
    // activities. Pages are only taken as they are read. (It reads the schema, so it
    // comes after the header check: a text file must be named as such.)
    if (Status s = SqlQuery(db, QStringLiteral("PRAGMA cache_size=-32768")).exec(); !s)
        qCWarning(lcDatabase) << "cache size not set:" << s.error().message; // slower, not wrong
}

Status Database::configureConnection(QSqlDatabase &db, int busyTimeoutMs)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA trusted_schema=OFF"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        SqlQuery q(db, pragma);
        if (Status s = q.exec(); !s)
            return makeError(Error::Code::NotADatabase, s.error().message);
    }
    return {};
}

Status Database::migrate(const QString &migrationsDir, int from)
{
    for (const MigrationFile &file : migrationFiles(migrationsDir)) {
        if (file.version <= from)
            continue;
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io, tr("cannot read migration %1").arg(file.path));
        const QString script = QString::fromUtf8(f.readAll());

        Transaction tx(*this);
        if (!tx.isActive())
            return tx.error();
        if (Status s = executeScript(script); !s)
            return makeError(Error::Code::Failed,
                             tr("migration to schema %1 failed: %2").arg(file.version).arg(s.error().message));
        if (Status s = executeScript(QStringLiteral("PRAGMA user_version=%1").arg(file.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << file.version;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SqlQuery::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

int Database::latestSchemaVersion(const QString &migrationsDir)
{
    const auto files = migrationFiles(migrationsDir);
    return files.isEmpty() ? 0 : files.last().version;
}

Result<QString> Database::openExtraConnection(const QString &readableName, bool readOnly) const
{
    const QString name = m_connectionName + QLatin1Char('-') + readableName;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (readOnly || m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(Error::Code::Io, tr("%1 cannot be opened: %2").arg(m_path, message));
    }
    if (Status s = configureConnection(db, 5000); !s)
        return s.error();
    return name;
}

Status Database::executeScript(const QString &sql)
{
    sqlite3 *handle = nativeHandle(connection());
    if (!handle)
        return makeError(Error::Code::Failed, tr("no SQLite handle"));
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        qCWarning(lcDatabase) << "script failed:" << text;
        return makeError(rc == SQLITE_BUSY ? Error::Code::Busy : Error::Code::Failed, text);
    }
    return {};
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    SqlQuery integrity(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity.exec())
        return {tr("the integrity check could not run")};
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    SqlQuery keys(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys.exec())
        return problems << tr("the foreign-key check could not run");
    while (keys.next())
        problems.append(tr("%1 row %2 refers to a missing %3 record")
                            .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString()));
    return problems;
}

QString Database::defaultPath()
{
    // Named outright rather than through AppDataLocation, whose path depends on the
    // organization and application names the process happens to have set.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/presidency-desk/presidency-desk.sqlite");
}

Status Database::saveCopy(const QString &path) const
{
    // Through a link, the file it names is replaced (as QSaveFile does), not the link.
    const QFileInfo target(QFileInfo(path).isSymLink() ? QFileInfo(path).symLinkTarget() : path);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return makeError(Error::Code::Invalid, tr("a copy cannot replace the open database itself"));
    // The snapshot is written once, in a locked staging folder beside the target (so on
    // the same file system), and renamed over it whole, as QSaveFile would: the target
    // is the old file or the new one, never half of one. A kill leaves the folder; the
    // next copy made in the same folder removes it (StagingFolder).
    StagingFolder staging(target.absolutePath(), QString::fromLatin1(StagingFolder::CopyPrefix));
    if (!staging.isValid())
        return makeError(Error::Code::Io, tr("cannot write in the folder of %1").arg(path));
    const QString snapshot = staging.filePath(QString::fromLatin1(StagingFolder::CopyName));
    SqlQuery vacuum(connection(), QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), snapshot);
    if (Status s = vacuum.exec(); !s)
        return s;
    if (target.exists()) // a file replaced keeps its permissions
        QFile::setPermissions(snapshot, QFile::permissions(target.absoluteFilePath()));
    if (Status s = syncToDisk(snapshot); !s)
        return s;
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(snapshot.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), error);
    if (error)
        return makeError(Error::Code::Io,
                         tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(error.message().c_str())));
    return {};
}

QString Database::meta(const QString &key) const
{
    return SqlQuery::scalar(connection(), QStringLiteral("SELECT value FROM meta WHERE key = :key"),
                            {{QStringLiteral("key"), key}})
        .toString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.error();
    SqlQuery q(connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    if (Status s = q.exec(); !s)
        return s;
    return tx.commit();
}

void Database::runAfterCommit(std::function<void()> callback)
{
    if (m_depth == 0) {
        callback();
        return;
    }
    m_afterCommit.push_back(std::move(callback));
}

} // namespace pd
