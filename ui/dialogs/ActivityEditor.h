#pragma once

#include "domain/Activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pd {

class Editor;
class PartyChecklist;

/*
 * The activity editor: every field of an activity, titles and descriptions in English
 * and Spanish side by side, the supporting parties as a checkable list. Problems that
 * block saving are shown in red next to their field and keep OK disabled. OK (or
 * Ctrl+Return) saves through the Editor as one undo step (addActivity/updateActivity);
 * a save error is shown in the dialog, which stays open. Open it with open(), never exec().
 */
class ActivityEditor : public QDialog
{
    Q_OBJECT
public:
    // Edits a copy of `activity` (a new one when activity.id == 0).
    ActivityEditor(Editor &editor, const Activity &activity, QWidget *parent = nullptr);

    Activity activity() const; // as currently entered (after OK: with its id/uid)
    void setLanguage(Language language);
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createForm();
    void fillChoices();
    void load(const Activity &activity);
    void refresh();
    bool validate();

    Editor &m_editor;
    Activity m_activity; // as given (or as saved), for the fields not shown
    Language m_language = Language::English;
    bool m_loading = false;

    QLineEdit *m_code = nullptr;
    QComboBox *m_workingGroup = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleEs = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QPlainTextEdit *m_descriptionEs = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_lead = nullptr;
    QComboBox *m_host = nullptr;
    PartyChecklist *m_supporters = nullptr;
    QCheckBox *m_noTargetDate = nullptr;
    QDateEdit *m_targetStart = nullptr;
    QDateEdit *m_targetEnd = nullptr;
    QSpinBox *m_progress = nullptr;
    QCheckBox *m_hasFunding = nullptr;
    QDoubleSpinBox *m_fundingAmount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_meeting = nullptr;
    QComboBox *m_decision = nullptr;

    QLabel *m_codeError = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_titleWarning = nullptr; // one language of the title missing
    QLabel *m_datesError = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
