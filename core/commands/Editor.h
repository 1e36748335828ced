#pragma once

#include "Result.h"
#include "domain/Activity.h"
#include "domain/Contribution.h"
#include "domain/Decision.h"
#include "domain/Document.h"
#include "domain/FocalPoint.h"
#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace pd {

class EditCommand;
class Repositories;
struct ParsedConclusions;
struct ConclusionsImportSummary;
struct ParsedCalendar;
struct IcsImportSummary;
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

    // Contributions and directory. (Implemented in EditorContributions.cpp.) addContribution
    // and addFocalPoint fill the new record's id and uid. recordPayment adds one payment
    // to a contribution ("Record payment of USD 5,000.00 by Mexico").
    Status addContribution(Contribution &contribution);
    Status updateContribution(const Contribution &contribution);
    Status removeContribution(const QString &uid);
    Status recordPayment(const QString &contributionUid, const Payment &payment);
    Status addFocalPoint(FocalPoint &focalPoint);
    Status updateFocalPoint(const FocalPoint &focalPoint);
    Status removeFocalPoint(const QString &uid);
    Status updateParty(const Party &party);

    // Decisions and follow-up.
    Status updateDecision(const Decision &decision);
    // Several at once, as one undo step ("Change status of 3 decisions").
    Status setDecisionStatus(const QStringList &uids, DecisionStatus status);
    // The follow-up owner (0: none) and due date (null: none) of one decision.
    Status setFollowUp(const QString &uid, qint64 ownerId, const QDate &due);
    // Puts an open follow-up on the agenda of a later meeting, as one undo step ("Carry
    // 7.h into the agenda of …"): a bilingual item "Follow-up of conclusion 7.h: …" at the
    // end, whose notes name the decision (FollowUp.h). A decision already on that agenda,
    // or one of the meeting itself, is refused. Fills the new item's uid when asked.
    Status carryForward(const QString &decisionUid, const QString &meetingUid, QString *agendaItemUid = nullptr);

    // Documents and consultations. (Implemented in EditorDocuments.cpp.) addDocument fills
    // the new document's id and uid; removeDocument takes its attachments with it (undo
    // brings them back).
    Status addDocument(Document &document);
    Status updateDocument(const Document &document);
    Status removeDocument(const QString &uid);
    // Records one member country's reply ("Set Belize's reply on GL-1"): reply.partyId,
    // state, requestedUntil (the new date when more time is requested), repliedOn, note
    // and message. The other countries' replies are untouched.
    Status setConsultation(const QString &documentUid, const Consultation &reply);
    // Moves a document to `state`. Approval needs every member country at "no objection";
    // without it the error names the countries holding it up and nothing changes, unless
    // `overrideReason` is given: then the approval is recorded with that reason in the
    // audit log.
    Status setDocumentState(const QString &uid, DocumentState state, const QString &overrideReason = {});
    // Keeps a file with a document; a name it already has becomes the next version and the
    // older versions stay ("Attach report.pdf to GL-1"). Fills the new attachment's uid.
    Status addAttachment(const QString &documentUid, const QString &fileName, const QByteArray &data,
                         QString *attachmentUid = nullptr);
    Status removeAttachment(const QString &attachmentUid);

    // Writes parsed conclusions (the items left ticked) as one undo step ("Import
    // conclusions of ..."): meeting, decisions, activities, documents; what is already
    // there is left alone, so a second import of the same text adds nothing and pushes
    // nothing. (Implemented in EditorImport.cpp; see ConclusionsImport.h.)
    Status importConclusions(const ParsedConclusions &parsed, ConclusionsImportSummary *summary = nullptr);
    // Writes the events of a calendar file as meetings by UID, as one undo step ("Import
    // calendar NAME"); an import that changes nothing pushes nothing. (Implemented in
    // EditorCalendar.cpp; see IcsImport.h.)
    Status importCalendar(const ParsedCalendar &calendar, const QString &name, IcsImportSummary *summary = nullptr);

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
