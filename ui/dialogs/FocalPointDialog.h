#pragma once

#include "domain/Enums.h"
#include "domain/FocalPoint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Editor;

/*
 * Adds or edits a focal point: country or organization, name, role, e-mail, phone, and
 * whether the record is personal data (so that a handover package may leave it out).
 * Problems are shown in red next to their field and keep OK disabled; OK saves through
 * the Editor as one undo step. Open it with open(), never exec().
 */
class FocalPointDialog : public QDialog
{
    Q_OBJECT
public:
    FocalPointDialog(Editor &editor, const FocalPoint &focalPoint, Language language, QWidget *parent = nullptr);

    FocalPoint focalPoint() const; // as currently entered
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

private:
    bool validate();

    Editor &m_editor;
    FocalPoint m_focalPoint;
    bool m_nameTouched = false;

    QComboBox *m_party = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_personalData = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_emailError = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
