#pragma once

#include "domain/Enums.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd::form {

// Small helpers for editor dialogs (the same conventions as the meeting editor).

enum class Tone
{
    Error,   // blocks saving: red
    Warning, // worth knowing, saving goes on: amber
};

// A message shown next to a field while there is something to say (hidden otherwise).
inline QLabel *messageLabel(const QString &objectName, QWidget *parent, Tone tone = Tone::Error)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x8a, 0x5a, 0x00));
    label->setPalette(palette);
    label->hide();
    return label;
}

inline QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    return messageLabel(objectName, parent, Tone::Error);
}

// OK and Cancel of an editor dialog, named okButton/cancelButton. Return alone does not
// save a half-typed record (it also confirms a table cell); Ctrl+Return saves from
// anywhere in the dialog, Esc cancels. The dialog should also keep OK from becoming the
// default button when shown (QDialogButtonBox makes it so).
inline QDialogButtonBox *editorButtons(QDialog *dialog, const QString &okToolTip)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setToolTip(okToolTip);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(QCoreApplication::translate("pd::form", "Close without saving (Esc)"));
    for (QPushButton *button : {ok, cancel})
        button->setAutoDefault(false);
    for (const QKeyCombination key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

inline void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// What to say about a bilingual field with only one language filled in: printed sheets
// in the other language will fall back to it. Empty when both or neither are filled.
inline QString missingTranslation(const QString &en, const QString &es)
{
    if (en.trimmed().isEmpty() == es.trimmed().isEmpty())
        return {};
    return es.trimmed().isEmpty()
               ? QCoreApplication::translate("pd::form", "No Spanish version yet: Spanish lists and sheets will show "
                                                         "the English one.")
               : QCoreApplication::translate("pd::form", "No English version yet: English lists and sheets will show "
                                                         "the Spanish one.");
}

// A note under an English/Spanish pair of text boxes, shown while only one is filled in.
inline QLabel *missingTranslationNote(QPlainTextEdit *en, QPlainTextEdit *es, const QString &objectName,
                                      QWidget *parent)
{
    auto *note = messageLabel(objectName, parent, Tone::Warning);
    const auto update = [note, en, es] { showMessage(note, missingTranslation(en->toPlainText(), es->toPlainText())); };
    QObject::connect(en, &QPlainTextEdit::textChanged, note, update);
    QObject::connect(es, &QPlainTextEdit::textChanged, note, update);
    return note;
}

// A labelled row of a form: a field (or a layout of fields) with its message beneath,
// which stays hidden while there is nothing to say.
inline void addFieldsRow(QFormLayout *form, QWidget *parent, const QString &text, QWidget *buddy, QLayout *fields,
                         QLabel *message = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    auto *box = new QVBoxLayout;
    box->addLayout(fields);
    if (message)
        box->addWidget(message);
    form->addRow(label, box);
}

inline void addFieldRow(QFormLayout *form, QWidget *parent, const QString &text, QWidget *field,
                        QLabel *message = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    if (!message) {
        form->addRow(label, field);
        return;
    }
    auto *box = new QVBoxLayout;
    box->addWidget(field);
    box->addWidget(message);
    form->addRow(label, box);
}

// An input of the form, named for tests and for screen readers.
template <typename T>
T *input(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *widget = new T(parent);
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

template <typename E>
void fillEnum(QComboBox *combo)
{
    for (const E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
}

inline void selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

// The locale's short date in digits with a four-digit year (ISO 8601 when the locale's
// format has no separators or names the weekday).
inline QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+")), months(QStringLiteral("M+")),
        days(QStringLiteral("d+")), separators(QStringLiteral("[./-]"));
    if (format.contains(QLatin1String("ddd")) || !format.contains(separators))
        return QStringLiteral("yyyy-MM-dd");
    format.replace(years, QStringLiteral("yyyy"));
    format.replace(months, QStringLiteral("MM"));
    format.replace(days, QStringLiteral("dd"));
    return format;
}

} // namespace pd::form
