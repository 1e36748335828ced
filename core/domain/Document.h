#pragma once

#include "LocalizedText.h"

#include <QDate>
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

} // namespace pd
