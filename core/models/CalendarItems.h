#pragma once

#include "domain/Activity.h"
#include "domain/Filters.h"
#include "domain/LocalizedText.h"
#include "domain/Meeting.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QTime>

#include <optional>

class QMimeData;
class QTimer;

namespace pd {

class Repositories;

// One entry of the calendar: a meeting, or an activity with a target date.
struct CalendarItem
{
    enum class Kind
    {
        Meeting,
        Activity
    };

    Kind kind = Kind::Meeting;
    QString uid;
    QString code;
    LocalizedText title;
    QDate start;     // null when the item is still to be scheduled
    QDate end;       // never before start; equal to it for one-day items
    QTime startTime; // meetings only; null for all-day items
    QTime endTime;
    // What the colour follows: "kind:<meeting kind key>" for meetings,
    // "group:<working group id>" for activities (0: the structural meetings).
    QString colorKey;
    QString statusKey; // the MeetingStatus or ActivityStatus key
    bool cancelled = false;

    bool isScheduled() const { return start.isValid(); }
    bool isMultiDay() const { return end > start; }
    bool isTimed() const { return startTime.isValid(); }
    bool covers(const QDate &date) const { return start.isValid() && start <= date && date <= end; }
    int days() const { return start.isValid() ? int(start.daysTo(end)) + 1 : 0; }
};

// Which record an item stands for: what drag and drop and hit tests carry.
struct CalendarItemRef
{
    CalendarItem::Kind kind = CalendarItem::Kind::Meeting;
    QString uid;

    bool isValid() const { return !uid.isEmpty(); }
    bool operator==(const CalendarItemRef &o) const { return kind == o.kind && uid == o.uid; }
};

/*
 * Where the calendar views get their items from: the meetings and dated activities of a
 * date range, through the repositories' filtered queries (only the visible range is
 * read), and the ones still to be scheduled. changed() is emitted once per burst of
 * repository signals (coalesced on a zero timer), so that a view reloads once after an
 * undo that touched many records.
 */
class CalendarItems : public QObject
{
    Q_OBJECT
public:
    explicit CalendarItems(Repositories &repos, QObject *parent = nullptr);

    // Scheduled items overlapping [from, to], by start date, longer items first on a tie.
    QList<CalendarItem> between(const QDate &from, const QDate &to) const;
    // Items with no date, meetings first; at most `limit` of each kind (-1: all).
    QList<CalendarItem> unscheduled(int limit = -1) const;
    int unscheduledCount() const;
    std::optional<CalendarItem> item(const CalendarItemRef &ref) const;

    // The drag and drop format shared by the unscheduled list and the calendar views.
    static QString mimeType();
    static QMimeData *mimeData(const CalendarItemRef &ref);
    static CalendarItemRef fromMimeData(const QMimeData *data);

    static CalendarItem fromMeeting(const Meeting &meeting);
    static CalendarItem fromActivity(const Activity &activity);

Q_SIGNALS:
    void changed();

private:
    Repositories &m_repos;
    QTimer *m_coalesce = nullptr;
};

} // namespace pd
