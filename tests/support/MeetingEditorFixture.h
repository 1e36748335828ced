#pragma once

// What the meeting editor's GUI tests share: keyboard input as a user types it (combo
// boxes, accented text, date and time edits), and a fresh RCM database with its
// Editor for each test function. Header only, for GUI test executables.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "storage/Repositories.h"

#include <QComboBox>
#include <QDateEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

namespace pd::test {

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

// The widget that has the keyboard focus in the dialog (a cell editor while editing).
inline QWidget *focused(QWidget *window)
{
    return window->focusWidget();
}

// A fresh RCM database, its repositories and an Editor for each test function: call
// setUp() and tearDown() from init() and cleanup().
class MeetingEditorFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    int m_files = 0;

    template <typename T>
    static T *child(const QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }

    qint64 partyId(const char *code) const { return m_repos->parties().byCode(QLatin1String(code))->id; }

    Meeting rcgm() const
    {
        MeetingFilter filter;
        filter.from = filter.to = QDate(2021, 12, 1);
        filter.kind = MeetingKind::Rcgm;
        const QList<Meeting> found = m_repos->meetings().find(filter);
        return found.isEmpty() ? Meeting() : found.first();
    }

    void setUp()
    {
        m_db = rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
    }
    void tearDown()
    {
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }
};

} // namespace pd::test
