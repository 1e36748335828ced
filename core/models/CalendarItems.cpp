#include "CalendarItems.h"

#include "storage/Repositories.h"

#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace pd {

namespace {
const char *const MeetingTag = "meeting";
const char *const ActivityTag = "activity";

bool byStart(const CalendarItem &a, const CalendarItem &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.days() != b.days())
        return a.days() > b.days();
    if (a.startTime != b.startTime)
        return !a.startTime.isValid() || (b.startTime.isValid() && a.startTime < b.startTime);
    if (a.kind != b.kind)
        return a.kind == CalendarItem::Kind::Meeting;
    if (a.title.en != b.title.en)
        return a.title.en < b.title.en;
    return a.uid < b.uid;
}
} // namespace

CalendarItems::CalendarItems(Repositories &repos, QObject *parent) : QObject(parent), m_repos(repos)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &CalendarItems::changed);
    for (Repository *repository :
         {static_cast<Repository *>(&repos.meetings()), static_cast<Repository *>(&repos.activities())}) {
        connect(repository, &Repository::added, m_coalesce, qOverload<>(&QTimer::start));
        connect(repository, &Repository::changed, m_coalesce, qOverload<>(&QTimer::start));
        connect(repository, &Repository::removed, m_coalesce, qOverload<>(&QTimer::start));
    }
}

CalendarItem CalendarItems::fromMeeting(const Meeting &m)
{
    CalendarItem item;
    item.kind = CalendarItem::Kind::Meeting;
    item.uid = m.uid;
    item.code = m.code;
    item.title = m.title;
    item.start = m.startDate;
    item.end = m.startDate.isValid() ? std::max(m.startDate, m.endDate.isValid() ? m.endDate : m.startDate) : QDate();
    item.startTime = m.startTime;
    item.endTime = m.endTime;
    item.colorKey = QStringLiteral("kind:") + enumKey(m.kind);
    item.statusKey = enumKey(m.status);
    item.cancelled = m.status == MeetingStatus::Cancelled;
    return item;
}

CalendarItem CalendarItems::fromActivity(const Activity &a)
{
    CalendarItem item;
    item.kind = CalendarItem::Kind::Activity;
    item.uid = a.uid;
    item.code = a.code;
    item.title = a.title;
    item.start = a.targetStart;
    item.end = a.targetStart.isValid() ? std::max(a.targetStart, a.targetEnd.isValid() ? a.targetEnd : a.targetStart)
                                       : QDate();
    item.colorKey = QStringLiteral("group:%1").arg(a.workingGroupId);
    item.statusKey = enumKey(a.status);
    item.cancelled = a.status == ActivityStatus::Cancelled;
    return item;
}

QList<CalendarItem> CalendarItems::between(const QDate &from, const QDate &to) const
{
    QList<CalendarItem> items;
    if (!from.isValid() || !to.isValid() || to < from)
        return items;
    MeetingFilter meetings;
    meetings.from = from;
    meetings.to = to;
    meetings.scheduled = true;
    for (const Meeting &m : m_repos.meetings().find(meetings, -1, 0, Children::Skip))
        items.append(fromMeeting(m));
    ActivityFilter activities;
    activities.from = from;
    activities.to = to;
    activities.scheduled = true;
    activities.linkedToMeeting = false;
    for (const Activity &a : m_repos.activities().find(activities, -1, 0, Children::Skip))
        items.append(fromActivity(a));
    std::sort(items.begin(), items.end(), byStart);
    return items;
}

QList<CalendarItem> CalendarItems::unscheduled(int limit) const
{
    QList<CalendarItem> items;
    MeetingFilter meetings;
    meetings.scheduled = false;
    for (const Meeting &m : m_repos.meetings().find(meetings, limit, 0, Children::Skip))
        items.append(fromMeeting(m));
    ActivityFilter activities;
    activities.scheduled = false;
    activities.linkedToMeeting = false;
    for (const Activity &a : m_repos.activities().find(activities, limit, 0, Children::Skip))
        items.append(fromActivity(a));
    return items;
}

int CalendarItems::unscheduledCount() const
{
    MeetingFilter meetings;
    meetings.scheduled = false;
    ActivityFilter activities;
    activities.scheduled = false;
    activities.linkedToMeeting = false;
    return m_repos.meetings().countMatching(meetings) + m_repos.activities().countMatching(activities);
}

std::optional<CalendarItem> CalendarItems::item(const CalendarItemRef &ref) const
{
    if (ref.kind == CalendarItem::Kind::Meeting) {
        if (const auto m = m_repos.meetings().byUid(ref.uid))
            return fromMeeting(*m);
    } else if (const auto a = m_repos.activities().byUid(ref.uid)) {
        return fromActivity(*a);
    }
    return std::nullopt;
}

QString CalendarItems::mimeType()
{
    return QStringLiteral("application/x-presidency-desk-item");
}

QMimeData *CalendarItems::mimeData(const CalendarItemRef &ref)
{
    auto *data = new QMimeData;
    const QByteArray kind = ref.kind == CalendarItem::Kind::Meeting ? MeetingTag : ActivityTag;
    data->setData(mimeType(), kind + '\n' + ref.uid.toUtf8());
    return data;
}

CalendarItemRef CalendarItems::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QList<QByteArray> parts = data->data(mimeType()).split('\n');
    if (parts.size() != 2 || parts.at(1).isEmpty())
        return {};
    CalendarItemRef ref;
    if (parts.at(0) == MeetingTag)
        ref.kind = CalendarItem::Kind::Meeting;
    else if (parts.at(0) == ActivityTag)
        ref.kind = CalendarItem::Kind::Activity;
    else
        return {};
    ref.uid = QString::fromUtf8(parts.at(1));
    return ref;
}

} // namespace pd
