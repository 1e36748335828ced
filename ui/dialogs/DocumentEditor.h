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
 * Adds or edits a document: code, kind, working group, title and description in both
 * languages side by side (a missing one is pointed out), and the review deadline. Its
 * approval state is not edited here: that goes through the consensus rules on the
 * Documents page. A new document is sent to every member country (all pending). OK
 * saves through the Editor as one undo step. Open it with open(), never exec().
 */
class DocumentEditor : public QDialog
{
    Q_OBJECT
public:
    DocumentEditor(Editor &editor, const Document &document, Language language, QWidget *parent = nullptr);

    Document document() const; // as currently entered
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

private:
    bool validate();

    Editor &m_editor;
    Document m_document;

    QLineEdit *m_code = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleEs = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QPlainTextEdit *m_descriptionEs = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_noDeadline = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_titleWarning = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
