#include "ConclusionsImportDialog.h"

#include "ConclusionsItemEditor.h"
#include "ConclusionsPreviewRows.h"
#include "commands/Editor.h"
#include "exchange/ConclusionsParser.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

using namespace conclusions_preview;

ConclusionsImportDialog::ConclusionsImportDialog(Editor &editor, QWidget *parent) : QDialog(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("conclusionsImportDialog"));
    setWindowTitle(tr("Import Conclusions"));
    resize(1000, 700);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("conclusionsText"));
    m_text->setPlaceholderText(tr("Paste the text of the conclusions and recommendations here."));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *openButton = new QPushButton(tr("Open Text File…"), this);
    openButton->setObjectName(QStringLiteral("openTextFileButton"));
    connect(openButton, &QPushButton::clicked, this, &ConclusionsImportDialog::openFile);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Automatic"), int(ConclusionsParser::LanguageChoice::Auto));
    m_language->addItem(tr("English"), int(ConclusionsParser::LanguageChoice::English));
    m_language->addItem(tr("Spanish"), int(ConclusionsParser::LanguageChoice::Spanish));

    m_fileError = new QLabel(this);
    m_fileError->setObjectName(QStringLiteral("fileErrorLabel"));
    m_fileError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_fileError->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(openButton);
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderLabels({tr("Item"), tr("Verb or kind"), tr("Text"), tr("Status")});
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ConclusionsImportDialog::itemChanged);

    Repositories &repos = editor.repositories();
    const Language labels = QLocale().language() == QLocale::Spanish ? Language::Spanish : Language::English;
    m_itemEditor = new ConclusionsItemEditor(repos.parties().all(), repos.workingGroups().all(), labels, this);
    m_itemEditor->setParsed(&m_parsed);
    connect(m_itemEditor, &ConclusionsItemEditor::edited, this, &ConclusionsImportDialog::itemEdited);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current || m_filling)
            return;
        m_itemEditor->showItem(Kind(current->data(NumberColumn, KindRole).toInt()),
                               current->data(NumberColumn, IndexRole).toInt(),
                               current->data(NumberColumn, SubRole).toInt());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, m_itemEditor, &ConclusionsItemEditor::focusFirstField);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    connect(m_warnings, &QListWidget::itemClicked, this, &ConclusionsImportDialog::warningClicked);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_importError = new QLabel(this);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    m_importError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_importError->setWordWrap(true);
    m_importError->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_fileError);
    leftLayout->addWidget(m_text, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    auto *editBox = new QWidget(right);
    auto *editLayout = new QVBoxLayout(editBox);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("Correct the selected item below; unticking a row keeps its edits. Changing the text "
                               "reads it again and starts the review over, discarding your edits."),
                            editBox);
    note->setObjectName(QStringLiteral("editNoteLabel"));
    note->setWordWrap(true);
    editLayout->addWidget(note);
    editLayout->addWidget(m_itemEditor, 1);
    right->addWidget(editBox);
    auto *warningsBox = new QWidget(right);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(new QLabel(tr("Warnings (click one to see its line):"), warningsBox));
    warningsLayout->addWidget(m_warnings);
    right->addWidget(warningsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    // Enter in a field of the form must not import.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(m_import, &QPushButton::clicked, this, &ConclusionsImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_importError);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("reparseTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ConclusionsImportDialog::reparse);
    connect(m_text, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_language, &QComboBox::currentIndexChanged, m_timer, qOverload<>(&QTimer::start));
    reparse();
}

bool ConclusionsImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileError->setText(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_fileError->show();
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        m_fileError->setText(tr("%1 is not UTF-8 text.").arg(QFileInfo(path).fileName()));
        m_fileError->show();
        return false;
    }
    m_fileError->hide();
    m_text->setPlainText(text);
    reparse();
    return true;
}

void ConclusionsImportDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Conclusions Text"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ConclusionsImportDialog::reparse()
{
    m_timer->stop();
    Repositories &repos = m_editor.repositories();
    const auto choice = ConclusionsParser::LanguageChoice(m_language->currentData().toInt());
    m_parsed = ConclusionsParser(ConclusionsImport::context(repos)).parse(m_text->toPlainText(), choice);
    m_edited.clear();
    m_itemEditor->setParsed(&m_parsed);
    fillPreview();
}

