#pragma once

#include "ParsedConclusions.h"
#include "Result.h"
#include "commands/EditCommand.h" // complete, for callers of command()

#include <QCoreApplication>

#include <memory>

namespace pd {

class Repositories;

// What the import does with one parsed item (the meeting, a decision, an activity, a
// document): adds it, finds it already there, finds it there and adds its text in the
// language read (the Spanish text of conclusions imported from the English one, or the
// other way round), or leaves it out (unticked, or under an unticked item).
struct ConclusionsItemPresence
{
    enum class State
    {
        New,
        Present,
        AddsText,
        LeftOut
    };
    State state = State::New;
    QString uid; // the record found, when Present or AddsText

    bool isPresent() const { return state == State::Present || state == State::AddsText; }
};

// What an import of conclusions added, and what it found already there (by meeting and
// decision number, activity code, document title or the decision that names it):
// importing the same text twice adds nothing the second time.
struct ConclusionsImportSummary
{
    int meetingsAdded = 0; // the meeting itself and the structural meetings of its calendar
    int meetingsPresent = 0;
    int decisionsAdded = 0;
    int decisionsPresent = 0;
    int activitiesAdded = 0;
    int activitiesPresent = 0;
    int documentsAdded = 0;
    int documentsPresent = 0;
    int textsAdded = 0;                 // records already there that get their text in the language read
    QList<ConclusionsWarning> warnings; // codes the directory does not know, and the like

    // Item by item, in the order of the parsed value's lists.
    ConclusionsItemPresence meeting;
    QList<ConclusionsItemPresence> decisions;
    QList<ConclusionsItemPresence> activities;
    QList<ConclusionsItemPresence> documents;

    int added() const { return meetingsAdded + decisionsAdded + activitiesAdded + documentsAdded; }
    int present() const { return meetingsPresent + decisionsPresent + activitiesPresent + documentsPresent; }
    // Whether the import writes anything: records added or texts filled in.
    int changes() const { return added() + textsAdded; }
};

// "new", "present", "adds_text", "left_out": as the command line prints it.
QString presenceKey(ConclusionsItemPresence::State state);

/*
 * Writes parsed conclusions (after the officer's edits: only the items left ticked) as
 * records: the meeting, its decision register, the activities of its calendar (and a
 * calendar meeting for each structural meeting), the documents for approval or under
 * consultation. Records already there are left as they are, except that a text empty in
 * the language read (the Spanish title of an activity imported from the English text) is
 * filled in; a text already there in that language is never replaced: a different one is
 * left out with a warning. The write is one undoable step, through Editor::importConclusions; the
 * records keep their ids and uids across undo and redo.
 */
class ConclusionsImport
{
    Q_DECLARE_TR_FUNCTIONS(ConclusionsImport)
public:
    // What the parser needs to know of this database: parties, working groups, the
    // conference and its presidencies.
    static ConclusionsContext context(Repositories &repos);
    // What importing would add and find, without writing anything.
    static ConclusionsImportSummary preview(Repositories &repos, const ParsedConclusions &parsed);
    // The command Editor::importConclusions carries out and puts on its stack. It fills
    // `summary` when it first runs.
    static std::unique_ptr<EditCommand> command(Repositories &repos, const ParsedConclusions &parsed,
                                                ConclusionsImportSummary *summary);
};

} // namespace pd
