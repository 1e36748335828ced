#pragma once

#include "domain/Party.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pd {

class Editor;

/*
 * Edits a country or organization of the directory: kind, code, names and acronyms in
 * both languages side by side (a missing one is pointed out), membership and notes. OK
 * saves through the Editor as one undo step. Open it with open(), never exec().
 */
class PartyDialog : public QDialog
{
    Q_OBJECT
public:
    PartyDialog(Editor &editor, const Party &party, Language language, QWidget *parent = nullptr);

    Party party() const; // as currently entered
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

private:
    bool validate();

    Editor &m_editor;
    Party m_party;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameEs = nullptr;
    QLineEdit *m_acronymEn = nullptr;
    QLineEdit *m_acronymEs = nullptr;
    QCheckBox *m_member = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_nameWarning = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
