#pragma once

// Keyboard input for the GUI tests: choosing an entry of a combo box as a keyboard
// user does (Home, then Down to it), so that the widget's own signals fire.

#include <QComboBox>
#include <QDebug>
#include <QTest>

namespace pd::test {

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
