#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

// The closed vocabularies of the data model. Each value has a stable key (what the
// database, CSV, JSON and the command line use; never translated) and a label for
// people (translated through the "Enum" context).
namespace pd {

enum class Language
{
    English,
    Spanish
};

enum class PartyKind
{
    Country,
    InternationalOrganization,
    CivilSociety,
    Secretariat,
    Conference,
    Academic,
    Framework
};
enum class PresidencyStatus
{
    Past,
    Current,
    Incoming
};
enum class MeetingKind
{
    Rcgm,
    ViceMinisterial,
    JointPlenary,
    Workshop,
    Course,
    Congress,
    TechnicalExchange,
    Bilateral,
    Forum,
    Other
};
enum class MeetingStatus
{
    Planned,
    Confirmed,
    Held,
    Postponed,
    Cancelled
};
enum class MeetingMode
{
    Unspecified,
    InPerson,
    Virtual,
    Hybrid
};
enum class ParticipantRole
{
    Presidency,
    IncomingPresidency,
    Member,
    Observer,
    Secretariat,
    Guest
};
enum class ActivityKind
{
    Workshop,
    Course,
    Campaign,
    Congress,
    TechnicalExchange,
    Meeting,
    Framework,
    Plan,
    Strategy,
    Mechanism,
    FollowUp,
    Other
};
enum class ActivityStatus
{
    Proposed,
    Planned,
    InProgress,
    Completed,
    Postponed,
    Cancelled
};
enum class DocumentKind
{
    Guidelines,
    Guide,
    Budget,
    Report,
    Plan,
    Other
};
enum class DocumentState
{
    Draft,
    UnderConsultation,
    Recommended,
    Approved,
    Deferred,
    Withdrawn
};
enum class ConsultationState
{
    Pending,
    MoreTimeRequested,
    NoObjection,
    Comments,
    Objection
};
enum class DecisionVerb
{
    Approve,
    Thank,
    Urge,
    TakeNote,
    Recommend,
    Accept,
    Encourage,
    Congratulate,
    Welcome,
    Recognize,
    CallFor,
    Initiate,
    Update,
    Request,
    Invite,
    Reiterate,
    Other
};
enum class DecisionStatus
{
    NoFollowUp,
    Open,
    InProgress,
    Done,
    Cancelled
};

template <typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *label; // marked with QT_TRANSLATE_NOOP("Enum", ...)
};

// Specialised for every enum above in Enums.cpp.
template <typename E>
std::pair<const EnumEntry<E> *, std::size_t> enumEntries();

template <typename E>
QString enumKey(E value)
{
    const auto [entries, count] = enumEntries<E>();
    for (std::size_t i = 0; i < count; ++i) {
        if (entries[i].value == value)
            return QString::fromLatin1(entries[i].key);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(const QString &key)
{
    const auto [entries, count] = enumEntries<E>();
    for (std::size_t i = 0; i < count; ++i) {
        if (key == QLatin1String(entries[i].key))
            return entries[i].value;
    }
    return std::nullopt;
}

template <typename E>
QString enumLabel(E value)
{
    const auto [entries, count] = enumEntries<E>();
    for (std::size_t i = 0; i < count; ++i) {
        if (entries[i].value == value)
            return QCoreApplication::translate("Enum", entries[i].label);
    }
    return {};
}

template <typename E>
QList<E> enumValues()
{
    const auto [entries, count] = enumEntries<E>();
    QList<E> values;
    values.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        values.append(entries[i].value);
    return values;
}

#define PD_DECLARE_ENUM(E)                                                                                             \
    template <>                                                                                                        \
    std::pair<const EnumEntry<E> *, std::size_t> enumEntries<E>();
PD_DECLARE_ENUM(Language)
PD_DECLARE_ENUM(PartyKind)
PD_DECLARE_ENUM(PresidencyStatus)
PD_DECLARE_ENUM(MeetingKind)
PD_DECLARE_ENUM(MeetingStatus)
PD_DECLARE_ENUM(MeetingMode)
PD_DECLARE_ENUM(ParticipantRole)
PD_DECLARE_ENUM(ActivityKind)
PD_DECLARE_ENUM(ActivityStatus)
PD_DECLARE_ENUM(DocumentKind)
PD_DECLARE_ENUM(DocumentState)
PD_DECLARE_ENUM(ConsultationState)
PD_DECLARE_ENUM(DecisionVerb)
PD_DECLARE_ENUM(DecisionStatus)
#undef PD_DECLARE_ENUM

} // namespace pd
