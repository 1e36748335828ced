#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace pd {

class Database;

/*
 * Base of every undoable edit. The edit is carried out once by Editor before the
 * command goes on the stack (so a failed write never leaves a command behind); the
 * stack's first redo() is then a no-op. Later undo/redo run apply() in a transaction
 * of their own, so each step lands whole or not at all. A step that fails (the file
 * went read-only, say) is reported through Editor::failed and the command made
 * obsolete, since the stack can no longer be trusted past it.
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Database &db, const QString &text, QUndoCommand *parent = nullptr);

    // Carries the edit out forwards or backwards; returns what went wrong.
    virtual Status apply(bool forward) = 0;

    Status applyFirst();
    void redo() override;
    void undo() override;
    const Error &lastError() const { return m_lastError; }

private:
    void step(bool forward);

    Database &m_db;
    bool m_done = false; // applyFirst() ran: the stack's first redo() has nothing to do
    Error m_lastError;
};

// Several edits as one undo step ("Change status of 3 activities"): all land or none.
class MacroCommand : public EditCommand
{
public:
    MacroCommand(Database &db, const QString &text) : EditCommand(db, text) {}
    void add(EditCommand *child) { m_children.append(child); }
    bool isEmpty() const { return m_children.isEmpty(); }
    ~MacroCommand() override { qDeleteAll(m_children); }
    Status apply(bool forward) override;

private:
    QList<EditCommand *> m_children;
};

} // namespace pd
