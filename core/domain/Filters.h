#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

// What a list or calendar shows. Every criterion left empty matches everything.
struct MeetingFilter
{
    QString text; // words that must all appear in the code, titles or city (accent-blind)
    std::optional<MeetingKind> kind;
    std::optional<MeetingStatus> status;
    std::optional<qint64> workingGroupId;
    qint64 partyId = 0; // host or participant
    QDate from;         // meetings overlapping [from, to]
    QDate to;
    std::optional<bool> scheduled; // has a start date or not
};

struct ActivityFilter
{
    QString text;                         // words that must all appear in the code or titles (accent-blind)
    std::optional<qint64> workingGroupId; // 0: the structural meetings (no group)
    std::optional<ActivityStatus> status;
    qint64 partyId = 0; // lead, host or supporter
    QDate from;         // target period overlapping [from, to]
    QDate to;
    std::optional<bool> scheduled; // has a target date or not
    // Linked to a meeting or not. The calendar shows an activity that is held as a
    // meeting (7.s, the Vice-Ministerial, ...) through its meeting, once.
    std::optional<bool> linkedToMeeting;
};

} // namespace pd
