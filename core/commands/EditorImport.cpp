// The Editor's imports: each is one undo step, built by the importer in core/exchange.

#include "Editor.h"

#include "EditCommand.h"
#include "exchange/ConclusionsImport.h"

namespace pd {

Status Editor::importConclusions(const ParsedConclusions &parsed, ConclusionsImportSummary *summary)
{
    ConclusionsImportSummary local;
    std::unique_ptr<EditCommand> command = ConclusionsImport::command(m_repos, parsed, &local);
    const Status status = command->applyFirst();
    if (summary)
        *summary = local;
    if (!status || local.changes() == 0)
        return status; // a failure wrote nothing; nothing new is no step
    m_stack.push(command.release());
    return {};
}

} // namespace pd
