#pragma once

// Keyboard input for the GUI tests, as a user types it so that the widgets' own
// signals fire: choosing an entry of a combo box (Home, then Down to it), accented
// text, dates and times; and finding a dialog's widgets by objectName.

#include <QComboBox>
#include <QDateEdit>
#include <QDebug>
#include <QRegularExpression>
#include <QTest>
#include <QTimeEdit>

namespace pd::test {

// The child of `parent` named `name`; warns when there is none.
template <typename T>
T *child(const QObject &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no child" << name;
    return widget;
}

// QTest::keyClicks takes ASCII only; accented letters are sent as text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Types a date into a date edit as a user does: Tab into it (which selects its first
// section) and type the digits in the edit's own order; each full section moves on.
inline void typeDate(QDateEdit *edit, const QDate &date)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QString digits = date.toString(edit->displayFormat());
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    QTest::keyClicks(edit, digits);
    QTest::keyClick(edit, Qt::Key_Tab);
}

inline void typeTime(QTimeEdit *edit, const QString &digits)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, digits);
}

inline bool chooseRow(QComboBox *combo, int target)
{
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

// The entry shown as `text`.
inline bool choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        qWarning() << "no" << text << "in" << combo->objectName();
    return chooseRow(combo, target);
}

// The entry that carries `data`.
inline bool chooseData(QComboBox *combo, const QVariant &data)
{
    return chooseRow(combo, combo->findData(data));
}

} // namespace pd::test
