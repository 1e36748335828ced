#pragma once

#include "IcsReader.h"

#include <QCoreApplication>

#include <memory>

namespace pd {

class EditCommand;
class Repositories;

// What an import of a calendar file did with its events.
struct IcsImportSummary
{
    int added = 0;      // new meetings, under the event's UID
    int updated = 0;    // meetings whose UID the event carries, changed by it
    int unchanged = 0;  // meetings already as the event says
    int older = 0;      // events with a lower SEQUENCE than the meeting's: the meeting kept
    int activities = 0; // events of activities (our own calendars carry them): left alone
    int skipped = 0;    // single occurrences of a series (RECURRENCE-ID): left out
    int recurring = 0;  // series read as their first occurrence

    int changed() const { return added + updated; }
};

/*
 * Writes the events of a calendar file as meetings, by UID: an event whose UID is a
 * meeting's updates it (unless its SEQUENCE is lower than the meeting's), any other
 * becomes a new meeting keeping that UID. What the event does not carry (kind, host,
 * participants, agenda, the other language's title) is left as it was. An event equal
 * to what `export ics` writes for the meeting changes nothing, so a calendar exported
 * and imported again is a no-op. The write is one undoable step, through
 * Editor::importCalendar.
 */
class IcsImport
{
    Q_DECLARE_TR_FUNCTIONS(IcsImport)
public:
    // The command Editor::importCalendar carries out; `summary` is filled at once.
    static std::unique_ptr<EditCommand> command(Repositories &repos, const ParsedCalendar &calendar,
                                                const QString &name, IcsImportSummary *summary);
};

} // namespace pd
