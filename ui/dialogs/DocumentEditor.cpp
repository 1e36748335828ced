#include "DocumentEditor.h"

#include "commands/Editor.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

using namespace form;

DocumentEditor::DocumentEditor(Editor &editor, const Document &document, Language language, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_document(document)
{
    setObjectName(QStringLiteral("documentEditor"));
    setWindowTitle(document.id == 0 ? tr("New document") : tr("Edit document"));
    Repositories &repos = editor.repositories();

    m_code = input<QLineEdit>(this, "documentCode", tr("Code"));
    m_code->setPlaceholderText(tr("e.g. PROT-2022-01"));
    m_kind = input<QComboBox>(this, "documentKind", tr("Kind"));
    fillEnum<DocumentKind>(m_kind);
    m_group = input<QComboBox>(this, "documentGroup", tr("Working group"));
    m_group->addItem(tr("None (the conference as a whole)"), 0);
    for (const WorkingGroup &g : repos.workingGroups().all())
        m_group->addItem(g.name.text(language), g.id);

    m_titleEn = input<QLineEdit>(this, "titleEn", tr("Title in English"));
    m_titleEn->setPlaceholderText(tr("Title in English"));
    m_titleEs = input<QLineEdit>(this, "titleEs", tr("Title in Spanish"));
    m_titleEs->setPlaceholderText(tr("Title in Spanish"));
    m_titleError = errorLabel(QStringLiteral("titleError"), this);
    m_titleWarning = messageLabel(QStringLiteral("titleWarning"), this, Tone::Warning);
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_titleEn, 1);
    titles->addWidget(m_titleEs, 1);
    auto *titleMessages = new QVBoxLayout;
    titleMessages->addLayout(titles);
    titleMessages->addWidget(m_titleWarning);

    m_descriptionEn = input<QPlainTextEdit>(this, "descriptionEn", tr("Description in English"));
    m_descriptionEs = input<QPlainTextEdit>(this, "descriptionEs", tr("Description in Spanish"));
    auto *descriptions = new QHBoxLayout;
    for (QPlainTextEdit *edit : {m_descriptionEn, m_descriptionEs}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(80);
        descriptions->addWidget(edit, 1);
    }

    m_deadline = input<QDateEdit>(this, "reviewDeadline", tr("Review deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(dateFormat());
    m_noDeadline = input<QCheckBox>(this, "noDeadline", tr("No deadline"));
    m_noDeadline->setText(tr("&No deadline"));
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_deadline);
    deadline->addSpacing(12);
    deadline->addWidget(m_noDeadline);
    deadline->addStretch(1);

    auto *form = new QFormLayout;
    addFieldRow(form, this, tr("&Code:"), m_code);
    addFieldRow(form, this, tr("&Kind:"), m_kind);
    addFieldRow(form, this, tr("&Working group:"), m_group);
    addFieldsRow(form, this, tr("&Title:"), m_titleEn, titleMessages, m_titleError);
    addFieldsRow(form, this, tr("Desc&ription:"), m_descriptionEn, descriptions,
                 missingTranslationNote(m_descriptionEn, m_descriptionEs, QStringLiteral("descriptionWarning"), this));
    addFieldsRow(form, this, tr("Review &deadline:"), m_deadline, deadline);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = editorButtons(this, tr("Save the document (Ctrl+Return)"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    m_code->setText(document.code);
    selectData(m_kind, int(document.kind));
    selectData(m_group, document.workingGroupId);
    m_titleEn->setText(document.title.en);
    m_titleEs->setText(document.title.es);
    m_descriptionEn->setPlainText(document.description.en);
    m_descriptionEs->setPlainText(document.description.es);
    m_noDeadline->setChecked(!document.reviewDeadline.isValid());
    m_deadline->setDate(document.reviewDeadline.isValid() ? document.reviewDeadline : QDate::currentDate().addDays(30));
    m_deadline->setEnabled(document.reviewDeadline.isValid());

    connect(m_noDeadline, &QCheckBox::toggled, m_deadline, [this](bool none) { m_deadline->setEnabled(!none); });
    for (QLineEdit *edit : {m_titleEn, m_titleEs})
        connect(edit, &QLineEdit::textChanged, this, &DocumentEditor::validate);
    validate();
    (document.code.isEmpty() ? m_code : m_titleEn)->setFocus();
    resize(720, sizeHint().height());
}

Document DocumentEditor::document() const
{
    Document d = m_document;
    d.code = m_code->text().trimmed();
    d.kind = DocumentKind(m_kind->currentData().toInt());
    d.workingGroupId = m_group->currentData().toLongLong();
    d.title = {m_titleEn->text().trimmed(), m_titleEs->text().trimmed()};
    d.description = {m_descriptionEn->toPlainText().trimmed(), m_descriptionEs->toPlainText().trimmed()};
    d.reviewDeadline = m_noDeadline->isChecked() ? QDate() : m_deadline->date();
    if (d.id == 0 && d.consultations.isEmpty()) {
        for (const Party &member : m_editor.repositories().parties().members()) {
            Consultation c;
            c.partyId = member.id;
            d.consultations.append(c);
        }
    }
    return d;
}

bool DocumentEditor::validate()
{
    const bool noTitle = m_titleEn->text().trimmed().isEmpty() && m_titleEs->text().trimmed().isEmpty();
    showMessage(m_titleError, noTitle ? tr("Enter a title in English or in Spanish.") : QString());
    showMessage(m_titleWarning, missingTranslation(m_titleEn->text(), m_titleEs->text()));
    // The code is optional: the RCM's documents are known by their titles until the
    // Secretariat numbers them.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!noTitle);
    return !noTitle;
}

void DocumentEditor::accept()
{
    if (!validate())
        return;
    Document d = document();
    const Status status = d.id == 0 ? m_editor.addDocument(d) : m_editor.updateDocument(d);
    if (!status) {
        showMessage(m_saveError, tr("The document could not be saved: %1").arg(status.error().message));
        return;
    }
    m_document = d;
    Q_EMIT saved(d.uid);
    QDialog::accept();
}

} // namespace pd
