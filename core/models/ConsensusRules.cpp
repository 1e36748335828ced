#include "ConsensusRules.h"

#include "storage/PartyRepository.h"

namespace pd {

QList<Party> ConsensusRules::consultedMembers(const PartyRepository &parties)
{
    QList<Party> members = parties.members();
    members.removeIf([](const Party &p) { return p.kind != PartyKind::Country; });
    return members;
}

Consultation ConsensusRules::replyOf(const Document &document, qint64 partyId)
{
    for (const Consultation &c : document.consultations) {
        if (c.partyId == partyId)
            return c;
    }
    Consultation pending;
    pending.partyId = partyId;
    return pending;
}

QList<Party> ConsensusRules::blockingMembers(const Document &document, const QList<Party> &members)
{
    QList<Party> blocking;
    for (const Party &member : members) {
        if (replyOf(document, member.id).state != ConsultationState::NoObjection)
            blocking.append(member);
    }
    return blocking;
}

ConsultationTally ConsensusRules::tally(const Document &document, const QList<Party> &members)
{
    ConsultationTally t;
    t.members = int(members.size());
    for (const Party &member : members) {
        switch (replyOf(document, member.id).state) {
        case ConsultationState::Pending:
            ++t.pending;
            break;
        case ConsultationState::MoreTimeRequested:
            ++t.moreTime;
            break;
        case ConsultationState::NoObjection:
            ++t.noObjection;
            break;
        case ConsultationState::Comments:
            ++t.comments;
            break;
        case ConsultationState::Objection:
            ++t.objection;
            break;
        }
    }
    return t;
}

QString ConsensusRules::summary(const ConsultationTally &t)
{
    if (t.members == 0)
        return tr("No member countries");
    QStringList parts{tr("%1 of %2 no objection").arg(t.noObjection).arg(t.members)};
    if (t.objection)
        parts.append(tr("%n objecting", nullptr, t.objection));
    if (t.comments)
        parts.append(tr("%n with comments", nullptr, t.comments));
    if (t.moreTime)
        parts.append(tr("%n more time", nullptr, t.moreTime));
    if (t.pending)
        parts.append(tr("%n pending", nullptr, t.pending));
    return parts.join(QStringLiteral(" · "));
}

QString ConsensusRules::names(const QList<Party> &parties, Language language, int max)
{
    QStringList list;
    for (const Party &p : parties) {
        if (max > 0 && list.size() == max) {
            list.append(tr("%n more", nullptr, int(parties.size()) - max));
            break;
        }
        list.append(p.name.text(language));
    }
    return list.join(QStringLiteral(", "));
}

} // namespace pd
