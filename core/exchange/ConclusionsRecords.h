#pragma once

// The second half of ConclusionsParser, for its own use: once the tree of decisions is
// known, what each one says (verb, parties, owner, deadline) and the records it
// implies (activities for calendar items, documents for approval or consultation).

#include "ConclusionsVocabulary.h"
#include "ParsedConclusions.h"

namespace pd::conclusions {

void classifyDecisions(ParsedConclusions &parsed, const PartyMatcher &matcher);
void deriveActivities(ParsedConclusions &parsed, const PartyMatcher &matcher);
void deriveDocuments(ParsedConclusions &parsed, const PartyMatcher &matcher);

// Adds a warning about a line of the input.
void warn(ParsedConclusions &parsed, int line, const QString &source, const QString &message);

} // namespace pd::conclusions
