#include "FocalPointDialog.h"

#include "commands/Editor.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

using namespace form;

FocalPointDialog::FocalPointDialog(Editor &editor, const FocalPoint &focalPoint, Language language, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_focalPoint(focalPoint)
{
    setObjectName(QStringLiteral("focalPointDialog"));
    setWindowTitle(focalPoint.id == 0 ? tr("New focal point") : tr("Edit focal point"));

    m_party = input<QComboBox>(this, "focalPointParty", tr("Country or organization"));
    for (const Party &p : editor.repositories().parties().all())
        m_party->addItem(p.name.text(language), p.id);
    m_name = input<QLineEdit>(this, "focalPointName", tr("Name"));
    m_nameError = errorLabel(QStringLiteral("nameError"), this);
    m_role = input<QLineEdit>(this, "focalPointRole", tr("Role"));
    m_role->setPlaceholderText(tr("Focal point of the Working Group on Protection, …"));
    m_email = input<QLineEdit>(this, "focalPointEmail", tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailError = errorLabel(QStringLiteral("emailError"), this);
    m_phone = input<QLineEdit>(this, "focalPointPhone", tr("Phone"));
    m_personalData = input<QCheckBox>(this, "personalDataCheck", tr("Personal data"));
    m_personalData->setText(tr("&Personal data (a handover package may leave it out)"));

    auto *form = new QFormLayout;
    addFieldRow(form, this, tr("&Country or organization:"), m_party, nullptr);
    addFieldRow(form, this, tr("&Name:"), m_name, m_nameError);
    addFieldRow(form, this, tr("&Role:"), m_role, nullptr);
    addFieldRow(form, this, tr("&E-mail:"), m_email, m_emailError);
    addFieldRow(form, this, tr("P&hone:"), m_phone, nullptr);
    form->addRow(QString(), m_personalData);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FocalPointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FocalPointDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    selectData(m_party, focalPoint.partyId);
    m_name->setText(focalPoint.name);
    m_role->setText(focalPoint.role);
    m_email->setText(focalPoint.email);
    m_phone->setText(focalPoint.phone);
    m_personalData->setChecked(focalPoint.personalData);
    m_nameTouched = focalPoint.id != 0;

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_email, &QLineEdit::textChanged, this, &FocalPointDialog::validate);
    validate();
    m_name->setFocus();
    resize(520, sizeHint().height());
}

FocalPoint FocalPointDialog::focalPoint() const
{
    FocalPoint f = m_focalPoint;
    f.partyId = m_party->currentData().toLongLong();
    f.name = m_name->text().trimmed();
    f.role = m_role->text().trimmed();
    f.email = m_email->text().trimmed();
    f.phone = m_phone->text().trimmed();
    f.personalData = m_personalData->isChecked();
    return f;
}

bool FocalPointDialog::validate()
{
    const FocalPoint f = focalPoint();
    const QString name = f.name.isEmpty() && m_nameTouched ? tr("Enter the name of the focal point.") : QString();
    showMessage(m_nameError, name);
    const QString email = !f.email.isEmpty() && !isPlausibleEmail(f.email)
                              ? tr("“%1” is not an e-mail address (name@example.org).").arg(f.email)
                              : QString();
    showMessage(m_emailError, email);
    const bool ok = !f.name.isEmpty() && email.isEmpty() && f.partyId != 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

void FocalPointDialog::accept()
{
    m_nameTouched = true;
    if (!validate())
        return;
    FocalPoint f = focalPoint();
    const Status status = f.id == 0 ? m_editor.addFocalPoint(f) : m_editor.updateFocalPoint(f);
    if (!status) {
        showMessage(m_saveError, tr("The focal point could not be saved: %1").arg(status.error().message));
        return;
    }
    showMessage(m_saveError, QString());
    m_focalPoint = f;
    Q_EMIT saved(f.uid);
    QDialog::accept();
}

} // namespace pd
