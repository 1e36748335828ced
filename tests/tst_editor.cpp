// Editor, the one edit façade: every edit is one named undo step that undoes and
// redoes exactly, no-ops are dropped, failures push nothing.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "storage/AuditLog.h"
#include "storage/Repositories.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    int m_files = 0;

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
    }
    void cleanup()
    {
        m_repos.reset();
        m_db.reset();
    }

    void addMeetingUndoRedo()
    {
        Editor editor(*m_repos);
        Meeting m;
        m.kind = MeetingKind::Workshop;
        m.title = {QStringLiteral("Workshop on Reintegration"), QStringLiteral("Taller sobre Reintegración")};
        m.startDate = QDate(2022, 5, 10);
        QVERIFY(editor.addMeeting(m).ok());
        QVERIFY(m.id > 0);
        const QString uid = m.uid;
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Add meeting “Workshop on Reintegration”"));

        editor.undoStack()->undo();
        QVERIFY(!m_repos->meetings().byUid(uid).has_value());
        editor.undoStack()->redo();
        const auto back = m_repos->meetings().byUid(uid);
        QVERIFY(back.has_value());
        QCOMPARE(back->id, m.id); // the same record, not a copy
        QCOMPARE(back->title.es, m.title.es);
    }

    void statusChangeIsNamedAndReversible()
    {
        Editor editor(*m_repos);
        const Activity h = *m_repos->activities().byCode(QStringLiteral("7.h"));
        QCOMPARE(h.status, ActivityStatus::Planned);
        QVERIFY(editor.setActivityStatus({h.uid}, ActivityStatus::InProgress).ok());
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Change status of 7.h"));
        QCOMPARE(m_repos->activities().byUid(h.uid)->status, ActivityStatus::InProgress);
        editor.undoStack()->undo();
        QCOMPARE(m_repos->activities().byUid(h.uid)->status, ActivityStatus::Planned);
        editor.undoStack()->redo();
        QCOMPARE(m_repos->activities().byUid(h.uid)->status, ActivityStatus::InProgress);

        // Setting the same status again is a no-op: nothing pushed, nothing audited.
        AuditLog audit(*m_db);
        const int rows = audit.count();
        QVERIFY(editor.setActivityStatus({h.uid}, ActivityStatus::InProgress).ok());
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(audit.count(), rows);
    }

    void bulkStatusIsOneStep()
    {
        Editor editor(*m_repos);
        QStringList uids;
        for (const char *code : {"7.h", "7.i", "7.l", "7.a"}) // 7.a is already in progress
            uids.append(m_repos->activities().byCode(QLatin1String(code))->uid);
        QVERIFY(editor.setActivityStatus(uids, ActivityStatus::InProgress).ok());
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Change status of 3 activities"));
        editor.undoStack()->undo();
        QCOMPARE(m_repos->activities().byCode(QStringLiteral("7.l"))->status, ActivityStatus::Planned);
        QCOMPARE(m_repos->activities().byCode(QStringLiteral("7.a"))->status, ActivityStatus::InProgress);
    }

    void removingSeveralActivitiesIsOneStep()
    {
        Editor editor(*m_repos);
        const int before = m_repos->activities().all().size();
        // The parent first in the selection: its sub-items must still go before it.
        QStringList uids;
        for (const char *code : {"7.p", "7.p.i", "7.p.ii", "7.p.iii", "7.h"})
            uids.append(m_repos->activities().byCode(QLatin1String(code))->uid);
        QVERIFY2(editor.removeActivities(uids).ok(), "parent and sub-items in one step");
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Delete 5 activities"));
        QCOMPARE(m_repos->activities().all().size(), before - 5);
        editor.undoStack()->undo();
        QCOMPARE(m_repos->activities().all().size(), before);
        const auto child = m_repos->activities().byCode(QStringLiteral("7.p.ii"));
        QVERIFY(child);
        QCOMPARE(child->uid, uids.at(2));
        QCOMPARE(child->parentId, m_repos->activities().byCode(QStringLiteral("7.p"))->id);
        editor.undoStack()->redo();
        QCOMPARE(m_repos->activities().all().size(), before - 5);

        // A selection with one that is gone changes nothing.
        editor.undoStack()->undo();
        QVERIFY(!editor.removeActivities({uids.at(4), QStringLiteral("no-such-uid")}).ok());
        QCOMPARE(m_repos->activities().all().size(), before);
        QCOMPARE(editor.undoStack()->count(), 1);
    }

    void removingAMeetingRestoresItsLinksOnUndo()
    {
        Editor editor(*m_repos);
        const Activity t = *m_repos->activities().byCode(QStringLiteral("7.t"));
        QVERIFY(t.meetingId > 0);
        const Meeting meeting = *m_repos->meetings().byId(t.meetingId);
        QVERIFY(editor.removeMeeting(meeting.uid).ok());
        QVERIFY(!m_repos->meetings().byUid(meeting.uid).has_value());
        QCOMPARE(m_repos->activities().byCode(QStringLiteral("7.t"))->meetingId, 0);
        editor.undoStack()->undo();
        QCOMPARE(m_repos->meetings().byUid(meeting.uid)->id, meeting.id);
        QCOMPARE(m_repos->activities().byCode(QStringLiteral("7.t"))->meetingId, meeting.id);
    }

    void schedulingAndValidation()
    {
        Editor editor(*m_repos);
        const Activity l = *m_repos->activities().byCode(QStringLiteral("7.l"));
        QVERIFY(editor.scheduleActivity(l.uid, QDate(2022, 6, 14), QDate(2022, 6, 15)).ok());
        QCOMPARE(m_repos->activities().byUid(l.uid)->targetStart, QDate(2022, 6, 14));
        QVERIFY(editor.undoStack()->undoText().startsWith(QStringLiteral("Schedule 7.l on ")));
        const Status bad = editor.scheduleActivity(l.uid, QDate(2022, 6, 15), QDate(2022, 6, 14));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Invalid);
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QVERIFY(!m_repos->activities().byUid(l.uid)->targetStart.isValid());
    }

    void failedEditPushesNothing()
    {
        Editor editor(*m_repos);
        Activity orphan;
        orphan.code = QStringLiteral("9.z");
        orphan.leadId = 999999; // no such party: the foreign key refuses it
        const Status s = editor.addActivity(orphan);
        QVERIFY(!s.ok());
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!m_repos->activities().byCode(QStringLiteral("9.z")).has_value());
        QVERIFY(!editor.removeActivity(QStringLiteral("no-such-uid")).ok());
        QCOMPARE(editor.undoStack()->count(), 0);
    }

    void cleanStateFollowsTheStack()
    {
        Editor editor(*m_repos);
        QSignalSpy clean(editor.undoStack(), &QUndoStack::cleanChanged);
        const Activity h = *m_repos->activities().byCode(QStringLiteral("7.h"));
        QVERIFY(editor.setActivityStatus({h.uid}, ActivityStatus::Completed).ok());
        QVERIFY(!editor.undoStack()->isClean());
        editor.undoStack()->undo();
        QVERIFY(editor.undoStack()->isClean());
        QCOMPARE(clean.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
