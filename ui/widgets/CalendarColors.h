#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QList>
#include <QString>

namespace pd::calendar {

// The one palette of the calendar views and their legend. A colour key is a
// CalendarItem::colorKey: "kind:<meeting kind key>" or "group:<working group id>".
// Meeting kinds take the first colours in enum order; working groups take the rest,
// so that the two never share a colour on one month.
inline QColor colorForKey(const QString &key)
{
    static const QList<QColor> kinds = {
        QColor(0x1f, 0x5f, 0xa8), // RCGM
        QColor(0x7b, 0x2c, 0x8f), // vice-ministerial
        QColor(0x0f, 0x7c, 0x7a), // joint plenary
        QColor(0xc0, 0x5a, 0x10), // workshop
        QColor(0x8a, 0x6d, 0x00), // course
        QColor(0xa3, 0x1f, 0x4f), // congress
        QColor(0x3d, 0x7d, 0x1e), // technical exchange
        QColor(0x5a, 0x4a, 0xb8), // bilateral
        QColor(0x00, 0x6e, 0xa0), // forum
        QColor(0x5f, 0x65, 0x6b), // other
    };
    static const QList<QColor> groups = {
        QColor(0x6c, 0x75, 0x7d), // structural meetings (no group)
        QColor(0xd9, 0x8c, 0x1f), QColor(0x2b, 0x93, 0x48), QColor(0xc2, 0x3b, 0x3b),
        QColor(0x33, 0x6f, 0xc6), QColor(0x96, 0x4b, 0xa8), QColor(0x2a, 0x8e, 0x8e),
    };
    if (key.startsWith(QLatin1String("kind:"))) {
        const auto kind = enumFromKey<MeetingKind>(key.mid(5));
        const int index = kind ? int(enumValues<MeetingKind>().indexOf(*kind)) : -1;
        return index >= 0 && index < kinds.size() ? kinds.at(index) : kinds.last();
    }
    if (key.startsWith(QLatin1String("group:"))) {
        const qint64 id = key.mid(6).toLongLong();
        return id <= 0 ? groups.first() : groups.at(1 + int((id - 1) % (groups.size() - 1)));
    }
    return kinds.last();
}

// Black or white, whichever reads better on `background`.
inline QColor textColorOn(const QColor &background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace pd::calendar
