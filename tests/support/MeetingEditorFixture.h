#pragma once

// What the meeting editor's GUI tests share: keyboard input as a user types it
// (GuiInput.h), and a fresh RCM database with its Editor for each test function.
// Header only, for GUI test executables.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "storage/Repositories.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

namespace pd::test {

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
