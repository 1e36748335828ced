// DecisionTreeModel and PendingFollowUpModel over the RCM data: the register of the
// RCGM of 1 December 2021 as a tree (12 conclusions and their sub-items under them),
// kept in step with the repository, and the follow-ups pending before a later meeting.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "models/DecisionTreeModel.h"
#include "models/PendingFollowUpModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestDecisionTreeModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<DecisionTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Meeting meetingWhere(MeetingStatus status, bool scheduled) const
    {
        for (const Meeting &m : m_repos->meetings().all()) {
            if (m.kind == MeetingKind::Rcgm && m.status == status && m.isScheduled() == scheduled)
                return m;
        }
        return {};
    }
    Meeting rcgm() const { return meetingWhere(MeetingStatus::Held, true); }
    Decision decision(const char *number) const
    {
        return m_repos->decisions().byNumber(rcgm().id, QLatin1String(number)).value_or(Decision());
    }
    QStringList childNumbers(const QModelIndex &parent) const
    {
        QStringList numbers;
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            numbers.append(m_model->index(row, DecisionTreeModel::NumberColumn, parent).data().toString());
        return numbers;
    }
    static QStringList letters(const QString &prefix, char last)
    {
        QStringList list;
        for (char c = 'a'; c <= last; ++c)
            list.append(prefix + QLatin1Char('.') + QLatin1Char(c));
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_model = std::make_unique<DecisionTreeModel>(*m_repos);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setMeeting(rcgm().id);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void treeOfTheRegister()
    {
        QCOMPARE(m_model->columnCount(), int(DecisionTreeModel::ColumnCount));
        QStringList top;
        for (int i = 1; i <= 12; ++i)
            top.append(QString::number(i));
        QCOMPARE(childNumbers({}), top);
        const auto under = [this](const char *number) { return childNumbers(m_model->indexOf(decision(number).uid)); };
        QCOMPARE(under("1"), letters(QStringLiteral("1"), 'e'));
        QCOMPARE(under("2"), letters(QStringLiteral("2"), 'b'));
        QCOMPARE(under("3"), QStringList());
        QCOMPARE(under("4"), letters(QStringLiteral("4"), 'e'));
        QCOMPARE(under("5"), letters(QStringLiteral("5"), 'd'));
        QCOMPARE(under("6"), letters(QStringLiteral("6"), 'b'));
        QCOMPARE(under("7"), letters(QStringLiteral("7"), 'w'));
        QCOMPARE(under("7.p"),
                 (QStringList{QStringLiteral("7.p.i"), QStringLiteral("7.p.ii"), QStringLiteral("7.p.iii")}));
        QCOMPARE(under("7.u"), QStringList{QStringLiteral("7.u.i")});
        QCOMPARE(under("8"), letters(QStringLiteral("8"), 'b'));
        for (const char *leaf : {"9", "10", "11", "12", "7.h"})
            QCOMPARE(under(leaf), QStringList());

        // Parents, as the repository links them; 59 rows in all.
        const QModelIndex pii = m_model->indexOf(decision("7.p.ii").uid);
        QCOMPARE(pii.parent().data().toString(), QStringLiteral("7.p"));
        QCOMPARE(pii.parent().parent().data().toString(), QStringLiteral("7"));
        QVERIFY(!pii.parent().parent().parent().isValid());
        int rows = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                ++rows;
                const QModelIndex child = m_model->index(row, 0, parent);
                QCOMPARE(m_model->decisionAt(child)->parentId,
                         parent.isValid() ? m_model->decisionAt(parent)->id : qint64(0));
                count(child);
            }
        };
        count({});
        QCOMPARE(rows, 59);
    }

    void columnsAndLanguage()
    {
        const QModelIndex one = m_model->indexOf(decision("1").uid);
        const auto cell = [&](const QModelIndex &index, int column) {
            return m_model->index(index.row(), column, index.parent()).data().toString();
        };
        QCOMPARE(cell(one, DecisionTreeModel::VerbColumn), QStringLiteral("Approve"));
        QVERIFY(cell(one, DecisionTreeModel::TextColumn).startsWith(QStringLiteral("To approve the reports")));
        QCOMPARE(cell(one, DecisionTreeModel::PartiesColumn), QStringLiteral("Mexico"));
        QCOMPARE(cell(one, DecisionTreeModel::StatusColumn), enumLabel(DecisionStatus::NoFollowUp));
        const QModelIndex e = m_model->indexOf(decision("1.e").uid);
        QCOMPARE(cell(e, DecisionTreeModel::PartiesColumn), QStringLiteral("Belize, Dominican Republic"));
        QCOMPARE(cell(e, DecisionTreeModel::DueColumn), QStringLiteral("31 Mar 2022"));
        const QModelIndex twoA = m_model->indexOf(decision("2.a").uid);
        QVERIFY(!cell(twoA, DecisionTreeModel::OwnerColumn).isEmpty());

        // Spanish falls back to English where the source has no Spanish text.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setLanguage(Language::Spanish);
        QCOMPARE(reset.count(), 1);
        const QModelIndex oneEs = m_model->indexOf(decision("1").uid);
        QVERIFY(cell(oneEs, DecisionTreeModel::TextColumn).startsWith(QStringLiteral("To approve the reports")));
        QCOMPARE(cell(oneEs, DecisionTreeModel::PartiesColumn), QStringLiteral("México"));
    }

    void followsTheRepository()
    {
        const Decision h = decision("7.h");
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_editor->setDecisionStatus({h.uid}, DecisionStatus::Done).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        const QModelIndex index = m_model->indexOf(h.uid, DecisionTreeModel::StatusColumn);
        QCOMPARE(index.data().toString(), enumLabel(DecisionStatus::Done));
        QCOMPARE(index.data(DecisionTreeModel::StatusRole).toInt(), int(DecisionStatus::Done));
        m_editor->undoStack()->undo();
        QCOMPARE(m_model->indexOf(h.uid, DecisionTreeModel::StatusColumn).data().toString(),
                 enumLabel(DecisionStatus::Open));

        // A burst of changes to the same decision is one undo step; one that comes back
        // to where it started is none.
        QVERIFY(m_editor->setDecisionStatus({h.uid}, DecisionStatus::InProgress).ok());
        QVERIFY(m_editor->setDecisionStatus({h.uid}, DecisionStatus::Done).ok());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change status of 7.h"));
        QVERIFY(m_editor->setDecisionStatus({h.uid}, DecisionStatus::Open).ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(m_repos->decisions().byUid(h.uid)->status, DecisionStatus::Open);

        // A new sub-item lands under its parent.
        Decision x;
        x.meetingId = rcgm().id;
        x.number = QStringLiteral("7.h.i");
        x.parentId = h.id;
        x.position = h.position;
        x.text.en = QStringLiteral("A sub-item");
        QVERIFY(m_repos->decisions().add(x).ok());
        QCOMPARE(childNumbers(m_model->indexOf(h.uid)), QStringList{QStringLiteral("7.h.i")});
        QVERIFY(m_repos->decisions().remove(x.id).ok());
        QCOMPARE(childNumbers(m_model->indexOf(h.uid)), QStringList());

        // Another meeting's decisions are not shown.
        m_model->setMeeting(meetingWhere(MeetingStatus::Planned, false).id);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void pendingFollowUps()
    {
        const Meeting next = meetingWhere(MeetingStatus::Planned, false); // 7.s, to be scheduled
        QCOMPARE(next.code, QStringLiteral("7.s"));
        QCOMPARE(PendingFollowUpModel::carryForwardTarget(*m_repos, rcgm())->id, next.id);
        QCOMPARE(PendingFollowUpModel::carryForwardTarget(*m_repos, next)->id, next.id);

        PendingFollowUpModel pending(*m_repos);
        pending.setTargetMeeting(next.id);
        // Open and in progress only; "no follow-up needed" stays out.
        QVERIFY(pending.rowOf(decision("7.h").uid) >= 0);
        QVERIFY(pending.rowOf(decision("1.e").uid) >= 0);
        QCOMPARE(pending.rowOf(decision("1").uid), -1);
        QCOMPARE(pending.rowOf(decision("12").uid), -1);
        const int open = pending.rowCount();
        QCOMPARE(open, int(m_repos->decisions().openFollowUpsBefore(QDate()).size()));

        QVERIFY(m_editor->setDecisionStatus({decision("7.h").uid}, DecisionStatus::InProgress).ok());
        QVERIFY(pending.rowOf(decision("7.h").uid) >= 0);
        QVERIFY(m_editor->setDecisionStatus({decision("7.h").uid, decision("1.e").uid}, DecisionStatus::Done).ok());
        QCOMPARE(pending.rowOf(decision("7.h").uid), -1);
        QCOMPARE(pending.rowCount(), open - 2);
        m_editor->undoStack()->undo();
        QCOMPARE(pending.rowCount(), open);

        // A meeting before 2021 has nothing pending; the held meeting itself neither.
        pending.setTargetMeeting(rcgm().id);
        QCOMPARE(pending.rowCount(), 0);
    }

    void partyNamesAreKeptAcrossChoicesAndFollowARename()
    {
        // A meeting choice reads its decisions only; the party names it shows are read
        // again when a party changes.
        const Decision thanks = decision("1.c"); // names Mexico
        const Decision budget = decision("2.a"); // its follow-up is owned by the Secretariat (RCM-ES)
        const Meeting next = meetingWhere(MeetingStatus::Planned, false);
        PendingFollowUpModel pending(*m_repos);
        pending.setTargetMeeting(next.id);
        const auto named = [this](const Decision &d) {
            return m_model->indexOf(d.uid, DecisionTreeModel::PartiesColumn).data().toString();
        };
        const auto owner = [&pending](const Decision &d) {
            return pending.index(pending.rowOf(d.uid), PendingFollowUpModel::OwnerColumn).data().toString();
        };
        QCOMPARE(named(thanks), QStringLiteral("Mexico"));
        QCOMPARE(owner(budget), QStringLiteral("RCM-ES"));

        m_model->setMeeting(0);
        pending.setTargetMeeting(rcgm().id);
        m_model->setMeeting(rcgm().id);
        pending.setTargetMeeting(next.id);
        QCOMPARE(named(thanks), QStringLiteral("Mexico"));
        QCOMPARE(owner(budget), QStringLiteral("RCM-ES"));

        Party secretariat = *m_repos->parties().byCode(QStringLiteral("ES"));
        secretariat.acronym = {QStringLiteral("SE-CRM"), QStringLiteral("SE-CRM")};
        QVERIFY(m_repos->parties().update(secretariat).ok());
        QCOMPARE(owner(budget), QStringLiteral("SE-CRM"));
        pending.setTargetMeeting(rcgm().id);
        pending.setTargetMeeting(next.id);
        QCOMPARE(owner(budget), QStringLiteral("SE-CRM"));

        Party mexico = *m_repos->parties().byCode(QStringLiteral("MX"));
        mexico.acronym = {QStringLiteral("MEX"), QStringLiteral("MEX")};
        QVERIFY(m_repos->parties().update(mexico).ok());
        QCOMPARE(named(thanks), QStringLiteral("MEX"));
        m_model->setMeeting(0);
        m_model->setMeeting(rcgm().id);
        QCOMPARE(named(thanks), QStringLiteral("MEX"));
    }

    // Where the follow-ups of a held meeting go, on a calendar of its own: the first open
    // meeting after it (those to be scheduled first, then by date), one of the same kind
    // before any other; held, cancelled and earlier meetings never.
    void carryForwardTargetRules()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        Repositories repos(*db);
        const auto add = [&](MeetingKind kind, MeetingStatus status, const QDate &date) {
            Meeting m;
            m.kind = kind;
            m.status = status;
            m.title.en = QStringLiteral("Meeting");
            m.startDate = date;
            m.endDate = date;
            return repos.meetings().add(m).ok() ? m : Meeting();
        };
        const auto target = [&](const Meeting &chosen) {
            const auto found = PendingFollowUpModel::carryForwardTarget(repos, chosen);
            return found ? found->id : qint64(0);
        };
        const Meeting held = add(MeetingKind::Rcgm, MeetingStatus::Held, QDate(2022, 3, 1));
        QVERIFY(held.id);
        QCOMPARE(target(held), qint64(0));                                 // nothing after it
        add(MeetingKind::Rcgm, MeetingStatus::Planned, QDate(2022, 2, 1)); // before it
        add(MeetingKind::Rcgm, MeetingStatus::Held, QDate(2022, 4, 1));
        add(MeetingKind::Rcgm, MeetingStatus::Cancelled, QDate(2022, 5, 1));
        QCOMPARE(target(held), qint64(0));
        const Meeting workshop = add(MeetingKind::Workshop, MeetingStatus::Confirmed, QDate(2022, 6, 1));
        QCOMPARE(target(held), workshop.id); // of any kind when none is of the same
        const Meeting laterWorkshop = add(MeetingKind::Workshop, MeetingStatus::Planned, QDate(2022, 5, 20));
        QCOMPARE(target(held), laterWorkshop.id); // the first by date
        const Meeting postponed = add(MeetingKind::Rcgm, MeetingStatus::Postponed, QDate(2022, 9, 1));
        QCOMPARE(target(held), postponed.id); // the same kind first, though later
        const Meeting unscheduledWorkshop = add(MeetingKind::Workshop, MeetingStatus::Planned, QDate());
        QCOMPARE(target(held), postponed.id);
        const Meeting unscheduled = add(MeetingKind::Rcgm, MeetingStatus::Planned, QDate());
        QCOMPARE(target(held), unscheduled.id);    // to be scheduled comes first
        QCOMPARE(target(postponed), postponed.id); // an open meeting takes its own
        // A held meeting to be scheduled: every open one is after it.
        const Meeting heldUnscheduled = add(MeetingKind::Workshop, MeetingStatus::Held, QDate());
        QCOMPARE(target(heldUnscheduled), unscheduledWorkshop.id);
    }

    void carryForward()
    {
        const Meeting next = meetingWhere(MeetingStatus::Planned, false);
        const Decision h = decision("7.h");
        PendingFollowUpModel pending(*m_repos);
        pending.setTargetMeeting(next.id);
        QString itemUid;
        QVERIFY(m_editor->carryForward(h.uid, next.uid, &itemUid).ok());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_editor->undoStack()->undoText().startsWith(QStringLiteral("Carry 7.h into the agenda of “Meeting")));
        Meeting after = *m_repos->meetings().byId(next.id);
        QCOMPARE(after.agenda.size(), next.agenda.size() + 1);
        const AgendaItem item = after.agenda.last();
        QCOMPARE(item.uid, itemUid);
        QVERIFY(item.title.en.startsWith(QStringLiteral("Follow-up of conclusion 7.h: Workshop on Reintegration")));
        QVERIFY(item.title.es.startsWith(QStringLiteral("Seguimiento de la conclusión 7.h: ")));
        QVERIFY(item.notes.contains(h.uid));
        QVERIFY(pending.index(pending.rowOf(h.uid), 0).data(PendingFollowUpModel::OnAgendaRole).toBool());

        // Not twice, and not into its own meeting.
        QCOMPARE(m_editor->carryForward(h.uid, next.uid).error().code, Error::Code::Invalid);
        QCOMPARE(m_editor->carryForward(h.uid, rcgm().uid).error().code, Error::Code::Invalid);
        QCOMPARE(m_editor->undoStack()->count(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->meetings().byId(next.id)->agenda.size(), next.agenda.size());
        QVERIFY(!pending.index(pending.rowOf(h.uid), 0).data(PendingFollowUpModel::OnAgendaRole).toBool());
        m_editor->undoStack()->redo();
        QCOMPARE(m_repos->meetings().byId(next.id)->agenda.last().uid, itemUid);
    }

    // A register of hundreds of conclusions is read a page of top-level ones at a time,
    // each with its sub-items; so are the follow-ups pending from it.
    void longRegistersArePaged()
    {
        // The tester reads a page on every reset, inside it; it comes back once the
        // register is in (and then reads one page more, as a view would).
        m_tester.reset();
        const Meeting next = meetingWhere(MeetingStatus::Planned, false);
        const int pendingBefore = int(m_repos->decisions().openFollowUpsBefore(QDate()).size());
        const int count = 2 * DecisionTreeModel::PageSize + 10;
        QString lastSub;
        for (int i = 0; i < count; ++i) {
            Decision d;
            d.meetingId = rcgm().id;
            d.number = QStringLiteral("P%1").arg(i + 1);
            d.position = 1000 + 2 * i;
            d.text = {QStringLiteral("Paged %1").arg(i + 1), QStringLiteral("Paginado %1").arg(i + 1)};
            QVERIFY(m_repos->decisions().add(d).ok());
            Decision sub = d;
            sub.id = 0;
            sub.uid.clear();
            sub.number += QStringLiteral(".a");
            sub.parentId = d.id;
            sub.position = d.position + 1;
            QVERIFY(m_repos->decisions().add(sub).ok());
            lastSub = sub.uid;
        }
        const int top = int(m_repos->decisions().topOfMeeting(rcgm().id, -1, 0).size());
        QVERIFY(top > 2 * DecisionTreeModel::PageSize);
        QCOMPARE(m_model->rowCount(), DecisionTreeModel::PageSize);
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 2 * DecisionTreeModel::PageSize);
        QVERIFY(!m_model->indexOf(lastSub).isValid());
        const QModelIndex found = m_model->fetchIndexOf(lastSub);
        QVERIFY(found.isValid());
        QCOMPARE(found.data().toString(), QStringLiteral("P%1.a").arg(count));
        QCOMPARE(found.parent().data().toString(), QStringLiteral("P%1").arg(count));
        QCOMPARE(m_model->rowCount(), top);
        QVERIFY(!m_model->canFetchMore({}));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The register before the paged ones is still in its tree.
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("1"));

        PendingFollowUpModel pending(*m_repos);
        pending.setTargetMeeting(next.id);
        QCOMPARE(pending.rowCount(), PendingFollowUpModel::PageSize);
        QVERIFY(pending.canFetchMore({}));
        const int row = pending.fetchRowOf(lastSub);
        QVERIFY(row >= PendingFollowUpModel::PageSize);
        QCOMPARE(pending.decisionAt(row).uid, lastSub);
        while (pending.canFetchMore({}))
            pending.fetchMore({});
        QAbstractItemModelTester tester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pending.rowCount(), pendingBefore + 2 * count);
        QVERIFY(!pending.index(0, PendingFollowUpModel::MeetingColumn).data().toString().isEmpty());
    }

    void followUpOwnerAndDue()
    {
        const Decision a = decision("1.a");
        const qint64 sv = m_repos->parties().byCode(QStringLiteral("SV"))->id;
        QVERIFY(m_editor->setFollowUp(a.uid, sv, QDate(2022, 6, 30)).ok());
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change follow-up of 1.a"));
        QCOMPARE(m_model->indexOf(a.uid, DecisionTreeModel::OwnerColumn).data().toString(),
                 QStringLiteral("El Salvador"));
        QCOMPARE(m_model->indexOf(a.uid, DecisionTreeModel::DueColumn).data().toString(),
                 QStringLiteral("30 Jun 2022"));
        // The same values again change nothing and push nothing.
        QVERIFY(m_editor->setFollowUp(a.uid, sv, QDate(2022, 6, 30)).ok());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->decisions().byUid(a.uid)->ownerId, qint64(0));
        QVERIFY(!m_repos->decisions().byUid(a.uid)->due.isValid());

        Decision edited = *m_repos->decisions().byUid(a.uid);
        edited.text.es = QStringLiteral("Instar a los países miembros");
        QVERIFY(m_editor->updateDecision(edited).ok());
        QCOMPARE(m_repos->decisions().byUid(a.uid)->text.es, edited.text.es);
    }
};

QTEST_GUILESS_MAIN(TestDecisionTreeModel)
#include "tst_decisiontreemodel.moc"
