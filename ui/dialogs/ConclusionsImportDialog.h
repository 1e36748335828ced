#pragma once

#include "exchange/ConclusionsImport.h"
#include "exchange/ParsedConclusions.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd {

class ConclusionsItemEditor;
class Editor;

/*
 * File > Import Conclusions…: the text of a meeting's conclusions (pasted, or read from a
 * UTF-8 .txt file) parsed by ConclusionsParser into a preview the officer reviews: the
 * meeting, the decisions with their sub-items, the activities, the documents with their
 * consultation states, each marked new, already present or adding its text in the
 * language read (as ConclusionsImport::preview answers, item by item), and the parser's
 * warnings next to the line they came from. Unticking a row leaves that item out;
 * selecting one shows its fields in a ConclusionsItemEditor under the preview, where the
 * officer corrects what was misread (edited rows are shown in italics and marked
 * "edited"). Import writes the edited value, what is ticked, through
 * Editor::importConclusions as one undoable step, and closes; resultMessage() then says
 * what was added. The text is parsed again (300 ms after the last change) whenever it or
 * the language changes, which starts the review over and discards the edits.
 */
class ConclusionsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConclusionsImportDialog(Editor &editor, QWidget *parent = nullptr);

    // Reads a .txt file as UTF-8 into the text area; false (and a line in the dialog) on error.
    bool loadFile(const QString &path);
    // Parses the text now, without waiting for the pause after typing.
    void reparse();

    const ParsedConclusions &parsed() const { return m_parsed; }
    const ConclusionsImportSummary &summary() const { return m_summary; }
    // After Import: what was added, for the status bar.
    QString resultMessage() const { return m_result; }

private:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IndexRole,
        LineRole,
        SectionRole, // on the top-level rows: "meeting", "decisions", "activities", "documents"
        SubRole      // on consultation rows: the consultation's index in its document
    };

    void openFile();
    void fillPreview();
    void itemChanged(QTreeWidgetItem *item, int column);
    void itemEdited(int kind, int index, int sub);
    void describe(QTreeWidgetItem *item);
    void applyPresence();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void warningClicked(QListWidgetItem *item);
    void updateSummary();
    void importNow();
    // Cancel, Escape or closing the window: asks first when corrections would be lost.
    void reject() override;
    QTreeWidgetItem *section(const QString &title, const QString &name);
    QTreeWidgetItem *row(QTreeWidgetItem *parent, int kind, int index, int sub = -1);

    Editor &m_editor;
    ParsedConclusions m_parsed;
    ConclusionsImportSummary m_summary;
    QString m_result;
    bool m_filling = false;
    QSet<QString> m_edited; // "kind:index:sub" of the rows edited since the text was parsed

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_fileError = nullptr;
    QComboBox *m_language = nullptr;
    QTreeWidget *m_tree = nullptr;
    ConclusionsItemEditor *m_itemEditor = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_importError = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace pd
