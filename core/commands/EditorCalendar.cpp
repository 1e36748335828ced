// Editor::importCalendar: the events of a calendar file as one undo step, built by
// IcsImport in core/exchange.

#include "Editor.h"

#include "EditCommand.h"
#include "exchange/IcsImport.h"

namespace pd {

Status Editor::importCalendar(const ParsedCalendar &calendar, const QString &name, IcsImportSummary *summary)
{
    IcsImportSummary local;
    std::unique_ptr<EditCommand> command = IcsImport::command(m_repos, calendar, name, &local);
    if (summary)
        *summary = local;
    if (local.changed() == 0)
        return {};                  // nothing new is no step
    return push(command.release()); // push() deletes a command that failed: nothing written
}

} // namespace pd
