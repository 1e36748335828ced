// The decision register page driven as a user would under the offscreen platform, over
// the RCM data: the RCGM of 1 December 2021 as an expanded tree, a follow-up status set
// and undone, a pending follow-up carried into the next meeting's agenda in one undo
// step, and a decision marked done leaving the pending list.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "domain/FollowUp.h"
#include "models/DecisionTreeModel.h"
#include "models/PendingFollowUpModel.h"
#include "pages/DecisionsPage.h"
#include "storage/Repositories.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

namespace {

using test::chooseData;

// Picks an entry from the open list, as a mouse user does: one choice, one edit (stepping
// with the arrow keys through a closed combo chooses every entry on the way).
bool pickData(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return false;
    const QModelIndex index = view->model()->index(target, combo->modelColumn());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return combo->currentIndex() == target && !view->isVisible();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestGuiDecisionsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<DecisionsPage> m_page;
    QComboBox *m_meetings = nullptr;
    QTreeView *m_view = nullptr;
    QTreeView *m_pending = nullptr;
    QPushButton *m_carry = nullptr;

    Meeting rcgm(MeetingStatus status) const
    {
        for (const Meeting &m : m_repos->meetings().all()) {
            if (m.kind == MeetingKind::Rcgm && m.status == status)
                return m;
        }
        return {};
    }
    Decision decision(const char *number) const
    {
        return *m_repos->decisions().byNumber(rcgm(MeetingStatus::Held).id, QLatin1String(number));
    }
    auto *model() const { return qobject_cast<DecisionTreeModel *>(m_view->model()); }
    auto *pendingModel() const { return qobject_cast<PendingFollowUpModel *>(m_pending->model()); }

    void click(QTreeView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<DecisionsPage>(*m_editor);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_meetings = m_page->findChild<QComboBox *>(QStringLiteral("meetingCombo"));
        m_view = m_page->findChild<QTreeView *>(QStringLiteral("decisionsView"));
        m_pending = m_page->findChild<QTreeView *>(QStringLiteral("pendingList"));
        m_carry = m_page->findChild<QPushButton *>(QStringLiteral("carryForwardButton"));
        QVERIFY(m_meetings && m_view && m_pending && m_carry);
        QVERIFY(model() && pendingModel());
    }
    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void chooseTheMeeting()
    {
        // Start elsewhere, then choose the RCGM of 2021 as a user would.
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Planned).id));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Held).id));
        QCOMPARE(model()->rowCount(), 12);
        const QModelIndex seven = model()->indexOf(decision("7").uid);
        QCOMPARE(model()->rowCount(seven), 23);
        // Expanded all the way down.
        QVERIFY(m_view->isExpanded(seven));
        QVERIFY(m_view->isExpanded(model()->indexOf(decision("7.p").uid)));
        QVERIFY(m_view->visualRect(model()->indexOf(decision("7.p.iii").uid)).isValid());
        screenshot(m_page.get(), QStringLiteral("decisions"));
    }

    void setStatusAndUndo()
    {
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Held).id));
        const Decision a = decision("1.a");
        click(m_view, model()->indexOf(a.uid, DecisionTreeModel::TextColumn));
        QCOMPARE(m_page->selectedUids(), QStringList{a.uid});
        auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(status && status->isEnabled());
        QCOMPARE(status->currentData().toInt(), int(DecisionStatus::Open));
        QVERIFY(pickData(status, int(DecisionStatus::InProgress)));
        QCOMPARE(m_repos->decisions().byUid(a.uid)->status, DecisionStatus::InProgress);
        QCOMPARE(model()->indexOf(a.uid, DecisionTreeModel::StatusColumn).data().toString(),
                 enumLabel(DecisionStatus::InProgress));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change status of 1.a"));

        // Owner through the UI too, then undo both.
        auto *owner = m_page->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        const qint64 sv = m_repos->parties().byCode(QStringLiteral("SV"))->id;
        QVERIFY(pickData(owner, sv));
        QCOMPARE(m_repos->decisions().byUid(a.uid)->ownerId, sv);
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->decisions().byUid(a.uid)->status, DecisionStatus::Open);
        QCOMPARE(m_editor->undoStack()->index(), 0);

        // Stepping through the closed combo with the arrow keys is one step too.
        QVERIFY(chooseData(status, int(DecisionStatus::Done)));
        QCOMPARE(m_repos->decisions().byUid(a.uid)->status, DecisionStatus::Done);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->decisions().byUid(a.uid)->status, DecisionStatus::Open);
        QCOMPARE(m_repos->decisions().byUid(a.uid)->ownerId, qint64(0));
        QCOMPARE(status->currentData().toInt(), int(DecisionStatus::Open));
        QCOMPARE(owner->currentData().toLongLong(), qint64(0));
    }

    void carryIntoTheNextMeeting()
    {
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Held).id));
        // The held meeting's follow-ups go to the next RCGM, 7.s (to be scheduled).
        const Meeting next = rcgm(MeetingStatus::Planned);
        QCOMPARE(m_page->targetMeeting(), next.id);
        const Decision h = decision("7.h");
        const int row = pendingModel()->rowOf(h.uid);
        QVERIFY(row >= 0);
        QVERIFY(!m_carry->isEnabled());
        click(m_pending, pendingModel()->index(row, PendingFollowUpModel::TextColumn));
        QVERIFY(m_carry->isEnabled());
        QTest::mouseClick(m_carry, Qt::LeftButton);

        const auto itemsFor = [&] {
            QList<AgendaItem> found;
            const Meeting meeting = *m_repos->meetings().byId(next.id);
            for (const AgendaItem &item : meeting.agenda) {
                if (notesReferTo(item.notes, h.uid))
                    found.append(item);
            }
            return found;
        };
        QCOMPARE(itemsFor().size(), 1);
        QVERIFY(itemsFor().first().title.en.startsWith(QStringLiteral("Follow-up of conclusion 7.h: ")));
        QVERIFY(itemsFor().first().title.es.startsWith(QStringLiteral("Seguimiento de la conclusión 7.h: ")));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(!m_carry->isEnabled()); // already on that agenda
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("decisionError"))->isHidden());

        m_editor->undoStack()->undo();
        QCOMPARE(itemsFor().size(), 0);
        QCOMPARE(m_repos->meetings().byId(next.id)->agenda.size(), next.agenda.size());

        QSignalSpy open(m_page.get(), &DecisionsPage::openMeetingRequested);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("openMeetingButton")), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), next.uid);
    }

    void carryIntoANewMeeting()
    {
        // A later meeting created through the Editor becomes the target when chosen.
        Meeting later;
        later.kind = MeetingKind::Rcgm;
        later.title = {QStringLiteral("RCGM 2022"), QStringLiteral("GRCM 2022")};
        later.startDate = QDate(2022, 6, 15);
        later.endDate = later.startDate;
        QVERIFY(m_editor->addMeeting(later).ok());
        QVERIFY(chooseData(m_meetings, later.id));
        QCOMPARE(m_page->targetMeeting(), later.id);
        QCOMPARE(model()->rowCount(), 0);
        const Decision e = decision("1.e");
        click(m_pending, pendingModel()->index(pendingModel()->rowOf(e.uid), PendingFollowUpModel::NumberColumn));
        QTest::mouseClick(m_carry, Qt::LeftButton);
        const Meeting after = *m_repos->meetings().byId(later.id);
        QCOMPARE(after.agenda.size(), 1);
        QCOMPARE(after.agenda.first().numbering, QStringLiteral("1"));
        QVERIFY(notesReferTo(after.agenda.first().notes, e.uid));
        m_editor->undoStack()->undo();
        QVERIFY(m_repos->meetings().byId(later.id)->agenda.isEmpty());
    }

    void doneLeavesThePendingList()
    {
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Held).id));
        const Decision b = decision("1.b");
        const int pendingBefore = pendingModel()->rowCount();
        QVERIFY(pendingModel()->rowOf(b.uid) >= 0);
        click(m_view, model()->indexOf(b.uid, DecisionTreeModel::NumberColumn));
        QVERIFY(pickData(m_page->findChild<QComboBox *>(QStringLiteral("statusCombo")), int(DecisionStatus::Done)));
        QCOMPARE(pendingModel()->rowOf(b.uid), -1);
        QCOMPARE(pendingModel()->rowCount(), pendingBefore - 1);
        // The tree keeps its place: still expanded, 1.b still current.
        QCOMPARE(m_page->selectedUids(), QStringList{b.uid});
        QVERIFY(m_view->isExpanded(model()->indexOf(decision("7").uid)));
        m_editor->undoStack()->undo();
        QVERIFY(pendingModel()->rowOf(b.uid) >= 0);
    }

    void showDecisionChoosesItsMeeting()
    {
        QVERIFY(chooseData(m_meetings, rcgm(MeetingStatus::Planned).id));
        const Decision pii = decision("7.p.ii");
        m_page->showDecision(pii.uid);
        QCOMPARE(m_page->currentMeeting(), rcgm(MeetingStatus::Held).id);
        QCOMPARE(m_page->selectedUids(), QStringList{pii.uid});
        m_page->setLanguage(Language::Spanish);
        QCOMPARE(m_page->currentMeeting(), rcgm(MeetingStatus::Held).id);
        QCOMPARE(model()->language(), Language::Spanish);
    }
    // A meeting chosen reads one page of its register and one of the pending list when
    // their rows fill the views (a plain view read a second page it did not show);
    // scrolling to the end reads more.
    void aMeetingChoiceReadsOnePage()
    {
        Meeting earlier;
        earlier.kind = MeetingKind::Rcgm;
        earlier.status = MeetingStatus::Held;
        earlier.title = {QStringLiteral("RCGM 2020"), QStringLiteral("GRCM 2020")};
        earlier.startDate = QDate(2020, 6, 15);
        earlier.endDate = earlier.startDate;
        QVERIFY(m_repos->meetings().add(earlier).ok());
        constexpr int Conclusions = 2 * DecisionTreeModel::PageSize + 50;
        for (int i = 0; i < Conclusions; ++i) {
            Decision d;
            d.meetingId = earlier.id;
            d.number = QString::number(i + 1);
            d.position = i;
            d.text = {QStringLiteral("Follow-up %1").arg(i + 1), {}};
            QVERIFY(m_repos->decisions().add(d).ok());
        }
        QVERIFY(chooseData(m_meetings, earlier.id));
        QCoreApplication::processEvents();
        // Its open follow-ups go to the next RCGM (to be scheduled), with all the others.
        QCOMPARE(m_page->targetMeeting(), rcgm(MeetingStatus::Planned).id);
        QCOMPARE(model()->rowCount(), DecisionTreeModel::PageSize);
        QVERIFY(model()->canFetchMore({}));
        QCOMPARE(pendingModel()->rowCount(), PendingFollowUpModel::PageSize);
        QVERIFY(pendingModel()->canFetchMore({}));

        m_view->scrollToBottom();
        m_pending->scrollToBottom();
        QTRY_VERIFY(model()->rowCount() > DecisionTreeModel::PageSize);
        QTRY_VERIFY(pendingModel()->rowCount() > PendingFollowUpModel::PageSize);
    }

    // The columns and splitters are as the user left them when the page is made again
    // (kept in QSettings when it goes); a state saved for other columns is ignored.
    void keepsItsLayout()
    {
        auto *header = m_view->header();
        auto *splitter = m_page->findChild<QSplitter *>(QStringLiteral("decisionsSplitter"));
        QVERIFY(splitter);
        header->resizeSection(DecisionTreeModel::TextColumn, 333);
        m_pending->header()->resizeSection(PendingFollowUpModel::TextColumn, 222);
        splitter->setSizes({900, 300});
        const QList<int> sizes = splitter->sizes();
        cleanup(); // the page saves its layout as it goes
        QVERIFY(QSettings().contains(QStringLiteral("decisions/state")));
        init();
        QCOMPARE(m_view->header()->sectionSize(DecisionTreeModel::TextColumn), 333);
        QCOMPARE(m_pending->header()->sectionSize(PendingFollowUpModel::TextColumn), 222);
        QCOMPARE(m_page->findChild<QSplitter *>(QStringLiteral("decisionsSplitter"))->sizes(), sizes);

        // Not a state of this page (other columns, or garbage): the layout stays.
        m_page->restoreState(QByteArray("not a state"));
        QCOMPARE(m_view->header()->sectionSize(DecisionTreeModel::TextColumn), 333);
        QSettings().remove(QStringLiteral("decisions/state"));
    }
};

QTEST_MAIN(TestGuiDecisionsPage)
#include "tst_gui_decisionspage.moc"
