#include "Enums.h"

namespace pd {

#define PD_DEFINE_ENUM(E, ...)                                                                                         \
    template <>                                                                                                        \
    std::pair<const EnumEntry<E> *, std::size_t> enumEntries<E>()                                                      \
    {                                                                                                                  \
        static const EnumEntry<E> entries[] = {__VA_ARGS__};                                                           \
        return {entries, sizeof(entries) / sizeof(entries[0])};                                                        \
    }

using L = Language;
PD_DEFINE_ENUM(Language, {L::English, "en", QT_TRANSLATE_NOOP("Enum", "English")},
               {L::Spanish, "es", QT_TRANSLATE_NOOP("Enum", "Spanish")})

using PK = PartyKind;
PD_DEFINE_ENUM(PartyKind, {PK::Country, "country", QT_TRANSLATE_NOOP("Enum", "Country")},
               {PK::InternationalOrganization, "international_organization",
                QT_TRANSLATE_NOOP("Enum", "International organization")},
               {PK::CivilSociety, "civil_society", QT_TRANSLATE_NOOP("Enum", "Civil society")},
               {PK::Secretariat, "secretariat", QT_TRANSLATE_NOOP("Enum", "Secretariat")},
               {PK::Conference, "conference", QT_TRANSLATE_NOOP("Enum", "Conference")},
               {PK::Academic, "academic", QT_TRANSLATE_NOOP("Enum", "Academic institution")},
               {PK::Framework, "framework", QT_TRANSLATE_NOOP("Enum", "Regional framework")})

using PS = PresidencyStatus;
PD_DEFINE_ENUM(PresidencyStatus, {PS::Past, "past", QT_TRANSLATE_NOOP("Enum", "Past")},
               {PS::Current, "current", QT_TRANSLATE_NOOP("Enum", "Current")},
               {PS::Incoming, "incoming", QT_TRANSLATE_NOOP("Enum", "Incoming")})

using MK = MeetingKind;
PD_DEFINE_ENUM(MeetingKind, {MK::Rcgm, "rcgm", QT_TRANSLATE_NOOP("Enum", "Regional Consultation Group")},
               {MK::ViceMinisterial, "vice_ministerial", QT_TRANSLATE_NOOP("Enum", "Vice-Ministerial meeting")},
               {MK::JointPlenary, "joint_plenary", QT_TRANSLATE_NOOP("Enum", "Joint plenary")},
               {MK::Workshop, "workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")},
               {MK::Course, "course", QT_TRANSLATE_NOOP("Enum", "Course")},
               {MK::Congress, "congress", QT_TRANSLATE_NOOP("Enum", "Congress")},
               {MK::TechnicalExchange, "technical_exchange", QT_TRANSLATE_NOOP("Enum", "Technical exchange")},
               {MK::Bilateral, "bilateral", QT_TRANSLATE_NOOP("Enum", "Bilateral or trilateral meeting")},
               {MK::Forum, "forum", QT_TRANSLATE_NOOP("Enum", "Forum")},
               {MK::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})

