#include "DocumentsPage.h"

#include "commands/Editor.h"
#include "dialogs/ConsultationEditor.h"
#include "dialogs/DocumentEditor.h"
#include "models/ConsensusRules.h"
#include "models/ConsultationMatrixModel.h"
#include "models/DocumentListModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "widgets/EditAccess.h"
#include "widgets/FormHelpers.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

namespace {
constexpr int AttachmentUidRole = Qt::UserRole + 1;
}

DocumentsPage::DocumentsPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    Repositories &repos = editor.repositories();

    m_list = new DocumentListModel(repos, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("documentsView"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_list);
    const QList<std::pair<int, int>> widths{
        {DocumentListModel::CodeColumn, 60},   {DocumentListModel::TitleColumn, 420},
        {DocumentListModel::GroupColumn, 180}, {DocumentListModel::KindColumn, 90},
        {DocumentListModel::StateColumn, 160}, {DocumentListModel::DeadlineColumn, 190}};
    for (const auto &[column, width] : widths)
        m_view->header()->resizeSection(column, width);

    m_newButton = new QPushButton(tr("&New Document…"), this);
    m_newButton->setObjectName(QStringLiteral("newDocumentButton"));
    m_newButton->setToolTip(tr("Add a document and send it to every member country for consultation"));
    m_editButton = new QPushButton(tr("&Edit Document…"), this);
    m_editButton->setObjectName(QStringLiteral("editDocumentButton"));
    m_editButton->setToolTip(tr("Edit the code, titles, description and deadline of the selected document"));
    m_deleteButton = new QPushButton(tr("&Delete Document"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteDocumentButton"));
    m_deleteButton->setToolTip(tr("Delete the selected document with its attachments (Undo brings them back)"));
    auto *listBar = new QHBoxLayout;
    listBar->addStretch(1);
    for (QPushButton *button : {m_newButton, m_editButton, m_deleteButton})
        listBar->addWidget(button);

    // The state of the selected document and who holds up its approval.
    m_state = form::input<QComboBox>(this, "documentStateCombo", tr("Approval state"));
    form::fillEnum<DocumentState>(m_state);
    auto *stateLabel = new QLabel(tr("&Approval state:"), this);
    stateLabel->setBuddy(m_state);
    m_blocking = new QLabel(this);
    m_blocking->setObjectName(QStringLiteral("blockingLabel"));
    m_blocking->setWordWrap(true);
    m_blocking->setTextFormat(Qt::PlainText);
    m_overrideReason = form::input<QLineEdit>(this, "overrideReason", tr("Reason to approve without consensus"));
    m_overrideReason->setPlaceholderText(tr("Why approve without every member's no objection (kept in the log)"));
    m_overrideButton = new QPushButton(tr("Approve &without consensus"), this);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_overrideRow = new QWidget(this);
    auto *overrideLayout = new QHBoxLayout(m_overrideRow);
    overrideLayout->setContentsMargins(0, 0, 0, 0);
    overrideLayout->addWidget(m_overrideReason, 1);
    overrideLayout->addWidget(m_overrideButton);
    m_overrideRow->hide();

    // The consultation matrix: documents by member countries.
    m_matrix = new ConsultationMatrixModel(repos, this);
    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(QStringLiteral("consultationMatrix"));
    m_matrixView->setAccessibleName(tr("Consultation of the member countries"));
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(true);
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(110);
    m_matrixView->verticalHeader()->setMaximumWidth(260);

    // The files kept with the selected document.
    auto *files = new QGroupBox(tr("Attachments"), this);
    m_attachments = new QListWidget(files);
    m_attachments->setObjectName(QStringLiteral("attachmentsList"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_addAttachment = new QPushButton(tr("A&ttach…"), files);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_addAttachment->setToolTip(tr("Keep a file with the document; a file of the same name becomes a new version"));
    m_saveAttachment = new QPushButton(tr("Sa&ve As…"), files);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_openAttachment = new QPushButton(tr("&Open"), files);
    m_openAttachment->setObjectName(QStringLiteral("openAttachmentButton"));
    m_removeAttachment = new QPushButton(tr("&Remove"), files);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    auto *fileButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addAttachment, m_openAttachment, m_saveAttachment, m_removeAttachment})
        fileButtons->addWidget(button);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addWidget(m_attachments, 1);
    filesLayout->addLayout(fileButtons);

    m_error = form::errorLabel(QStringLiteral("documentError"), this);

    auto *stateBar = new QHBoxLayout;
    stateBar->addWidget(stateLabel);
    stateBar->addWidget(m_state);
    stateBar->addWidget(m_blocking, 1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(stateBar);
    detailsLayout->addWidget(m_overrideRow);
    auto *bottom = new QSplitter(Qt::Horizontal, details);
    bottom->addWidget(m_matrixView);
    bottom->addWidget(files);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    detailsLayout->addWidget(bottom, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listBar);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsPage::onCurrentDocumentChanged);
    connect(m_list, &QAbstractItemModel::modelReset, this, &DocumentsPage::onCurrentDocumentChanged);
    connect(m_list, &QAbstractItemModel::dataChanged, this, &DocumentsPage::updateState);
    connect(m_newButton, &QPushButton::clicked, this, &DocumentsPage::newDocument);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editDocument(currentDocumentUid()); });
    connect(m_deleteButton, &QPushButton::clicked, this, &DocumentsPage::removeCurrentDocument);
    // A double click or Enter on a document edits it.
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editDocument(index.data(DocumentListModel::UidRole).toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, &DocumentsPage::onStateChosen);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &DocumentsPage::updateState);
    connect(m_overrideButton, &QPushButton::clicked, this, &DocumentsPage::approveWithReason);
    connect(m_matrixView, &QAbstractItemView::clicked, this, &DocumentsPage::openConsultationEditor);
    connect(m_matrixView, &QAbstractItemView::activated, this, &DocumentsPage::openConsultationEditor);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDocument(m_matrix->documentAt(current.row()).uid);
            });
    connect(&repos.attachments(), &Repository::added, this, &DocumentsPage::reloadAttachments);
    connect(&repos.attachments(), &Repository::removed, this, &DocumentsPage::reloadAttachments);
    connect(m_attachments, &QListWidget::currentRowChanged, this, &DocumentsPage::updateState);
    connect(m_attachments, &QListWidget::itemActivated, this, &DocumentsPage::openSelectedAttachment);
    connect(m_addAttachment, &QPushButton::clicked, this,
            [this] { chooseFile(false, QString(), [this](const QString &path) { attachFile(path); }); });
    connect(m_saveAttachment, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_attachments->currentItem();
        if (!item)
            return;
        const auto attachment = m_editor.repositories().attachments().byUid(item->data(AttachmentUidRole).toString());
        if (attachment)
            chooseFile(true, attachment->fileName, [this](const QString &path) { saveSelectedAttachment(path); });
    });
    connect(m_openAttachment, &QPushButton::clicked, this, &DocumentsPage::openSelectedAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &DocumentsPage::removeSelectedAttachment);

    if (m_list->rowCount() > 0)
        m_view->setCurrentIndex(m_list->index(0, DocumentListModel::TitleColumn));
    onCurrentDocumentChanged();
}

