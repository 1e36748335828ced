#include "SnapshotFile.h"

#include "AttachmentRepository.h"
#include "Database.h"
#include "SqlQuery.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace pd {

SnapshotFile::SnapshotFile(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

SnapshotFile::~SnapshotFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SnapshotFile::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SnapshotFile>> SnapshotFile::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return makeError(Error::Code::NotFound, tr("the package's database snapshot is missing"));
    const QString name = QStringLiteral("snapshot-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SnapshotFile> file(new SnapshotFile(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return makeError(Error::Code::NotADatabase,
                             tr("database.sqlite cannot be opened: %1").arg(db.lastError().text()));
    }
    if (Status s = file->check(); !s)
        return s.error();
    return file;
}

Status SnapshotFile::check()
{
    const QSqlDatabase db = connection();
    // First of all, before the schema is even read.
    if (!SqlQuery(db, QStringLiteral("PRAGMA trusted_schema=OFF")).exec())
        return makeError(Error::Code::NotADatabase, tr("database.sqlite: trusted_schema cannot be turned off"));
    const QVariant appId = SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid())
        return makeError(Error::Code::NotADatabase, tr("database.sqlite is not a SQLite database"));
    if (appId.toUInt() != Database::ApplicationId)
        return makeError(
            Error::Code::ForeignDatabase,
            tr("database.sqlite is not a Presidency Desk database (application_id %1)").arg(appId.toUInt()));
    SqlQuery integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = integrity.exec(); !s)
        return makeError(Error::Code::NotADatabase,
                         tr("database.sqlite fails the integrity check: %1").arg(s.error().message.simplified()));
    QStringList problems;
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty()) {
        // One line: the first problem SQLite names, and how many more there are.
        QStringList lines;
        for (const QString &problem : std::as_const(problems)) {
            for (const QString &line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("***")))
                    lines.append(line.simplified());
            }
        }
        const QString first = lines.value(0, problems.first().simplified());
        return makeError(Error::Code::NotADatabase,
                         lines.size() > 1 ? tr("database.sqlite fails the integrity check: %1 (and %n more)", nullptr,
                                               int(lines.size() - 1))
                                                .arg(first)
                                          : tr("database.sqlite fails the integrity check: %1").arg(first));
    }
    SqlQuery keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys.exec())
        return makeError(Error::Code::NotADatabase, tr("database.sqlite: the foreign-key check cannot run"));
    if (keys.next())
        return makeError(Error::Code::NotADatabase,
                         tr("database.sqlite fails the foreign-key check: %1 row %2 refers to a missing %3 record")
                             .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString()));
    return {};
}

int SnapshotFile::schemaVersion() const
{
    return SqlQuery::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 SnapshotFile::lastAuditId() const
{
    return SqlQuery::scalar(connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
}

bool SnapshotFile::hasCountry(const QString &code) const
{
    return SqlQuery::scalar(connection(),
                            QStringLiteral("SELECT count(*) FROM party WHERE kind = 'country' AND code = :code"),
                            {{QStringLiteral("code"), code}})
               .toInt() > 0;
}

Result<QList<SnapshotFile::Attachment>> SnapshotFile::attachments() const
{
    QList<Attachment> list;
    SqlQuery ids(connection(), QStringLiteral("SELECT a.id, d.uid, a.version, a.file_name, a.size, a.sha256 "
                                              "FROM document_attachment a JOIN document d ON d.id = a.document_id "
                                              "ORDER BY a.id"));
    if (Status s = ids.exec(); !s)
        return s.error();
    QList<qint64> rowIds;
    while (ids.next()) {
        rowIds.append(ids.value(0).toLongLong());
        list.append({ids.value(1).toString(),
                     ids.value(2).toInt(),
                     ids.value(3).toString(),
                     ids.value(4).toLongLong(),
                     ids.value(5).toString().toLatin1(),
                     {}});
    }
    // The bytes one row at a time, so that a large package is never all in memory.
    for (qsizetype i = 0; i < list.size(); ++i) {
        SqlQuery data(connection(), QStringLiteral("SELECT data FROM document_attachment WHERE id = :id"));
        data.bind(QStringLiteral(":id"), rowIds.at(i));
        if (Status s = data.exec(); !s)
            return s.error();
        if (data.next())
            list[i].dataSha256 = AttachmentRepository::sha256Hex(data.value(0).toByteArray());
    }
    return list;
}

} // namespace pd
