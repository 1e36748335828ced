#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace pd {

struct Participant
{
    qint64 partyId = 0;
    ParticipantRole role = ParticipantRole::Member;
    QString note;
    bool operator==(const Participant &o) const { return partyId == o.partyId && role == o.role && note == o.note; }
};

struct AgendaItem
{
    qint64 id = 0;
    QString uid;
    QString numbering;
    LocalizedText title;
    qint64 presenterId = 0;
    QTime startTime;
    int durationMinutes = 0;
    qint64 documentId = 0;
    QString notes;
};

// A meeting of the calendar. A meeting with no start date is "to be scheduled".
struct Meeting
{
    qint64 id = 0;
    QString uid;
    QString code; // reference in the source text, e.g. "7.s"
    MeetingKind kind = MeetingKind::Other;
    LocalizedText title;
    LocalizedText description;
    QDate startDate;
    QDate endDate;
    QTime startTime; // null for all-day meetings
    QTime endTime;
    QString timeZone;
    QString venueCity;
    qint64 hostId = 0;
    MeetingMode mode = MeetingMode::Unspecified;
    QString virtualLink;
    MeetingStatus status = MeetingStatus::Planned;
    qint64 workingGroupId = 0;
    qint64 decisionId = 0;
    int sequence = 0; // raised on every change, for iCalendar
    QList<Participant> participants;
    QList<AgendaItem> agenda; // in order; position is the index

    bool isScheduled() const { return startDate.isValid(); }
    bool isAllDay() const { return !startTime.isValid(); }
};

} // namespace pd
