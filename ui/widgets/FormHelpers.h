#pragma once

#include "domain/Enums.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace pd::form {

// Small helpers for editor dialogs (the same conventions as the meeting editor).

// A red message shown next to a field while there is a problem (hidden otherwise).
inline QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

inline void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
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
