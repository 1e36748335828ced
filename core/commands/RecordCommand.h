#pragma once

#include "EditCommand.h"
#include "storage/AggregateRepository.h"

#include <optional>

namespace pd {

// Moves one record between two states: `before` and `after`, either of which may be
// absent (an add has no before, a removal no after). Forwards writes `after`,
// backwards writes `before`; a record that comes back keeps its id and uid.
template <typename T>
class RecordCommand : public EditCommand
{
public:
    RecordCommand(Database &db, AggregateRepository<T> &repository, std::optional<T> before, std::optional<T> after,
                  const QString &text)
        : EditCommand(db, text), m_repository(repository), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    Status apply(bool forward) override
    {
        std::optional<T> &target = forward ? m_after : m_before;
        const std::optional<T> &current = forward ? m_before : m_after;
        if (!target)
            return m_repository.remove(current->id);
        if (!current) {
            if (Status s = m_repository.add(*target); !s)
                return s;
            // A new record's id and uid are known only now; keep them so undo finds it.
            if (forward && !m_before)
                m_after = target;
            return {};
        }
        return m_repository.update(*target);
    }

    const std::optional<T> &after() const { return m_after; }
    bool changedAnything() const { return m_repository.lastWriteChanged(); }

private:
    AggregateRepository<T> &m_repository;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace pd
