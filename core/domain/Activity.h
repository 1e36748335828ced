#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pd {

// An activity of a working group (or of the structural meetings when workingGroupId is 0).
struct Activity
{
    qint64 id = 0;
    QString uid;
    QString code; // as in the source, e.g. "7.h" or "7.p.i"
    qint64 parentId = 0;
    qint64 workingGroupId = 0;
    ActivityKind kind = ActivityKind::Other;
    LocalizedText title;
    LocalizedText description;
    ActivityStatus status = ActivityStatus::Planned;
    qint64 leadId = 0;
    qint64 hostId = 0;
    QList<qint64> supporterIds;
    QDate targetStart;
    QDate targetEnd;
    int progress = 0;                    // percent
    std::optional<qint64> fundingNeeded; // minor units of `currency`
    QString currency;
    qint64 meetingId = 0;
    qint64 decisionId = 0;
};

} // namespace pd
