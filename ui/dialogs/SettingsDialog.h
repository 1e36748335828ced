#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace pd {

// The program's settings. Today: the interface language, applied the moment it is
// chosen (every open window retranslates through QEvent::LanguageChange, this dialog
// included) and kept for the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLanguage();

    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_languageNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
