#include "Repositories.h"

#include "Database.h"

namespace pd {

namespace {
const QString ConferenceKey = QStringLiteral("conference_party_uid");
}

Repositories::Repositories(Database &db)
    : m_db(db), m_parties(db), m_workingGroups(db), m_presidencies(db), m_funds(db), m_meetings(db), m_activities(db),
      m_documents(db), m_attachments(db), m_decisions(db), m_contributions(db), m_focalPoints(db)
{
}

std::optional<Party> Repositories::conference()
{
    const QString uid = m_db.meta(ConferenceKey);
    return uid.isEmpty() ? std::nullopt : m_parties.byUid(uid);
}

Status Repositories::setConference(const Party &party)
{
    return m_db.setMeta(ConferenceKey, party.uid);
}

std::optional<Presidency> Repositories::currentPresidency()
{
    const auto own = conference();
    if (!own)
        return std::nullopt;
    return m_presidencies.withStatus(own->id, PresidencyStatus::Current);
}

} // namespace pd
