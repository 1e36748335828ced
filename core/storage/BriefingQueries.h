#pragma once

#include "domain/Enums.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Database;

// A decision whose follow-up is still to do (open or in progress).
struct BriefingFollowUp
{
    QString uid;
    QString number;
    LocalizedText text;
    LocalizedText meeting; // the meeting the decision was taken at
    qint64 ownerId = 0;    // 0 when nobody is named
    QDate due;             // invalid when none is set
    DecisionStatus status = DecisionStatus::Open;
};

// A meeting still to be held (planned, confirmed or postponed) and not over yet.
struct BriefingMeeting
{
    QString uid;
    QString code;
    LocalizedText title;
    QDate start; // invalid while the dates are to be determined
    QDate end;
    QString venueCity;
    qint64 hostId = 0;
    MeetingStatus status = MeetingStatus::Planned;
};

// A document pending approval (under consultation or recommended) and its consultation.
struct BriefingDocument
{
    QString uid;
    QString code;
    LocalizedText title;
    DocumentState state = DocumentState::UnderConsultation;
    QDate deadline;
    int consulted = 0; // countries asked
    int answered = 0;  // no objection, comments or objection
    int objections = 0;
    QStringList moreTime; // codes of the countries that asked for more time
};

// What a country still owes a fund, over every year (minor units).
struct BriefingOutstanding
{
    QString partyCode;
    LocalizedText party;
    QString fundCode;
    LocalizedText fund;
    QString currency;
    qint64 outstanding = 0;
    int firstYear = 0;
    int lastYear = 0;
};

/*
 * The read-only questions the handover briefing asks. The lists are bounded (a limit,
 * the most pressing first) and each has its count, so that the briefing of a large
 * database stays a summary a person reads.
 */
class BriefingQueries
{
public:
    explicit BriefingQueries(Database &db) : m_db(db) {}

    // Open follow-ups, those due first (undated last).
    QList<BriefingFollowUp> openFollowUps(int limit) const;
    int openFollowUpCount() const;
    // Meetings still to be held (planned, confirmed or postponed) that end on `from` or
    // later or have no dates yet, in calendar order (dates to be determined last).
    QList<BriefingMeeting> comingMeetings(const QDate &from, int limit) const;
    int comingMeetingCount(const QDate &from) const;
    // Meetings still planned, confirmed or postponed whose dates are over before `from`.
    int overdueMeetingCount(const QDate &from) const;
    // Documents pending approval, the earliest deadline first (none last).
    QList<BriefingDocument> pendingDocuments(int limit) const;
    int pendingDocumentCount() const;
    // Documents under consultation or with any consultation: the consultation matrix's rows.
    int consultedDocumentCount() const;
    // Outstanding contributions summed per country, fund and currency, by country.
    QList<BriefingOutstanding> outstandingByCountryAndFund() const;

private:
    Database &m_db;
};

} // namespace pd
