#include "AttachmentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "RowHelpers.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeDatabase>
#include <QPointer>
#include <QSaveFile>

namespace pd {

namespace {
const QString Table = QStringLiteral("document_attachment");
const QString MetaColumns =
    QStringLiteral("id, uid, document_id, file_name, mime_type, size, sha256, version, added_at");
} // namespace

AttachmentRepository::AttachmentRepository(Database &db, QObject *parent) : Repository(db, Table, parent) {}

QByteArray AttachmentRepository::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Attachment AttachmentRepository::fromRow(const QVariantMap &r) const
{
    Attachment a;
    a.id = row::id(r, "id");
    a.uid = row::str(r, "uid");
    a.documentId = row::id(r, "document_id");
    a.fileName = row::str(r, "file_name");
    a.mimeType = row::str(r, "mime_type");
    a.size = row::id(r, "size");
    a.sha256 = row::str(r, "sha256").toLatin1();
    a.version = r.value(QStringLiteral("version")).toInt();
    a.addedAt = QDateTime::fromString(row::str(r, "added_at"), Qt::ISODateWithMs);
    a.data = r.value(QStringLiteral("data")).toByteArray();
    return a;
}

QJsonObject AttachmentRepository::details(const Attachment &a)
{
    return {{QStringLiteral("uid"), a.uid},
            {QStringLiteral("document_id"), a.documentId},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime_type"), a.mimeType},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("added_at"), a.addedAt.toString(Qt::ISODateWithMs)}};
}

QList<Attachment> AttachmentRepository::forDocument(qint64 documentId) const
{
    QList<Attachment> list;
    const auto rows = fetchRows(QStringLiteral("SELECT %1 FROM document_attachment WHERE document_id = :document "
                                               "ORDER BY file_name, version DESC")
                                    .arg(MetaColumns),
                                {{QStringLiteral("document"), documentId}});
    for (const QVariantMap &r : rows)
        list.append(fromRow(r));
    return list;
}

std::optional<Attachment> AttachmentRepository::byUid(const QString &uid, bool withData) const
{
    const QString columns = withData ? MetaColumns + QStringLiteral(", data") : MetaColumns;
    const auto rows = fetchRows(QStringLiteral("SELECT %1 FROM document_attachment WHERE uid = :uid").arg(columns),
                                {{QStringLiteral("uid"), uid}});
    return rows.isEmpty() ? std::nullopt : std::optional<Attachment>(fromRow(rows.first()));
}

int AttachmentRepository::nextVersion(qint64 documentId, const QString &fileName) const
{
    return SqlQuery::scalar(db(),
                            QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM document_attachment "
                                           "WHERE document_id = :document AND file_name = :name"),
                            {{QStringLiteral("document"), documentId}, {QStringLiteral("name"), fileName}})
        .toInt();
}

Status AttachmentRepository::add(Attachment &a)
{
    if (a.fileName.trimmed().isEmpty())
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("AttachmentRepository", "the file has no name"));
    Transaction tx(database());
    if (!tx.isActive())
        return tx.error();
    Attachment written = a;
    if (written.uid.isEmpty())
        written.uid = newUid();
    if (written.mimeType.isEmpty())
        written.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(written.fileName, written.data).name();
    written.size = written.data.size();
    written.sha256 = sha256Hex(written.data);
    if (written.id == 0 || !written.addedAt.isValid()) {
        written.version = nextVersion(written.documentId, written.fileName);
        written.addedAt = QDateTime::currentDateTimeUtc();
    }
    QVariantMap values{{QStringLiteral("uid"), written.uid},
                       {QStringLiteral("document_id"), written.documentId},
                       {QStringLiteral("file_name"), written.fileName},
                       {QStringLiteral("mime_type"), written.mimeType},
                       {QStringLiteral("size"), written.size},
                       {QStringLiteral("sha256"), QString::fromLatin1(written.sha256)},
                       {QStringLiteral("version"), written.version},
                       {QStringLiteral("data"), written.data},
                       {QStringLiteral("added_at"), written.addedAt.toString(Qt::ISODateWithMs)}};
    if (written.id != 0)
        values.insert(QStringLiteral("id"), written.id);
    const auto id = insertRow(Table, values);
    if (!id)
        return id.error();
    written.id = *id;
    AuditLog audit(database());
    if (Status s = audit.record(AuditLog::Action::Insert, Table, written.uid, {}, details(written)); !s)
        return s;
    QPointer<AttachmentRepository> self(this);
    database().runAfterCommit([self, uid = written.uid] {
        if (self)
            Q_EMIT self->added(uid);
    });
    if (Status s = tx.commit(); !s)
        return s;
    a = written;
    return {};
}

Status AttachmentRepository::remove(const QString &uid)
{
    Transaction tx(database());
    if (!tx.isActive())
        return tx.error();
    const auto before = byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("AttachmentRepository", "the attachment no longer exists"));
    SqlQuery q(db(), QStringLiteral("DELETE FROM document_attachment WHERE id = :id"));
    q.bind(QStringLiteral(":id"), before->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditLog audit(database());
    if (Status s = audit.record(AuditLog::Action::Delete, Table, uid, details(*before), {}); !s)
        return s;
    QPointer<AttachmentRepository> self(this);
    database().runAfterCommit([self, uid] {
        if (self)
            Q_EMIT self->removed(uid);
    });
    return tx.commit();
}

Status AttachmentRepository::saveTo(const QString &uid, const QString &path) const
{
    const auto attachment = byUid(uid, true);
    if (!attachment)
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("AttachmentRepository", "the attachment no longer exists"));
    if (sha256Hex(attachment->data) != attachment->sha256)
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("AttachmentRepository",
                                                     "the stored file is damaged (its SHA-256 does not match)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("AttachmentRepository", "cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(attachment->data) != attachment->data.size() || !file.commit())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("AttachmentRepository", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pd
