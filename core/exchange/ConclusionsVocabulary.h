#pragma once

// The words of conclusions texts, in English and Spanish: the action verbs ("To
// approve", "Agradecer"), deadlines in words ("no later than the first quarter of the
// year 2022"), dates ("December 1, 2021", "1 de diciembre de 2021"), the parties and
// working groups a text names (matched on the names and acronyms of the context), and
// the kind of an activity, meeting or document from its title.

#include "ParsedConclusions.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pd::conclusions {

// Lower case without accents, one character for one: positions stay valid.
QString fold(const QString &text);

Language detectLanguage(const QString &text);

// The action verb a decision opens with. Items of the calendar (listed under a heading)
// only take the impersonal forms ("It is recommended", "Se recomienda").
std::optional<DecisionVerb> classifyVerb(const QString &text, bool impersonalOnly = false);
// Where the verb phrase found by classifyVerb ends (to find who is asked to act).
qsizetype verbPhraseEnd(const QString &text);
DecisionStatus defaultStatus(DecisionVerb verb);

struct Deadline
{
    bool mentioned = false; // a cue such as "no later than" or "a más tardar" is there
    QDate date;             // what it says, when it could be read
};
Deadline findDeadline(const QString &text);

// Every date the text gives ("November 30 and December 1, 2021" gives two).
QList<QDate> findDates(const QString &text);

ActivityKind activityKind(const QString &text);
ActivityStatus activityStatus(const QString &text);
MeetingKind meetingKind(const QString &text); // Other when nothing is recognized
DocumentKind documentKind(const QString &text);
bool isStructuralHeading(const QString &text);

// Finds the parties and working groups a context knows in a text.
class PartyMatcher
{
public:
    explicit PartyMatcher(const ConclusionsContext &context);

    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString code;
        PartyKind kind = PartyKind::Country;
    };
    // Non-overlapping, longest first at each place, in text order. The conference itself
    // is matched (so that its name hides the names inside it) but not returned.
    QList<Match> matches(const QString &text) const;
    QStringList codes(const QString &text) const; // distinct, in order of first mention
    PartyKind kindOf(const QString &code) const;
    // The working group a heading or a text names, or "".
    QString groupNamed(const QString &heading) const;  // the whole heading is its name
    QString groupMentioned(const QString &text) const; // its name appears in the text
    bool isKnownHeading(const QString &heading) const; // a group or the structural meetings

private:
    struct Pattern
    {
        QString text; // folded, or as written for acronyms
        bool caseSensitive = false;
        QString code;
        PartyKind kind = PartyKind::Country;
    };
    QList<Pattern> m_patterns;
    // Patterns by their first word (folded, or as written for acronyms): a text is read
    // word by word and each word tries only the patterns that start with it.
    QHash<QString, QList<qsizetype>> m_byFirstWord;
    QHash<QString, QList<qsizetype>> m_byFirstWordExact;
    QList<std::pair<QString, QString>> m_groups; // folded name, code
    QString m_conference;
    QString m_presidency;
};

} // namespace pd::conclusions
