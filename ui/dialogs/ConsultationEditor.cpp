#include "ConsultationEditor.h"

#include "commands/Editor.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ConsultationEditor::ConsultationEditor(Editor &editor, const QString &documentUid, const QString &documentTitle,
                                       const QString &countryName, const Consultation &reply, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_documentUid(documentUid), m_reply(reply)
{
    setObjectName(QStringLiteral("consultationEditor"));
    setWindowTitle(tr("Reply of %1").arg(countryName));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *heading = new QLabel(tr("%1 on “%2”").arg(countryName, documentTitle), this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    m_state = form::input<QComboBox>(this, "consultationState", tr("Reply"));
    form::fillEnum<ConsultationState>(m_state);
    form::selectData(m_state, int(reply.state));

    const QDate today = QDate::currentDate();
    m_requestedUntil = form::input<QDateEdit>(this, "requestedUntil", tr("New date asked for"));
    m_requestedUntil->setCalendarPopup(true);
    m_requestedUntil->setDisplayFormat(form::dateFormat());
    m_requestedUntil->setDate(reply.requestedUntil.isValid() ? reply.requestedUntil : today.addMonths(1));

    m_replied = form::input<QCheckBox>(this, "repliedCheck", tr("Replied on"));
    m_replied->setText(tr("Replied on"));
    m_replied->setChecked(reply.repliedOn.isValid());
    m_repliedOn = form::input<QDateEdit>(this, "repliedOn", tr("Date of the reply"));
    m_repliedOn->setCalendarPopup(true);
    m_repliedOn->setDisplayFormat(form::dateFormat());
    m_repliedOn->setDate(reply.repliedOn.isValid() ? reply.repliedOn : today);

    m_note = form::input<QLineEdit>(this, "consultationNote", tr("Note"));
    m_note->setText(reply.note);

    m_messageAttached = form::input<QCheckBox>(this, "messageAttached", tr("Message attached"));
    m_messageAttached->setText(tr("The reply came with a &message"));
    m_messageAttached->setChecked(!reply.message.isEmpty());
    m_message = form::input<QPlainTextEdit>(this, "consultationMessage", tr("Message of the country"));
    m_message->setPlainText(reply.message);
    m_message->setPlaceholderText(tr("The text of the country's message, recorded on its behalf"));
    m_message->setTabChangesFocus(true);

    m_error = form::errorLabel(QStringLiteral("consultationError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *replied = new QHBoxLayout;
    replied->addWidget(m_replied);
    replied->addWidget(m_repliedOn, 1);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Reply:"), m_state);
    fields->addRow(tr("&New date:"), m_requestedUntil);
    fields->addRow(replied);
    fields->addRow(tr("N&ote:"), m_note);
    fields->addRow(m_messageAttached);
    fields->addRow(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ConsultationEditor::refresh);
    connect(m_replied, &QCheckBox::toggled, this, &ConsultationEditor::refresh);
    connect(m_messageAttached, &QCheckBox::toggled, this, &ConsultationEditor::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConsultationEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConsultationEditor::reject);
    refresh();
}

void ConsultationEditor::refresh()
{
    const auto state = ConsultationState(m_state->currentData().toInt());
    m_requestedUntil->setEnabled(state == ConsultationState::MoreTimeRequested);
    m_repliedOn->setEnabled(m_replied->isChecked());
    m_message->setEnabled(m_messageAttached->isChecked());
}

Consultation ConsultationEditor::reply() const
{
    Consultation c = m_reply;
    c.state = ConsultationState(m_state->currentData().toInt());
    c.requestedUntil = c.state == ConsultationState::MoreTimeRequested ? m_requestedUntil->date() : QDate();
    c.repliedOn = m_replied->isChecked() ? m_repliedOn->date() : QDate();
    c.note = m_note->text().trimmed();
    c.message = m_messageAttached->isChecked() ? m_message->toPlainText().trimmed() : QString();
    return c;
}

void ConsultationEditor::accept()
{
    const Status result = m_editor.setConsultation(m_documentUid, reply());
    if (!result) {
        form::showMessage(m_error, tr("The reply could not be recorded: %1").arg(result.error().message));
        return;
    }
    QDialog::accept();
}

} // namespace pd
