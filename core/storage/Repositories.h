#pragma once

#include "ActivityRepository.h"
#include "AttachmentRepository.h"
#include "ContributionRepository.h"
#include "DecisionRepository.h"
#include "DocumentRepository.h"
#include "FocalPointRepository.h"
#include "FundRepository.h"
#include "MeetingRepository.h"
#include "PartyRepository.h"
#include "PresidencyRepository.h"
#include "WorkingGroupRepository.h"

namespace pd {

class Database;

// One of each repository over one open Database; what the models, commands and
// exchange code are handed. It does not own the Database.
class Repositories
{
public:
    explicit Repositories(Database &db);

    Database &database() const { return m_db; }
    PartyRepository &parties() { return m_parties; }
    WorkingGroupRepository &workingGroups() { return m_workingGroups; }
    PresidencyRepository &presidencies() { return m_presidencies; }
    FundRepository &funds() { return m_funds; }
    MeetingRepository &meetings() { return m_meetings; }
    ActivityRepository &activities() { return m_activities; }
    DocumentRepository &documents() { return m_documents; }
    AttachmentRepository &attachments() { return m_attachments; }
    DecisionRepository &decisions() { return m_decisions; }
    ContributionRepository &contributions() { return m_contributions; }
    FocalPointRepository &focalPoints() { return m_focalPoints; }

    // The conference this database serves (the profile's own conference party).
    std::optional<Party> conference();
    Status setConference(const Party &party);
    std::optional<Presidency> currentPresidency();

private:
    Database &m_db;
    PartyRepository m_parties;
    WorkingGroupRepository m_workingGroups;
    PresidencyRepository m_presidencies;
    FundRepository m_funds;
    MeetingRepository m_meetings;
    ActivityRepository m_activities;
    DocumentRepository m_documents;
    AttachmentRepository m_attachments;
    DecisionRepository m_decisions;
    ContributionRepository m_contributions;
    FocalPointRepository m_focalPoints;
};

} // namespace pd