void DocumentsPage::setLanguage(Language language)
{
    const QString uid = currentDocumentUid();
    m_language = language;
    m_list->setLanguage(language);
    m_matrix->setLanguage(language);
    showDocument(uid);
}

QString DocumentsPage::currentDocumentUid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DocumentListModel::UidRole).toString() : QString();
}

void DocumentsPage::showDocument(const QString &uid)
{
    const int row = m_list->fetchRowOf(uid);
    if (row < 0 || uid == currentDocumentUid())
        return;
    const QModelIndex index = m_list->index(row, DocumentListModel::TitleColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DocumentsPage::onCurrentDocumentChanged()
{
    const QString uid = currentDocumentUid();
    m_overrideRow->hide();
    m_overrideReason->clear();
    showError(QString());
    const int matrixRow = m_matrix->fetchRowOf(uid);
    if (matrixRow >= 0 && m_matrixView->currentIndex().row() != matrixRow) {
        const int column = qMax(0, m_matrixView->currentIndex().column());
        m_matrixView->setCurrentIndex(m_matrix->index(matrixRow, column));
    }
    reloadAttachments();
    updateState();
}

void DocumentsPage::updateState()
{
    const int row = m_list->rowOf(currentDocumentUid());
    const bool any = row >= 0;
    const bool writable = isWritable();
    m_newButton->setEnabled(writable);
    m_editButton->setEnabled(any && writable);
    m_deleteButton->setEnabled(any && writable);
    m_state->setEnabled(any && writable);
    m_attachments->setEnabled(any);
    m_addAttachment->setEnabled(any && writable);
    const bool file = any && m_attachments->currentItem() != nullptr;
    m_saveAttachment->setEnabled(file);
    m_openAttachment->setEnabled(file);
    m_removeAttachment->setEnabled(file && writable);
    m_overrideReason->setEnabled(writable);
    m_overrideButton->setEnabled(writable && !m_overrideReason->text().trimmed().isEmpty());
    if (!any) {
        m_blocking->clear();
        return;
    }
    const Document &document = m_list->documentAt(row);
    m_updating = true;
    form::selectData(m_state, int(document.state));
    m_updating = false;
    const QList<Party> blocking = ConsensusRules::blockingMembers(document, m_list->members());
    if (document.state == DocumentState::Approved)
        m_blocking->setText(
            blocking.isEmpty()
                ? tr("Approved by consensus.")
                : tr("Approved without the no objection of %1.").arg(ConsensusRules::names(blocking, m_language)));
    else if (blocking.isEmpty())
        m_blocking->setText(tr("Every member country has no objection: it can be approved."));
    else
        m_blocking->setText(tr("Approval waits for %1 (%2).")
                                .arg(ConsensusRules::names(blocking, m_language),
                                     ConsensusRules::summary(ConsensusRules::tally(document, m_list->members()))));
}

void DocumentsPage::onStateChosen(int index)
{
    if (m_updating || index < 0 || !isWritable())
        return;
    const QString uid = currentDocumentUid();
    if (uid.isEmpty())
        return;
    const auto state = DocumentState(m_state->itemData(index).toInt());
    const Status result = m_editor.setDocumentState(uid, state);
    if (result) {
        m_overrideRow->hide();
        showError(QString());
        updateState();
        return;
    }
    updateState(); // back to the state it has
    const int row = m_list->rowOf(uid);
    const QList<Party> blocking =
        row >= 0 ? ConsensusRules::blockingMembers(m_list->documentAt(row), m_list->members()) : QList<Party>();
    if (ConsensusRules::needsConsensus(state) && !blocking.isEmpty()) {
        m_blocking->setText(tr("Not approved: no “no objection” yet from %1. To approve anyway, give the reason.")
                                .arg(ConsensusRules::names(blocking, m_language)));
        m_overrideRow->show();
        m_overrideReason->setFocus();
        return;
    }
    showError(tr("The state could not be changed: %1").arg(result.error().message));
}

void DocumentsPage::approveWithReason()
{
    const QString reason = m_overrideReason->text().trimmed();
    if (reason.isEmpty() || !isWritable())
        return;
    const Status result = m_editor.setDocumentState(currentDocumentUid(), DocumentState::Approved, reason);
    if (!result) {
        showError(tr("The document could not be approved: %1").arg(result.error().message));
        return;
    }
    m_overrideRow->hide();
    m_overrideReason->clear();
    showError(QString());
    updateState();
}

// Read-only, a cell shows its reply in its tooltip but opens no editor.
void DocumentsPage::openConsultationEditor(const QModelIndex &index)
{
    if (!index.isValid() || !isWritable())
        return;
    const Document &document = m_matrix->documentAt(index.row());
    const Party &country = m_matrix->memberAt(index.column());
    if (m_consultationEditor) {
        if (m_consultationEditor->documentUid() == document.uid &&
            m_consultationEditor->reply().partyId == country.id) {
            m_consultationEditor->raise();
            return;
        }
        m_consultationEditor->close();
    }
    m_consultationEditor = new ConsultationEditor(m_editor, document.uid, document.title.text(m_language),
                                                  country.name.text(m_language), m_matrix->replyAt(index), this);
    m_consultationEditor->open();
}

void DocumentsPage::reloadAttachments()
{
    const QString selected =
        m_attachments->currentItem() ? m_attachments->currentItem()->data(AttachmentUidRole).toString() : QString();
    m_attachments->clear();
    const QString uid = currentDocumentUid();
    Repositories &repos = m_editor.repositories();
    const qint64 documentId = uid.isEmpty() ? 0 : repos.documents().idOf(uid);
    if (documentId) {
        const QLocale locale;
        for (const Attachment &a : repos.attachments().forDocument(documentId)) {
            auto *item = new QListWidgetItem(tr("%1 — version %2 — %3 — %4")
                                                 .arg(a.fileName)
                                                 .arg(a.version)
                                                 .arg(locale.formattedDataSize(a.size),
                                                      locale.toString(a.addedAt.toLocalTime(), QLocale::ShortFormat)),
                                             m_attachments);
            item->setData(AttachmentUidRole, a.uid);
            item->setToolTip(tr("%1\nSHA-256: %2").arg(a.mimeType, QString::fromLatin1(a.sha256)));
            if (a.uid == selected)
                m_attachments->setCurrentItem(item);
        }
    }
    updateState();
}

void DocumentsPage::chooseFile(bool save, const QString &suggested, const std::function<void(const QString &)> &then)
{
    if (m_chooser) {
        const QString path = m_chooser(save, suggested);
        if (!path.isEmpty())
            then(path);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, save ? tr("Save Attachment") : tr("Attach File"), dir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save)
        dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

bool DocumentsPage::attachFile(const QString &path)
{
    if (!isWritable())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file could not be read: %1").arg(file.errorString()));
        return false;
    }
    QString uid;
    const Status result =
        m_editor.addAttachment(currentDocumentUid(), QFileInfo(path).fileName(), file.readAll(), &uid);
    if (!result) {
        showError(tr("The file could not be attached: %1").arg(result.error().message));
        return false;
    }
    showError(QString());
    for (int i = 0; i < m_attachments->count(); ++i) {
        if (m_attachments->item(i)->data(AttachmentUidRole).toString() == uid)
            m_attachments->setCurrentRow(i);
    }
    return true;
}

bool DocumentsPage::saveSelectedAttachment(const QString &path)
{
    const QListWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return false;
    const Status result = m_editor.repositories().attachments().saveTo(item->data(AttachmentUidRole).toString(), path);
    showError(result ? QString() : tr("The file could not be saved: %1").arg(result.error().message));
    return result.ok();
}

void DocumentsPage::openSelectedAttachment()
{
    const QListWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    const QString uid = item->data(AttachmentUidRole).toString();
    const auto attachment = m_editor.repositories().attachments().byUid(uid);
    if (!attachment)
        return;
    // A copy in a folder of its own under the temporary location, opened by the desktop.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("presidency-desk-") + uid);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(attachment->fileName);
    if (saveSelectedAttachment(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DocumentsPage::removeSelectedAttachment()
{
    const QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !isWritable())
        return;
    const Status result = m_editor.removeAttachment(item->data(AttachmentUidRole).toString());
    showError(result ? QString() : tr("The file could not be removed: %1").arg(result.error().message));
}

void DocumentsPage::showError(const QString &message)
{
    form::showMessage(m_error, message);
}

bool DocumentsPage::isWritable() const
{
    return access::writable(m_editor);
}

void DocumentsPage::newDocument()
{
    if (!isWritable())
        return;
    openDocumentEditor(new DocumentEditor(m_editor, Document(), m_language, this));
}

void DocumentsPage::editDocument(const QString &uid)
{
    if (uid.isEmpty() || !isWritable())
        return;
    if (m_documentEditor && m_documentEditor->document().uid == uid) {
        m_documentEditor->raise();
        return;
    }
    const auto document = m_editor.repositories().documents().byUid(uid);
    if (!document)
        return;
    openDocumentEditor(new DocumentEditor(m_editor, *document, m_language, this));
}

void DocumentsPage::openDocumentEditor(DocumentEditor *dialog)
{
    if (m_documentEditor)
        m_documentEditor->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DocumentEditor::saved, this, [this](const QString &uid) {
        showError(QString());
        showDocument(uid);
        updateState();
    });
    m_documentEditor = dialog;
    dialog->open();
}

void DocumentsPage::removeCurrentDocument()
{
    const QString uid = currentDocumentUid();
    const int row = m_list->rowOf(uid);
    if (row < 0 || !isWritable())
        return;
    if (m_confirmDelete)
        m_confirmDelete->close();
    const Document &document = m_list->documentAt(row);
    const QString name = document.code.isEmpty() ? document.title.text(m_language)
                                                 : tr("%1 “%2”").arg(document.code, document.title.text(m_language));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Document"),
                                tr("Delete the document %1? Its attachments and consultation replies go with it; "
                                   "Undo brings them back.")
                                    .arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, uid](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        const Status status = m_editor.removeDocument(uid);
        showError(status ? QString() : tr("The document could not be deleted: %1").arg(status.error().message));
    });
    m_confirmDelete = box;
    box->open();
}

} // namespace pd
