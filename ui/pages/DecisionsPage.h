#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace pd {

class DecisionTreeModel;
class Editor;
class MeetingChoiceModel;
class PendingFollowUpModel;

/*
 * The decision register: the numbered conclusions of the chosen meeting as a tree,
 * the follow-up of the selected ones (owner, due date, status; each change one undo
 * step through the Editor), and the follow-ups still pending from earlier meetings,
 * which "Add to Agenda" carries into the agenda of the chosen meeting (or, when that
 * one is already held, of the next meeting after it).
 */
class DecisionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsPage(Editor &editor, QWidget *parent = nullptr);
    ~DecisionsPage() override; // keeps the layout in QSettings for the next time

    // The columns of the register and of the pending list, and the splitters. A page is
    // built on demand, so it restores its own layout from QSettings ("decisions/state")
    // when made and saves it when it goes.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    void setLanguage(Language language);
    // Chooses the decision's meeting and selects the decision.
    void showDecision(const QString &uid);
    void showMeeting(qint64 meetingId);
    qint64 currentMeeting() const;
    qint64 targetMeeting() const; // where "Add to Agenda" goes, 0 for nowhere
    QStringList selectedUids() const;

Q_SIGNALS:
    void openMeetingRequested(const QString &uid);

private:
    void fillMeetings();
    void fillOwners();
    void meetingChosen();
    void updateDetails();
    void updateActions();
    void applyStatus();
    void applyFollowUp();
    void carryForward();
    void expandAndRestore();
    QString currentUid() const;
    void showError(const QString &message);

    Editor &m_editor;
    Language m_language = Language::English;
    bool m_loading = false;
    QString m_keepUid; // the current decision across a reload of the tree
    DecisionTreeModel *m_model = nullptr;
    PendingFollowUpModel *m_pending = nullptr;
    QComboBox *m_meeting = nullptr;
    MeetingChoiceModel *m_meetingModel = nullptr;
    QTreeView *m_view = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_text = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_target = nullptr;
    QTreeView *m_pendingView = nullptr;
    QPushButton *m_carry = nullptr;
    QPushButton *m_openMeeting = nullptr;
    QLabel *m_error = nullptr;
    QSplitter *m_top = nullptr;   // the register beside the follow-up
    QSplitter *m_split = nullptr; // those above the pending list
};

} // namespace pd
