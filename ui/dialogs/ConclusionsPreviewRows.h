#pragma once

// What ConclusionsImportDialog.cpp and ConclusionsImportPreview.cpp share.

#include "ConclusionsItemEditor.h"

#include <QString>

namespace pd::conclusions_preview {

enum Column
{
    NumberColumn,
    VerbColumn,
    TextColumn,
    StatusColumn
};

using Kind = ConclusionsItemEditor::Kind;

// The key of a row in the set of edited rows.
inline QString rowKey(int kind, int index, int sub)
{
    return QStringLiteral("%1:%2:%3").arg(kind).arg(index).arg(sub);
}

} // namespace pd::conclusions_preview
