#pragma once

#include "domain/Document.h"
#include "domain/Party.h"

#include <QCoreApplication>

namespace pd {

class PartyRepository;

// How the member countries stand on one document.
struct ConsultationTally
{
    int members = 0;
    int noObjection = 0;
    int moreTime = 0;
    int comments = 0;
    int objection = 0;
    int pending = 0;
};

/*
 * The conference decides by consensus: a document is approved only when every member
 * country has said "no objection". A member without a recorded reply is pending. The
 * Presidency may still record an approval without it, with a reason (an override that
 * the audit log keeps).
 */
class ConsensusRules
{
    Q_DECLARE_TR_FUNCTIONS(ConsensusRules)
public:
    // The member countries consulted on documents (parties of kind Country marked as
    // members), in the repository's order.
    static QList<Party> consultedMembers(const PartyRepository &parties);

    // The recorded reply of `partyId`, or a pending one when there is none.
    static Consultation replyOf(const Document &document, qint64 partyId);
    static bool needsConsensus(DocumentState state) { return state == DocumentState::Approved; }
    // The members whose reply is anything but "no objection".
    static QList<Party> blockingMembers(const Document &document, const QList<Party> &members);
    static ConsultationTally tally(const Document &document, const QList<Party> &members);
    // "9 of 11 no objection", with what holds up the rest: "0 of 11 no objection · 2 more
    // time · 9 pending".
    static QString summary(const ConsultationTally &tally);
    // "Belize, Dominican Republic and 9 more" style list of names.
    static QString names(const QList<Party> &parties, Language language, int max = 0);
};

} // namespace pd
