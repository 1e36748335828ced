#pragma once

#include "domain/Enums.h"

#include "dialogs/DocumentEditor.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeView;

namespace pd {

class ConsultationEditor;
class ConsultationMatrixModel;
class DocumentListModel;
class Editor;

/*
 * The documents pending approval: the list (top), the approval state of the selected
 * document with who is holding up its approval, the country-by-country consultation
 * matrix (a click or Enter on a cell records that country's reply), and the files kept
 * with the document. Approval needs every member at "no objection"; without it the page
 * names the countries and offers an approval with a reason, which the audit log keeps.
 * Documents are added and edited in the DocumentEditor (a double click or Enter on the
 * list edits one) and deleted after a confirmation. Every edit goes through the Editor;
 * nothing can be changed when the database is read-only.
 */
class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    // Asks for a file to read (save = false) or to write (save = true, with a suggested
    // name); an empty answer cancels. Tests set one; by default a file dialog is opened.
    using FileChooser = std::function<QString(bool save, const QString &suggestedName)>;

    explicit DocumentsPage(Editor &editor, QWidget *parent = nullptr);

    void setLanguage(Language language);
    void showDocument(const QString &uid);
    QString currentDocumentUid() const;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // Attaches the file at `path` to the current document (a new version when the name is
    // taken); saves the selected attachment to `path`. Both report errors on the page.
    bool attachFile(const QString &path);
    bool saveSelectedAttachment(const QString &path);

    // Open the document editor (window-modal, with open()) for a new document or the one
    // with `uid`; ask (window-modal) before deleting the current document.
    void newDocument();
    void editDocument(const QString &uid);
    void removeCurrentDocument();
    // The editor or confirmation open, for tests; null when none is.
    DocumentEditor *documentEditor() const { return m_documentEditor; }
    QMessageBox *deleteConfirmation() const { return m_confirmDelete; }

private:
    void onCurrentDocumentChanged();
    void updateState();
    void reloadAttachments();
    void onStateChosen(int index);
    void approveWithReason();
    void openConsultationEditor(const QModelIndex &index);
    void chooseFile(bool save, const QString &suggested, const std::function<void(const QString &)> &then);
    void openSelectedAttachment();
    void removeSelectedAttachment();
    void showError(const QString &message);
    void openDocumentEditor(DocumentEditor *dialog);
    bool isWritable() const;

    Editor &m_editor;
    Language m_language = Language::English;
    FileChooser m_chooser;
    bool m_updating = false;

    DocumentListModel *m_list = nullptr;
    ConsultationMatrixModel *m_matrix = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTableView *m_matrixView = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_blocking = nullptr;
    QWidget *m_overrideRow = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QPushButton *m_openAttachment = nullptr;
    QPushButton *m_removeAttachment = nullptr;
    QLabel *m_error = nullptr;
    QPointer<ConsultationEditor> m_consultationEditor;
    QPointer<DocumentEditor> m_documentEditor;
    QPointer<QMessageBox> m_confirmDelete;
};

} // namespace pd