using MS = MeetingStatus;
PD_DEFINE_ENUM(MeetingStatus, {MS::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
               {MS::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Enum", "Confirmed")},
               {MS::Held, "held", QT_TRANSLATE_NOOP("Enum", "Held")},
               {MS::Postponed, "postponed", QT_TRANSLATE_NOOP("Enum", "Postponed")},
               {MS::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")})

using MM = MeetingMode;
PD_DEFINE_ENUM(MeetingMode, {MM::Unspecified, "", QT_TRANSLATE_NOOP("Enum", "Not specified")},
               {MM::InPerson, "in_person", QT_TRANSLATE_NOOP("Enum", "In person")},
               {MM::Virtual, "virtual", QT_TRANSLATE_NOOP("Enum", "Virtual")},
               {MM::Hybrid, "hybrid", QT_TRANSLATE_NOOP("Enum", "Hybrid")})

using PR = ParticipantRole;
PD_DEFINE_ENUM(ParticipantRole, {PR::Presidency, "presidency", QT_TRANSLATE_NOOP("Enum", "Presidency Pro-Tempore")},
               {PR::IncomingPresidency, "incoming_presidency", QT_TRANSLATE_NOOP("Enum", "Incoming presidency")},
               {PR::Member, "member", QT_TRANSLATE_NOOP("Enum", "Member")},
               {PR::Observer, "observer", QT_TRANSLATE_NOOP("Enum", "Observer")},
               {PR::Secretariat, "secretariat", QT_TRANSLATE_NOOP("Enum", "Secretariat")},
               {PR::Guest, "guest", QT_TRANSLATE_NOOP("Enum", "Guest")})

using AK = ActivityKind;
PD_DEFINE_ENUM(ActivityKind, {AK::Workshop, "workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")},
               {AK::Course, "course", QT_TRANSLATE_NOOP("Enum", "Course")},
               {AK::Campaign, "campaign", QT_TRANSLATE_NOOP("Enum", "Campaign")},
               {AK::Congress, "congress", QT_TRANSLATE_NOOP("Enum", "Congress")},
               {AK::TechnicalExchange, "technical_exchange", QT_TRANSLATE_NOOP("Enum", "Technical exchange")},
               {AK::Meeting, "meeting", QT_TRANSLATE_NOOP("Enum", "Meeting")},
               {AK::Framework, "framework", QT_TRANSLATE_NOOP("Enum", "Framework")},
               {AK::Plan, "plan", QT_TRANSLATE_NOOP("Enum", "Plan")},
               {AK::Strategy, "strategy", QT_TRANSLATE_NOOP("Enum", "Strategy")},
               {AK::Mechanism, "mechanism", QT_TRANSLATE_NOOP("Enum", "Mechanism")},
               {AK::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Enum", "Follow-up")},
               {AK::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})

using AS = ActivityStatus;
PD_DEFINE_ENUM(ActivityStatus, {AS::Proposed, "proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")},
               {AS::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
               {AS::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enum", "In progress")},
               {AS::Completed, "completed", QT_TRANSLATE_NOOP("Enum", "Completed")},
               {AS::Postponed, "postponed", QT_TRANSLATE_NOOP("Enum", "Postponed")},
               {AS::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")})

using DK = DocumentKind;
PD_DEFINE_ENUM(DocumentKind, {DK::Guidelines, "guidelines", QT_TRANSLATE_NOOP("Enum", "Guidelines")},
               {DK::Guide, "guide", QT_TRANSLATE_NOOP("Enum", "Guide")},
               {DK::Budget, "budget", QT_TRANSLATE_NOOP("Enum", "Budget")},
               {DK::Report, "report", QT_TRANSLATE_NOOP("Enum", "Report")},
               {DK::Plan, "plan", QT_TRANSLATE_NOOP("Enum", "Plan")},
               {DK::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})

using DS = DocumentState;
PD_DEFINE_ENUM(DocumentState, {DS::Draft, "draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
               {DS::UnderConsultation, "under_consultation", QT_TRANSLATE_NOOP("Enum", "Under consultation")},
               {DS::Recommended, "recommended", QT_TRANSLATE_NOOP("Enum", "Recommended for approval")},
               {DS::Approved, "approved", QT_TRANSLATE_NOOP("Enum", "Approved")},
               {DS::Deferred, "deferred", QT_TRANSLATE_NOOP("Enum", "Deferred")},
               {DS::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")})

using CS = ConsultationState;
PD_DEFINE_ENUM(ConsultationState, {CS::Pending, "pending", QT_TRANSLATE_NOOP("Enum", "Pending")},
               {CS::MoreTimeRequested, "more_time_requested", QT_TRANSLATE_NOOP("Enum", "More time requested")},
               {CS::NoObjection, "no_objection", QT_TRANSLATE_NOOP("Enum", "No objection")},
               {CS::Comments, "comments", QT_TRANSLATE_NOOP("Enum", "Comments")},
               {CS::Objection, "objection", QT_TRANSLATE_NOOP("Enum", "Objection")})

using DV = DecisionVerb;
PD_DEFINE_ENUM(DecisionVerb, {DV::Approve, "approve", QT_TRANSLATE_NOOP("Enum", "Approve")},
               {DV::Thank, "thank", QT_TRANSLATE_NOOP("Enum", "Thank")},
               {DV::Urge, "urge", QT_TRANSLATE_NOOP("Enum", "Urge")},
               {DV::TakeNote, "take_note", QT_TRANSLATE_NOOP("Enum", "Take note")},
               {DV::Recommend, "recommend", QT_TRANSLATE_NOOP("Enum", "Recommend")},
               {DV::Accept, "accept", QT_TRANSLATE_NOOP("Enum", "Accept")},
               {DV::Encourage, "encourage", QT_TRANSLATE_NOOP("Enum", "Encourage")},
               {DV::Congratulate, "congratulate", QT_TRANSLATE_NOOP("Enum", "Congratulate")},
               {DV::Welcome, "welcome", QT_TRANSLATE_NOOP("Enum", "Welcome")},
               {DV::Recognize, "recognize", QT_TRANSLATE_NOOP("Enum", "Recognize")},
               {DV::CallFor, "call_for", QT_TRANSLATE_NOOP("Enum", "Call for")},
               {DV::Initiate, "initiate", QT_TRANSLATE_NOOP("Enum", "Initiate")},
               {DV::Update, "update", QT_TRANSLATE_NOOP("Enum", "Update")},
               {DV::Request, "request", QT_TRANSLATE_NOOP("Enum", "Request")},
               {DV::Invite, "invite", QT_TRANSLATE_NOOP("Enum", "Invite")},
               {DV::Reiterate, "reiterate", QT_TRANSLATE_NOOP("Enum", "Reiterate")},
               {DV::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")})

using DSt = DecisionStatus;
PD_DEFINE_ENUM(DecisionStatus, {DSt::NoFollowUp, "no_follow_up", QT_TRANSLATE_NOOP("Enum", "No follow-up needed")},
               {DSt::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open")},
               {DSt::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enum", "In progress")},
               {DSt::Done, "done", QT_TRANSLATE_NOOP("Enum", "Done")},
               {DSt::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")})

#undef PD_DEFINE_ENUM

} // namespace pd
