#pragma once

#include "ParsedConclusions.h"

#include <QCoreApplication>

namespace pd {

/*
 * Reads the text of a meeting's conclusions and recommendations (English or Spanish,
 * pasted or extracted from a PDF) into a ParsedConclusions: the meeting, the numbered
 * decisions with their sub-items, verbs, parties and deadlines, the calendar items as
 * activities, the documents for approval or under consultation. Pure: text in, value
 * out; no database, no widgets. What it cannot place comes back as a warning with the
 * line it came from. Any input is safe (it is fuzzed) and time grows linearly with it.
 */
class ConclusionsParser
{
    Q_DECLARE_TR_FUNCTIONS(ConclusionsParser)
public:
    enum class LanguageChoice
    {
        Auto,
        English,
        Spanish
    };

    explicit ConclusionsParser(ConclusionsContext context);

    ParsedConclusions parse(const QString &text, LanguageChoice language = LanguageChoice::Auto) const;

    // "auto", "en", "es" (case-blind); nothing for anything else.
    static std::optional<LanguageChoice> languageChoiceFromCode(const QString &code);

private:
    ConclusionsContext m_context;
};

} // namespace pd
