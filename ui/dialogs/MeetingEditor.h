#pragma once

#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimeEdit;

namespace pd {

class AgendaPanel;
class Editor;
class ParticipantsPanel;

/*
 * The meeting editor: every field of a meeting, its participants and its agenda, in
 * three tabs. Problems that block saving are shown in red next to their field and keep
 * OK disabled; clashes with other meetings are warned about below the tabs without
 * blocking. OK (Ctrl+Return) saves through the Editor as one undo step; Esc cancels.
 * Open it with open(), never exec().
 */
class MeetingEditor : public QDialog
{
    Q_OBJECT
public:
    // Edits a copy of `meeting` (a new meeting when meeting.id == 0). On OK the change
    // goes through the Editor as one undo step (addMeeting / updateMeeting) and the
    // dialog closes; on a write error the message is shown in the dialog and it stays open.
    MeetingEditor(Editor &editor, const Meeting &meeting, QWidget *parent = nullptr);
    ~MeetingEditor() override;

    Meeting meeting() const; // the meeting as currently entered (after OK: with its id/uid)
    // The language parties, groups and documents are named in (English by default).
    void setLanguage(Language language);

    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createDetailsPage();
    void fillChoices();
    void load(const Meeting &meeting);
    void refresh();
    bool validate();
    void updateWarnings(const Meeting &current);
    void updateTabTitles();
    void startDateChanged(const QDate &date);

    Editor &m_editor;
    Meeting m_meeting; // the meeting as given (or as saved), for the fields not shown
    Language m_language = Language::English;
    QList<Party> m_parties; // those that can host, take part or present (not the own conference)
    QDate m_previousStart;
    QString m_warningKey; // what the warnings were last computed for
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleEs = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QPlainTextEdit *m_descriptionEs = nullptr;
    QCheckBox *m_unscheduled = nullptr;
    QDateEdit *m_startDate = nullptr;
    QDateEdit *m_endDate = nullptr;
    QCheckBox *m_allDay = nullptr;
    QTimeEdit *m_startTime = nullptr;
    QTimeEdit *m_endTime = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_venueCity = nullptr;
    QComboBox *m_host = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_virtualLink = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_workingGroup = nullptr;
    ParticipantsPanel *m_participants = nullptr;
    AgendaPanel *m_agenda = nullptr;

    QLabel *m_titleError = nullptr;
    QLabel *m_titleWarning = nullptr; // one language of the title missing
    QLabel *m_datesError = nullptr;
    QLabel *m_timesError = nullptr;
    QLabel *m_linkError = nullptr;
    QLabel *m_overlapWarning = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
