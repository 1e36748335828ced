#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// An agenda item made from a conclusion of an earlier meeting ("Follow-up of conclusion
// 7.h: …") names that decision in its notes, one line "decision:<uid>", so that the
// register can tell what is already on an agenda (agenda_item has no decision column).
inline QString followUpReference(const QString &decisionUid)
{
    return QStringLiteral("decision:") + decisionUid;
}

inline bool notesReferTo(const QString &notes, const QString &decisionUid)
{
    return notes.split(QLatin1Char('\n')).contains(followUpReference(decisionUid));
}

} // namespace pd
