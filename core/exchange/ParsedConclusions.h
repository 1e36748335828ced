#pragma once

// What ConclusionsParser reads out of the text of a meeting's conclusions and
// recommendations, before anything is written: the value a preview shows, the officer
// edits (texts, parties, unticking items) and ConclusionsImport writes. Parties and
// working groups are named by their codes ("MX", "IOM", "PRO"), so the value stands on
// its own, prints as JSON and can be compared in tests.

#include "domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// Something of the text the parser could not place, next to the line it came from.
struct ConclusionsWarning
{
    int line = 0;   // 1-based line of the input, 0 when it concerns the whole text
    QString source; // that line as written
    QString message;
};

// A line left out as page noise (logos, running headers, page numbers): not a warning,
// but kept so that nothing disappears without trace.
struct ConclusionsNoise
{
    int line = 0;
    QString text;
};

struct ParsedMeeting
{
    QString body; // as written: "Regional Consultation Group on Migration (RCGM)"
    MeetingKind kind = MeetingKind::Other;
    QString title;       // the title block, when there is one
    QDate start;         // null when the text gives no date
    QDate end;           // same as start for a one-day meeting
    QString city;        // "Mexico City"
    QString countryCode; // the host country, from the city or the words after it
    MeetingMode mode = MeetingMode::Unspecified;
    QStringList participants; // the countries of the opening paragraph, in its order
    int line = 0;
};

struct ParsedDecision
{
    bool included = true;
    QString number;          // "1", "1.e", "7.p.i"
    QString parentNumber;    // "" for a conclusion, "7.p" for "7.p.i"
    int level = 0;           // 0 conclusion, 1 sub-item, 2 sub-sub-item
    QString heading;         // the heading it is listed under, as printed
    QString groupCode;       // that heading's working group, when it names one
    bool structural = false; // listed under the structural meetings heading
    DecisionVerb verb = DecisionVerb::Other;
    QString text;
    QStringList parties; // named in the text, in order of first mention
    QString owner;       // the party asked to act, when the text names it right after the verb
    QDate due;           // a deadline given in words
    DecisionStatus status = DecisionStatus::Open;
    int line = 0;
};

// A calendar item listed under a working-group (or structural meetings) heading.
struct ParsedActivity
{
    bool included = true;
    QString code; // the decision number it is listed as: "7.h"
    QString parentCode;
    QString groupCode; // empty under the structural meetings heading
    ActivityKind kind = ActivityKind::Other;
    ActivityStatus status = ActivityStatus::Planned; // InProgress for "Continue ...", "Follow-up on ..."
    QString title;       // the text without the trailing "with the support of ..." and the like
    QString description; // the text as written
    QString host;        // "in México", "to be held in El Salvador"
    QString lead;        // "given by the National Autonomous University of Mexico (UNAM)"
    QStringList supporters;
    bool isMeeting = false; // a structural meeting: also goes on the calendar as a meeting
    MeetingKind meetingKind = MeetingKind::Other;
    int line = 0;
};

struct ParsedConsultation
{
    QString party;
    ConsultationState state = ConsultationState::MoreTimeRequested;
    QDate requestedUntil;
    QString note;
};

// A document named for approval ("To recommend approval of the following documents:")
// or under consultation ("Belize and the Dominican Republic need more time to consult").
struct ParsedDocument
{
    bool included = true;
    QString title;
    DocumentKind kind = DocumentKind::Other;
    DocumentState state = DocumentState::Recommended;
    QString groupCode;
    QDate reviewDeadline;
    QString decisionNumber;
    QList<ParsedConsultation> consultations;
    int line = 0;
};

struct ParsedConclusions
{
    Language language = Language::English;
    ParsedMeeting meeting;
    QList<ParsedDecision> decisions; // in the text's order, sub-items after their parent
    QList<ParsedActivity> activities;
    QList<ParsedDocument> documents;
    QList<ConclusionsWarning> warnings;
    QList<ConclusionsNoise> noise;

    int conclusionCount() const; // the top-level ones
    const ParsedDecision *decision(const QString &number) const;
    const ParsedActivity *activity(const QString &code) const;
    QStringList childNumbers(const QString &number) const; // direct sub-items, in order

    // The whole value as JSON (what `import conclusions --dry-run --format json` prints).
    QJsonObject toJson() const;
};

// What the parser knows of the conference whose text it reads: the parties it may name
// and the working groups its headings may name, in English and Spanish. Built from the
// database (ConclusionsImport::context) or from a profile (fromProfileJson).
struct ConclusionsContext
{
    struct Party
    {
        QString code;
        PartyKind kind = PartyKind::Country;
        QString nameEn, nameEs, acronymEn, acronymEs;
        QStringList aliases; // further ways the texts name it
    };
    struct Group
    {
        QString code;
        QString nameEn, nameEs;
    };
    QList<Party> parties;
    QList<Group> groups;
    QString conferenceCode;         // the conference itself: never counted as a party named
    QStringList conferenceNames;    // its names and acronyms, for running headers
    QString presidencyCode;         // "the PPT"
    QString incomingPresidencyCode; // "the incoming PPT"

    // From a profile such as :/profiles/rcm.json (ProfileLoader's format); empty on error.
    static ConclusionsContext fromProfileJson(const QByteArray &json);
};

} // namespace pd
