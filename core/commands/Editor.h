#pragma once

#include "Result.h"
#include "domain/Activity.h"
#include "domain/Meeting.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace pd {

class EditCommand;
class Repositories;
template <typename T>
class AggregateRepository;

/*
 * The one way the program changes data: every edit becomes a QUndoCommand on one
 * QUndoStack, named in words ("Change status of 7.h"). Pages and dialogs call these
 * methods and never build commands themselves. A method that returns an error has
 * changed nothing and pushed nothing; an edit that changes nothing is dropped.
 * Lives on the Database's thread; it does not own the Repositories.
 */
class Editor : public QObject
{
    Q_OBJECT
public:
    explicit Editor(Repositories &repos, QObject *parent = nullptr);
    ~Editor() override;

    QUndoStack *undoStack() { return &m_stack; }
    Repositories &repositories() const { return m_repos; }

    // Meetings. addMeeting fills the new meeting's id and uid.
    Status addMeeting(Meeting &meeting);
    Status updateMeeting(const Meeting &meeting);
    Status removeMeeting(const QString &uid);
    // Puts a meeting on the calendar (or back to "to be scheduled" with null dates).
    Status scheduleMeeting(const QString &uid, const QDate &start, const QDate &end);

    // Activities.
    Status addActivity(Activity &activity);
    Status updateActivity(const Activity &activity);
    Status removeActivity(const QString &uid);
    // Several at once, as one undo step ("Delete 3 activities"); all or none.
    Status removeActivities(const QStringList &uids);
    Status setActivityStatus(const QStringList &uids, ActivityStatus status);
    Status scheduleActivity(const QString &uid, const QDate &start, const QDate &end);

Q_SIGNALS:
    // An undo or redo could not be carried out (the message says why).
    void failed(const QString &message);

private:
    Status push(EditCommand *command);
    template <typename T>
    Status saveRecord(AggregateRepository<T> &repository, std::optional<T> before, std::optional<T> after,
                      const QString &text, T *written = nullptr);
    static QString meetingName(const Meeting &meeting);
    static QString activityName(const Activity &activity);

    Repositories &m_repos;
    QUndoStack m_stack;
};

} // namespace pd
