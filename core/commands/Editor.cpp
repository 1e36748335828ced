#include "Editor.h"

#include "EditorSaveRecord.h"
#include "RecordCommand.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QLocale>

#include <algorithm>

namespace pd {

namespace {
QString shortText(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}
} // namespace

Editor::Editor(Repositories &repos, QObject *parent) : QObject(parent), m_repos(repos)
{
    connect(&m_stack, &QUndoStack::indexChanged, this, [this] {
        // A step that failed marked itself obsolete; tell the user once.
        for (int i = 0; i < m_stack.count(); ++i) {
            const auto *command = dynamic_cast<const EditCommand *>(m_stack.command(i));
            if (command && command->isObsolete() && !command->lastError().message.isEmpty()) {
                Q_EMIT failed(command->lastError().message);
                break;
            }
        }
    });
}

Editor::~Editor() = default;

QString Editor::meetingName(const Meeting &meeting)
{
    return shortText(meeting.title.text(Language::English).isEmpty() ? meeting.title.es
                                                                     : meeting.title.text(Language::English));
}

QString Editor::activityName(const Activity &activity)
{
    return activity.code.isEmpty() ? shortText(activity.title.text(Language::English)) : activity.code;
}

Status Editor::push(EditCommand *command)
{
    const Status status = command->applyFirst();
    if (!status) {
        delete command;
        return status;
    }
    m_stack.push(command);
    return {};
}

Status Editor::addMeeting(Meeting &meeting)
{
    return saveRecord<Meeting>(m_repos.meetings(), std::nullopt, meeting,
                               tr("Add meeting “%1”").arg(meetingName(meeting)), &meeting);
}

Status Editor::updateMeeting(const Meeting &meeting)
{
    const auto before = m_repos.meetings().byId(meeting.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The meeting no longer exists."));
    return saveRecord<Meeting>(m_repos.meetings(), before, meeting, tr("Edit meeting “%1”").arg(meetingName(meeting)));
}

Status Editor::removeMeeting(const QString &uid)
{
    const auto before = m_repos.meetings().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The meeting no longer exists."));
    // Activities that point at the meeting lose the link when it goes (ON DELETE SET
    // NULL); the same step restores it on undo.
    auto *macro = new MacroCommand(m_repos.database(), tr("Delete meeting “%1”").arg(meetingName(*before)));
    for (const Activity &a : m_repos.activities().all()) {
        if (a.meetingId != before->id)
            continue;
        Activity unlinked = a;
        unlinked.meetingId = 0;
        macro->add(new RecordCommand<Activity>(m_repos.database(), m_repos.activities(), a, unlinked, QString()));
    }
    macro->add(new RecordCommand<Meeting>(m_repos.database(), m_repos.meetings(), before, std::nullopt, QString()));
    return push(macro);
}

Status Editor::scheduleMeeting(const QString &uid, const QDate &start, const QDate &end)
{
    auto meeting = m_repos.meetings().byUid(uid);
    if (!meeting)
        return makeError(Error::Code::NotFound, tr("The meeting no longer exists."));
    if (start.isValid() && end.isValid() && end < start)
        return makeError(Error::Code::Invalid, tr("The end date is before the start date."));
    const auto before = meeting;
    meeting->startDate = start;
    meeting->endDate = start.isValid() ? (end.isValid() ? end : start) : QDate();
    const QString text =
        start.isValid()
            ? tr("Schedule “%1” on %2").arg(meetingName(*meeting), QLocale().toString(start, QLocale::ShortFormat))
            : tr("Unschedule “%1”").arg(meetingName(*meeting));
    return saveRecord<Meeting>(m_repos.meetings(), before, meeting, text);
}

Status Editor::addActivity(Activity &activity)
{
    return saveRecord<Activity>(m_repos.activities(), std::nullopt, activity,
                                tr("Add activity %1").arg(activityName(activity)), &activity);
}

Status Editor::updateActivity(const Activity &activity)
{
    const auto before = m_repos.activities().byId(activity.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The activity no longer exists."));
    return saveRecord<Activity>(m_repos.activities(), before, activity,
                                tr("Edit activity %1").arg(activityName(activity)));
}

Status Editor::removeActivity(const QString &uid)
{
    const auto before = m_repos.activities().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The activity no longer exists."));
    return saveRecord<Activity>(m_repos.activities(), before, std::nullopt,
                                tr("Delete activity %1").arg(activityName(*before)));
}

Status Editor::removeActivities(const QStringList &uids)
{
    if (uids.size() == 1)
        return removeActivity(uids.first());
    QList<Activity> doomed;
    for (const QString &uid : uids) {
        const auto activity = m_repos.activities().byUid(uid);
        if (!activity)
            return makeError(Error::Code::NotFound, tr("An activity of the selection no longer exists."));
        doomed.append(*activity);
    }
    if (doomed.isEmpty())
        return {};
    // Sub-items (7.p.i) before their parent (7.p), which cannot go while they exist; undo
    // restores in the reverse order, parents first.
    std::stable_sort(doomed.begin(), doomed.end(), [](const Activity &a, const Activity &b) {
        return a.code.count(QLatin1Char('.')) > b.code.count(QLatin1Char('.'));
    });
    auto *macro = new MacroCommand(m_repos.database(), tr("Delete %n activities", nullptr, int(doomed.size())));
    for (const Activity &activity : std::as_const(doomed))
        macro->add(
            new RecordCommand<Activity>(m_repos.database(), m_repos.activities(), activity, std::nullopt, QString()));
    return push(macro);
}

Status Editor::setActivityStatus(const QStringList &uids, ActivityStatus status)
{
    QList<std::pair<Activity, Activity>> changes;
    for (const QString &uid : uids) {
        const auto activity = m_repos.activities().byUid(uid);
        if (!activity)
            return makeError(Error::Code::NotFound, tr("An activity of the selection no longer exists."));
        if (activity->status == status)
            continue;
        Activity after = *activity;
        after.status = status;
        changes.append({*activity, after});
    }
    if (changes.isEmpty())
        return {};
    const QString text = changes.size() == 1 ? tr("Change status of %1").arg(activityName(changes.first().first))
                                             : tr("Change status of %n activities", nullptr, int(changes.size()));
    auto *macro = new MacroCommand(m_repos.database(), text);
    for (const auto &[before, after] : changes)
        macro->add(new RecordCommand<Activity>(m_repos.database(), m_repos.activities(), before, after, QString()));
    return push(macro);
}

Status Editor::scheduleActivity(const QString &uid, const QDate &start, const QDate &end)
{
    auto activity = m_repos.activities().byUid(uid);
    if (!activity)
        return makeError(Error::Code::NotFound, tr("The activity no longer exists."));
    if (start.isValid() && end.isValid() && end < start)
        return makeError(Error::Code::Invalid, tr("The end date is before the start date."));
    const auto before = activity;
    activity->targetStart = start;
    activity->targetEnd = start.isValid() ? end : QDate();
    const QString text =
        start.isValid()
            ? tr("Schedule %1 on %2").arg(activityName(*activity), QLocale().toString(start, QLocale::ShortFormat))
            : tr("Unschedule %1").arg(activityName(*activity));
    return saveRecord<Activity>(m_repos.activities(), before, activity, text);
}

} // namespace pd
