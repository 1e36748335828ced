#pragma once

// The definition of Editor::saveRecord, for the files that implement the Editor's
// methods (Editor.cpp, EditorDocuments.cpp, ...): one way to put a one-record edit on
// the stack. Not for other code; pages call the Editor's public methods.

#include "Editor.h"
#include "RecordCommand.h"
#include "storage/Repositories.h"

namespace pd {

// Carries the edit out once, then puts it on the stack unless it failed or changed
// nothing; `written` receives the record as stored (with its id and uid).
template <typename T>
Status Editor::saveRecord(AggregateRepository<T> &repository, std::optional<T> before, std::optional<T> after,
                          const QString &text, T *written)
{
    auto *command = new RecordCommand<T>(m_repos.database(), repository, std::move(before), std::move(after), text);
    const Status status = command->applyFirst();
    if (!status || !command->changedAnything()) {
        delete command;
        return status;
    }
    if (written && command->after())
        *written = *command->after();
    m_stack.push(command);
    return {};
}

} // namespace pd
