#pragma once

#include "Repository.h"
#include "domain/Document.h"

#include <optional>

namespace pd {

/*
 * The files kept with documents (table document_attachment), each with its SHA-256.
 * Not an aggregate of its own in the audit sense: each add or removal writes one audit
 * row with the file's details (never its bytes). A file added under a name the document
 * already has becomes the next version; the earlier versions stay. Signals added(uid)
 * and removed(uid) carry the attachment's uid, after commit.
 */
class AttachmentRepository : public Repository
{
    Q_OBJECT
public:
    explicit AttachmentRepository(Database &db, QObject *parent = nullptr);

    // The document's files without their bytes, by name, newest version first.
    QList<Attachment> forDocument(qint64 documentId) const;
    std::optional<Attachment> byUid(const QString &uid, bool withData = false) const;
    // The version the next file of that name on that document would get.
    int nextVersion(qint64 documentId, const QString &fileName) const;

    // Writes `attachment` (documentId, fileName and data given; mimeType guessed when
    // empty). Size, SHA-256 and the time are computed; the version is the next one unless
    // the attachment already has an id (an undone removal coming back as it was).
    Status add(Attachment &attachment);
    Status remove(const QString &uid);

    // Writes the file out (atomically, through QSaveFile) after checking that its bytes
    // still match the SHA-256 recorded when it was added.
    Status saveTo(const QString &uid, const QString &path) const;

    static QByteArray sha256Hex(const QByteArray &data);

private:
    Attachment fromRow(const QVariantMap &row) const;
    static QJsonObject details(const Attachment &attachment);
};

} // namespace pd
