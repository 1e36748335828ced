#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QList>

namespace pd {

// A numbered conclusion or recommendation of a meeting ("1", "1.e", "7.p.i").
struct Decision
{
    qint64 id = 0;
    QString uid;
    qint64 meetingId = 0;
    QString number;
    qint64 parentId = 0;
    int position = 0;
    qint64 workingGroupId = 0; // the heading it is listed under, when it is a working group
    LocalizedText heading;     // that heading as printed
    DecisionVerb verb = DecisionVerb::Other;
    LocalizedText text;
    QList<qint64> partyIds; // parties the text names
    qint64 ownerId = 0;     // follow-up owner
    QDate due;
    DecisionStatus status = DecisionStatus::Open;
};

} // namespace pd
