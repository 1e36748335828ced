#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace pd {

// Which country holds the Presidency Pro-Tempore of which conference, and when.
struct Presidency
{
    qint64 id = 0;
    QString uid;
    qint64 partyId = 0;
    qint64 conferenceId = 0; // the conference party (the own one, or a sister conference)
    PresidencyStatus status = PresidencyStatus::Current;
    int year = 0; // 0 when unknown
    QDate start;
    QDate end;
};

} // namespace pd
