#include "PartyDialog.h"

#include "commands/Editor.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
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

namespace {
QHBoxLayout *sideBySide(QWidget *en, QWidget *es)
{
    auto *row = new QHBoxLayout;
    row->addWidget(en, 1);
    row->addWidget(es, 1);
    return row;
}
} // namespace

PartyDialog::PartyDialog(Editor &editor, const Party &party, Language language, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_party(party)
{
    setObjectName(QStringLiteral("partyDialog"));
    setWindowTitle(tr("Edit %1").arg(party.name.text(language)));

    m_kind = input<QComboBox>(this, "partyKind", tr("Kind"));
    fillEnum<PartyKind>(m_kind);
    m_code = input<QLineEdit>(this, "partyCode", tr("Code"));
    m_code->setPlaceholderText(tr("ISO 3166 code of a country, or an acronym"));
    m_nameEn = input<QLineEdit>(this, "nameEn", tr("Name in English"));
    m_nameEn->setPlaceholderText(tr("Name in English"));
    m_nameEs = input<QLineEdit>(this, "nameEs", tr("Name in Spanish"));
    m_nameEs->setPlaceholderText(tr("Name in Spanish"));
    m_nameError = errorLabel(QStringLiteral("nameError"), this);
    m_nameWarning = messageLabel(QStringLiteral("nameWarning"), this, Tone::Warning);
    auto *names = new QVBoxLayout;
    names->addLayout(sideBySide(m_nameEn, m_nameEs));
    names->addWidget(m_nameWarning);
    m_acronymEn = input<QLineEdit>(this, "acronymEn", tr("Acronym in English"));
    m_acronymEn->setPlaceholderText(tr("Acronym in English"));
    m_acronymEs = input<QLineEdit>(this, "acronymEs", tr("Acronym in Spanish"));
    m_acronymEs->setPlaceholderText(tr("Acronym in Spanish"));
    m_member = input<QCheckBox>(this, "memberCheck", tr("Member"));
    m_member->setText(tr("&Member of the conference (answers consultations, owes contributions)"));
    m_notes = input<QPlainTextEdit>(this, "partyNotes", tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    auto *form = new QFormLayout;
    addFieldRow(form, this, tr("&Kind:"), m_kind);
    addFieldRow(form, this, tr("&Code:"), m_code);
    addFieldsRow(form, this, tr("&Name:"), m_nameEn, names, m_nameError);
    addFieldsRow(form, this, tr("&Acronym:"), m_acronymEn, sideBySide(m_acronymEn, m_acronymEs));
    form->addRow(QString(), m_member);
    addFieldRow(form, this, tr("N&otes:"), m_notes);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = editorButtons(this, tr("Save the changes (Ctrl+Return)"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    selectData(m_kind, int(party.kind));
    m_code->setText(party.code);
    m_nameEn->setText(party.name.en);
    m_nameEs->setText(party.name.es);
    m_acronymEn->setText(party.acronym.en);
    m_acronymEs->setText(party.acronym.es);
    m_member->setChecked(party.member);
    m_notes->setPlainText(party.notes);

    for (QLineEdit *edit : {m_nameEn, m_nameEs})
        connect(edit, &QLineEdit::textChanged, this, &PartyDialog::validate);
    validate();
    m_nameEn->setFocus();
    resize(640, sizeHint().height());
}

Party PartyDialog::party() const
{
    Party p = m_party;
    p.kind = PartyKind(m_kind->currentData().toInt());
    p.code = m_code->text().trimmed();
    p.name = {m_nameEn->text().trimmed(), m_nameEs->text().trimmed()};
    p.acronym = {m_acronymEn->text().trimmed(), m_acronymEs->text().trimmed()};
    p.member = m_member->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

bool PartyDialog::validate()
{
    const bool noName = m_nameEn->text().trimmed().isEmpty() && m_nameEs->text().trimmed().isEmpty();
    showMessage(m_nameError, noName ? tr("Enter a name in English or in Spanish.") : QString());
    showMessage(m_nameWarning, missingTranslation(m_nameEn->text(), m_nameEs->text()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!noName);
    return !noName;
}

void PartyDialog::accept()
{
    if (!validate())
        return;
    const Party p = party();
    if (const Status status = m_editor.updateParty(p); !status) {
        showMessage(m_saveError, tr("The changes could not be saved: %1").arg(status.error().message));
        return;
    }
    m_party = p;
    Q_EMIT saved(p.uid);
    QDialog::accept();
}

} // namespace pd
