#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pd {

/*
 * The database snapshot of a handover package, staged on disk and not trusted. open()
 * opens it read-only (QSQLITE_OPEN_READONLY), and before anything else reads it sets
 * PRAGMA trusted_schema=OFF (no function of the file's schema runs with side effects),
 * then checks the header's application_id and runs PRAGMA integrity_check and
 * foreign_key_check; only a file passing all of these is returned. It is never written.
 */
class SnapshotFile
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFile)
public:
    struct Attachment
    {
        QString documentUid;
        int version = 0;
        QString fileName;
        qint64 size = 0;
        QByteArray sha256;     // as recorded in the row
        QByteArray dataSha256; // of the bytes actually stored
    };

    ~SnapshotFile();
    SnapshotFile(const SnapshotFile &) = delete;
    SnapshotFile &operator=(const SnapshotFile &) = delete;

    static Result<std::unique_ptr<SnapshotFile>> open(const QString &path);

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The highest audit_log id: where the package's history ends.
    qint64 lastAuditId() const;
    // Every document attachment, its bytes hashed one row at a time.
    Result<QList<Attachment>> attachments() const;
    bool hasCountry(const QString &code) const;

private:
    SnapshotFile(QString path, QString connectionName);
    Status check();

    QString m_path;
    QString m_connectionName;
};

} // namespace pd
