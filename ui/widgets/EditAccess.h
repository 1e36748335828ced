#pragma once

#include "commands/Editor.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QWidget>

namespace pd::access {

// Whether the pages may offer edits: not when the database is open read-only (another
// instance holds it, or the file cannot be written). The pages ask here, every control
// that edits, so that read-only is applied the same way everywhere; the window says
// once why (the read-only notice and the status bar).
inline bool writable(const Editor &editor)
{
    return !editor.repositories().database().isReadOnly();
}

// Enables a control that edits when `enabled` and the database can be written.
inline void enableEdit(QWidget *control, const Editor &editor, bool enabled = true)
{
    control->setEnabled(enabled && writable(editor));
}

} // namespace pd::access
