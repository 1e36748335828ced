#pragma once

#include "ParsedConclusions.h"
#include "Result.h"
#include "commands/EditCommand.h" // complete, for callers of command()

#include <QCoreApplication>

#include <memory>

namespace pd {

class Repositories;

// What an import of conclusions added, and what it found already there (by meeting and
// decision number, activity code, document title): importing the same text twice adds
// nothing the second time.
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
    QList<ConclusionsWarning> warnings; // codes the directory does not know, and the like

    int added() const { return meetingsAdded + decisionsAdded + activitiesAdded + documentsAdded; }
};

/*
 * Writes parsed conclusions (after the officer's edits: only the items left ticked) as
 * records: the meeting, its decision register, the activities of its calendar (and a
 * calendar meeting for each structural meeting), the documents for approval or under
 * consultation. The write is one undoable step, through Editor::importConclusions; the
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
