#include "SettingsDialog.h"

#include "i18n/Translation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
// Combo data: "" follows the system, else a language code.
const QString FollowSystem;
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that it can be found whatever is showing.
    m_language->addItem(QString(), FollowSystem);
    m_language->addItem(QStringLiteral("English"), translation::codeOf(Language::English));
    m_language->addItem(QStringLiteral("Español"), translation::codeOf(Language::Spanish));
    const auto saved = translation::savedLanguage();
    m_language->setCurrentIndex(m_language->findData(saved ? translation::codeOf(*saved) : FollowSystem));

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::applyLanguage);
    retranslate();
}

void SettingsDialog::applyLanguage()
{
    const auto chosen = translation::languageFromCode(m_language->currentData().toString());
    translation::saveLanguage(chosen);
    const Language language = chosen.value_or(translation::systemLanguage());
    if (language != translation::currentLanguage())
        translation::setLanguage(*QCoreApplication::instance(), language);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Interface &language:"));
    const QString system =
        translation::systemLanguage() == Language::Spanish ? QStringLiteral("Español") : QStringLiteral("English");
    m_language->setItemText(0, tr("Same as the system (%1)").arg(system));
    m_languageNote->setText(tr("Menus, pages, dates and amounts change at once. Records are shown in this language "
                               "when they have it, else in the other."));
}

} // namespace pd
