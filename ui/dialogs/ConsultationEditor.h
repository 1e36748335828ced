#pragma once

#include "domain/Document.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pd {

class Editor;

/*
 * One member country's reply on one document: its state, the new date when it asked
 * for more time, the date it replied, a note, and the message it came with (recorded
 * on the country's behalf). OK saves through Editor::setConsultation as one undo step;
 * an error stays in the dialog. Open it with open(), never exec().
 */
class ConsultationEditor : public QDialog
{
    Q_OBJECT
public:
    ConsultationEditor(Editor &editor, const QString &documentUid, const QString &documentTitle,
                       const QString &countryName, const Consultation &reply, QWidget *parent = nullptr);

    Consultation reply() const; // as currently entered
    QString documentUid() const { return m_documentUid; }
    void accept() override;

private:
    void refresh();

    Editor &m_editor;
    QString m_documentUid;
    Consultation m_reply;

    QComboBox *m_state = nullptr;
    QDateEdit *m_requestedUntil = nullptr;
    QCheckBox *m_replied = nullptr;
    QDateEdit *m_repliedOn = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_messageAttached = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
