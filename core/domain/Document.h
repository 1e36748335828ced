#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace pd {

// One member country's answer on a document under consultation.
struct Consultation
{
    qint64 id = 0;
    QString uid;
    qint64 partyId = 0;
    ConsultationState state = ConsultationState::Pending;
    QDate requestedUntil; // the new date when more time was requested
    QDate repliedOn;
    QString note;
    QString message; // the text of the reply, when it came with one
};

struct Document
{
    qint64 id = 0;
    QString uid;
    QString code;
    LocalizedText title;
    LocalizedText description;
    DocumentKind kind = DocumentKind::Other;
    DocumentState state = DocumentState::Draft;
    qint64 workingGroupId = 0;
    QDate reviewDeadline;
    qint64 decisionId = 0;
    QList<Consultation> consultations;
};

// A file kept with a document. Adding a file under a name it already has makes a new
// version; the older ones stay. `data` is filled only when asked for.
struct Attachment
{
    qint64 id = 0;
    QString uid;
    qint64 documentId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; // lower-case hex
    int version = 1;
    QDateTime addedAt;
    QByteArray data;
};

} // namespace pd