void ConclusionsImportDialog::itemEdited(int kind, int index, int sub)
{
    // Edits of a consultation mark its document as edited too.
    m_edited.insert(rowKey(kind, index, sub));
    if (kind == Kind::ConsultationItem)
        m_edited.insert(rowKey(Kind::DocumentItem, index, -1));
    m_filling = true;
    QTreeWidgetItem *current = m_tree->currentItem();
    if (current) {
        describe(current);
        if (kind == Kind::ConsultationItem && current->parent())
            describe(current->parent());
    }
    m_filling = false;
    updateSummary();
}

bool ConclusionsImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // F2 or Enter in the preview: to the form, to correct the selected item.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_F2 || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_itemEditor->focusFirstField();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConclusionsImportDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != NumberColumn)
        return;
    const int index = item->data(NumberColumn, IndexRole).toInt();
    const bool included = item->checkState(NumberColumn) == Qt::Checked;
    switch (item->data(NumberColumn, KindRole).toInt()) {
    case Kind::DecisionItem:
        m_parsed.decisions[index].included = included;
        // An unticked decision leaves out its sub-items too (as the import does).
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setDisabled(!included);
        break;
    case Kind::ActivityItem:
        m_parsed.activities[index].included = included;
        break;
    case Kind::DocumentItem:
        m_parsed.documents[index].included = included;
        break;
    default:
        return;
    }
    updateSummary();
}

void ConclusionsImportDialog::warningClicked(QListWidgetItem *item)
{
    const int line = item->data(LineRole).toInt();
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ConclusionsImportDialog::updateSummary()
{
    const bool empty = m_parsed.decisions.isEmpty() && m_parsed.activities.isEmpty() && m_parsed.documents.isEmpty();
    m_summary = empty ? ConclusionsImportSummary() : ConclusionsImport::preview(m_editor.repositories(), m_parsed);
    const bool readOnly = m_editor.repositories().database().isReadOnly();
    if (empty) {
        m_summaryLabel->setText(m_text->toPlainText().trimmed().isEmpty()
                                    ? tr("Paste the text or open a text file to see what it holds.")
                                    : tr("No conclusions found in this text."));
    } else {
        const int present = m_summary.present();
        QString text = tr("Import would add %1 meetings, %2 decisions, %3 activities and %4 documents; %5 already "
                          "present; %6 warnings.")
                           .arg(m_summary.meetingsAdded)
                           .arg(m_summary.decisionsAdded)
                           .arg(m_summary.activitiesAdded)
                           .arg(m_summary.documentsAdded)
                           .arg(present)
                           .arg(m_parsed.warnings.size());
        if (m_summary.textsAdded > 0) {
            text += QLatin1Char(' ') + (m_parsed.language == Language::Spanish
                                            ? tr("It would add the Spanish text of %n record(s) already present.",
                                                 nullptr, m_summary.textsAdded)
                                            : tr("It would add the English text of %n record(s) already present.",
                                                 nullptr, m_summary.textsAdded));
        }
        if (readOnly)
            text += QLatin1Char(' ') + tr("The database is open read-only: nothing can be imported.");
        m_summaryLabel->setText(text);
    }
    applyPresence();
    m_import->setEnabled(!readOnly && m_summary.changes() > 0);
}

void ConclusionsImportDialog::reject()
{
    if (m_edited.isEmpty()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Conclusions"),
                                tr("Discard the corrections made in the preview?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardEditsQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardEditsButton"));
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *clicked) {
        if (clicked == discard)
            QDialog::reject();
    });
    box->open();
}

void ConclusionsImportDialog::importNow()
{
    ConclusionsImportSummary summary;
    const Status status = m_editor.importConclusions(m_parsed, &summary);
    if (!status.ok()) {
        m_importError->setText(tr("Could not import: %1").arg(status.error().message));
        m_importError->show();
        return;
    }
    m_summary = summary;
    m_result = tr("Imported conclusions: added %1 meetings, %2 decisions, %3 activities and %4 documents.")
                   .arg(summary.meetingsAdded)
                   .arg(summary.decisionsAdded)
                   .arg(summary.activitiesAdded)
                   .arg(summary.documentsAdded);
    if (summary.textsAdded > 0)
        m_result +=
            QLatin1Char(' ') + tr("Added the text in the language read to %n record(s).", nullptr, summary.textsAdded);
    accept();
}

} // namespace pd
