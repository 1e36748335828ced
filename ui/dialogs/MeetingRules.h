#pragma once

#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace pd {

class Repositories;

// The rules the meeting editor applies, apart from its widgets.
class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(pd::MeetingRules)
public:
    // What keeps a meeting from being saved, one message per field (empty when fine).
    struct Problems
    {
        QString title; // no title in either language
        QString dates; // ends before it starts
        QString times; // a one-day meeting that ends before it starts
        QString link;  // virtual without a link
        bool ok() const { return title.isEmpty() && dates.isEmpty() && times.isEmpty() && link.isEmpty(); }
    };
    static Problems problems(const Meeting &meeting);

    // Clashes worth a warning (they do not block): another meeting of the same kind on these
    // dates, and countries of this meeting (host or participants) already taking part in
    // another meeting on one of these days. The meeting itself and cancelled meetings are
    // left out. `parties` names the countries.
    static QStringList clashes(Repositories &repos, const Meeting &meeting, const QList<Party> &parties,
                               Language language);

    // The role each party most likely has in a meeting of the conference: the presidency
    // and the incoming presidency, members, observers, the secretariat, guests.
    static QHash<qint64, ParticipantRole> suggestedRoles(Repositories &repos, const QList<Party> &parties);
};

} // namespace pd
