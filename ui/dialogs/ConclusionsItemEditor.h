#pragma once

#include "domain/Party.h"
#include "domain/WorkingGroup.h"
#include "exchange/ParsedConclusions.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace pd {

class PartyChecklist;

/*
 * The form under the preview of ConclusionsImportDialog: the fields of the item selected
 * in the preview (the meeting, a decision, an activity, a document or one of its
 * consultations), written back into the ParsedConclusions value the dialog imports as
 * soon as they change. Enumerations are combo boxes, dates are date edits ("none" at the
 * bottom of the range when the text gives no date), parties are chosen from the
 * directory by their codes, the parties a decision names from a PartyChecklist.
 */
class ConclusionsItemEditor : public QWidget
{
    Q_OBJECT
public:
    enum Kind
    {
        NoItem,
        MeetingItem,
        DecisionItem,
        ActivityItem,
        DocumentItem,
        ConsultationItem
    };

    // Parties and working groups are labelled in `language`.
    ConclusionsItemEditor(const QList<Party> &parties, const QList<WorkingGroup> &groups, Language language,
                          QWidget *parent = nullptr);

    // The value edited; it must outlive the editor, or be replaced before it goes.
    void setParsed(ParsedConclusions *parsed);
    // Shows the fields of one item (index in its list; sub: the consultation's index).
    void showItem(Kind kind, int index = -1, int sub = -1);
    // Puts the focus in the first field of the item shown (F2 or Enter in the preview).
    void focusFirstField();

Q_SIGNALS:
    // An item was changed through the form (after the value was written).
    void edited(int kind, int index, int sub);

private:
    QWidget *meetingPage();
    QWidget *decisionPage();
    QWidget *activityPage();
    QWidget *documentPage();
    QWidget *consultationPage();
    QComboBox *partyCombo(const QString &name, QWidget *parent, bool countriesOnly);
    void load();
    void store();

    QList<Party> m_parties;
    QList<WorkingGroup> m_groups;
    Language m_language = Language::English;
    ParsedConclusions *m_parsed = nullptr;
    Kind m_kind = NoItem;
    int m_index = -1;
    int m_sub = -1;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_hint = nullptr;
    // Meeting
    QDateEdit *m_meetingStart = nullptr;
    QDateEdit *m_meetingEnd = nullptr;
    QLineEdit *m_meetingCity = nullptr;
    QComboBox *m_meetingCountry = nullptr;
    // Decision
    QPlainTextEdit *m_decisionText = nullptr;
    QComboBox *m_decisionVerb = nullptr;
    PartyChecklist *m_decisionParties = nullptr;
    QComboBox *m_decisionOwner = nullptr;
    QDateEdit *m_decisionDue = nullptr;
    QComboBox *m_decisionStatus = nullptr;
    // Activity
    QLineEdit *m_activityTitle = nullptr;
    QComboBox *m_activityGroup = nullptr;
    QComboBox *m_activityStatus = nullptr;
    QComboBox *m_activityLead = nullptr;
    PartyChecklist *m_activitySupporters = nullptr;
    // Document
    QLineEdit *m_documentTitle = nullptr;
    QComboBox *m_documentState = nullptr;
    QDateEdit *m_documentDeadline = nullptr;
    // Consultation
    QLabel *m_consultationParty = nullptr;
    QComboBox *m_consultationState = nullptr;
    QDateEdit *m_consultationUntil = nullptr;
};

} // namespace pd
