#pragma once

#include "Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace pd {

/*
 * Database owns the SQLite connection of one open file, the lock that keeps a second
 * Presidency Desk off it, and the after-commit queue that repositories use to emit
 * their signals only once a write has landed.
 *
 * Threading: one Database lives on the thread that opened it (the GUI thread); a
 * worker that needs its own connection asks for openExtraConnection() on that thread
 * and hands the name over. Nothing here shows UI; failures are returned as Error.
 */
class Database : public QObject
{
    Q_OBJECT
public:
    enum class Access
    {
        ReadWrite,        // take the lock or fail
        ReadOnly,         // never write, never lock
        ReadOnlyIfLocked, // take the lock, or fall back to read-only when another instance holds it
    };
    struct Options
    {
        Access access = Access::ReadWrite;
        bool create = false; // allow creating a new file (or initialising an empty one)
        QString migrationsDir = QStringLiteral(":/migrations");
        int busyTimeoutMs = 5000;
    };

    static constexpr quint32 ApplicationId = 0x5044534B; // "PDSK"

    ~Database() override;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isNew() const { return m_new; }
    // Why the database is read-only when it was opened ReadOnlyIfLocked and found locked.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    static int latestSchemaVersion(const QString &migrationsDir = QStringLiteral(":/migrations"));

    // A further connection to the same file with the same pragmas; caller removes it.
    Result<QString> openExtraConnection(const QString &readableName, bool readOnly) const;
    static Status configureConnection(QSqlDatabase &db, int busyTimeoutMs);
    static void setCacheSize(QSqlDatabase &db);

    // Runs several statements at once (migration scripts); through the SQLite handle.
    Status executeScript(const QString &sql);

    // PRAGMA integrity_check and foreign_key_check; the problems found, empty when sound.
    QStringList integrityProblems() const;
    // Where the program keeps its database when none is named.
    static QString defaultPath();

    // Writes a consistent snapshot of the database to `path`, once: VACUUM INTO a file in
    // a staging folder beside it, renamed into place. An error never leaves a half file
    // at `path`; a staging folder that a kill left there goes at the next copy.
    Status saveCopy(const QString &path) const;

    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    // Who is recorded in the audit log for changes made through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Transaction bookkeeping; see Transaction.
    int transactionDepth() const { return m_depth; }
    void runAfterCommit(std::function<void()> callback);

Q_SIGNALS:
    // Emitted after the outermost transaction commits.
    void committed();

private:
    friend class Transaction;
    explicit Database(QString path, QString connectionName);
    Status initialise(const Options &options);
    Status migrate(const QString &migrationsDir, int from);

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    bool m_new = false;
    int m_depth = 0;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace pd
