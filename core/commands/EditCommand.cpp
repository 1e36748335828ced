#include "EditCommand.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommands, "pd.commands")

namespace pd {

EditCommand::EditCommand(Database &db, const QString &text, QUndoCommand *parent) : QUndoCommand(text, parent), m_db(db)
{
}

Status EditCommand::applyFirst()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = apply(true); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_done = true;
    return {};
}

void EditCommand::step(bool forward)
{
    Transaction tx(m_db);
    Status s = tx.isActive() ? apply(forward) : Status(tx.error());
    if (s)
        s = tx.commit();
    if (!s) {
        m_lastError = s.error();
        qCWarning(lcCommands) << (forward ? "redo" : "undo") << text() << "failed:" << s.error().message;
        setObsolete(true);
    }
}

void EditCommand::redo()
{
    if (m_done) {
        m_done = false; // the first redo() comes from QUndoStack::push: already applied
        return;
    }
    step(true);
}

void EditCommand::undo()
{
    m_done = false;
    step(false);
}

Status MacroCommand::apply(bool forward)
{
    if (forward) {
        for (EditCommand *child : std::as_const(m_children)) {
            if (Status s = child->apply(true); !s)
                return s;
        }
    } else {
        for (auto it = m_children.crbegin(); it != m_children.crend(); ++it) {
            if (Status s = (*it)->apply(false); !s)
                return s;
        }
    }
    return {};
}

} // namespace pd
