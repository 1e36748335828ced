// The activities page driven as a user would under the offscreen platform, over the
// RCM data: rows grouped by working group, the filter bar, the bulk status change as
// one undo step, Delete and Enter, the timeline and the header state.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ActivityEditor.h"
#include "models/ActivityListModel.h"
#include "pages/ActivitiesPage.h"
#include "storage/Repositories.h"
#include "widgets/FilterBar.h"
#include "widgets/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

namespace {

using test::choose;

// With PD_SCREENSHOTS=dir set, saves what the widget looks like, to look at by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestGuiActivitiesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<ActivitiesPage> m_page;
    QTreeView *m_view = nullptr;
    ActivityListModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Activity byCode(const char *code) const { return *m_repos->activities().byCode(QLatin1String(code)); }

    QModelIndex indexOf(const char *code) const
    {
        return m_model->index(m_model->rowOf(byCode(code).uid), ActivityListModel::CodeColumn);
    }

    void click(const char *code, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = indexOf(code);
        m_view->scrollTo(index);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, modifiers, m_view->visualRect(index).center());
    }

    QStringList visibleCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_model->rowCount(); ++row)
            codes.append(m_model->index(row, ActivityListModel::CodeColumn).data().toString());
        return codes;
    }

    QAction *statusAction(ActivityStatus status) const
    {
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("bulkStatusButton"));
        return button && button->menu()
                   ? button->menu()->findChild<QAction *>(QStringLiteral("status_") + enumKey(status))
                   : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<ActivitiesPage>(*m_editor);
        m_page->resize(1400, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_view = m_page->findChild<QTreeView *>(QStringLiteral("activitiesView"));
        QVERIFY(m_view);
        m_model = qobject_cast<ActivityListModel *>(m_view->model());
        QVERIFY(m_model);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void rowsAreGroupedByWorkingGroup()
    {
        QCOMPARE(m_model->rowCount(), 27);
        screenshot(m_page.get(), QStringLiteral("activities-table"));
        // Each group in one run, headed by its first row; structural meetings (no group) first.
        QStringList headings;
        qint64 previous = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, ActivityListModel::GroupColumn);
            const qint64 group = index.data(ActivityListModel::GroupIdRole).toLongLong();
            QCOMPARE(index.data(ActivityListModel::GroupStartRole).toBool(), group != previous);
            if (group != previous)
                headings.append(index.data().toString());
            previous = group;
        }
        QCOMPARE(headings, (QStringList{QStringLiteral("Structural meetings"),
                                        QStringLiteral("Working Group on Labour Migration"),
                                        QStringLiteral("Working Group on Irregular and Mass Migration"),
                                        QStringLiteral("Working Group on Protection"),
                                        QStringLiteral("Working Group on Border Management")}));
        QCOMPARE(m_model->columnCount(), int(ActivityListModel::ColumnCount));
        QVERIFY(!m_view->isColumnHidden(ActivityListModel::FundingColumn));
    }

    void filtersNarrowTheRows()
    {
        auto *bar = m_page->findChild<QWidget *>(QStringLiteral("activityFilterBar"));
        QVERIFY(bar);
        auto *text = bar->findChild<QLineEdit *>(QStringLiteral("filterText"));
        auto *group = bar->findChild<QComboBox *>(QStringLiteral("filterGroup"));
        auto *status = bar->findChild<QComboBox *>(QStringLiteral("filterStatus"));
        QVERIFY(text && group && status);

        QVERIFY(choose(group, QStringLiteral("Working Group on Protection")));
        QCOMPARE(visibleCodes(), (QStringList{QStringLiteral("7.h"), QStringLiteral("7.i"), QStringLiteral("7.j"),
                                              QStringLiteral("7.k"), QStringLiteral("7.l"), QStringLiteral("7.m"),
                                              QStringLiteral("7.n")}));
        QVERIFY(choose(group, QStringLiteral("All working groups")));
        QCOMPARE(m_model->rowCount(), 27);

        QVERIFY(choose(status, QStringLiteral("In progress")));
        QCOMPARE(visibleCodes(), (QStringList{QStringLiteral("7.a"), QStringLiteral("7.c"), QStringLiteral("7.e"),
                                              QStringLiteral("7.g")}));
        QVERIFY(choose(status, QStringLiteral("All statuses")));

        QTest::keyClicks(text, QStringLiteral("reintegracion"));
        QTRY_COMPARE(visibleCodes(), QStringList{QStringLiteral("7.h")});
        text->clear();
        QTRY_COMPARE(m_model->rowCount(), 27);
    }

    void bulkStatusOfOne()
    {
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("bulkStatusButton"));
        QVERIFY(button && button->menu());
        QVERIFY(!button->isEnabled()); // nothing selected
        const Activity h = byCode("7.h");
        click("7.h");
        QCOMPARE(m_page->selectedUids(), QStringList{h.uid});
        QVERIFY(button->isEnabled());
        QAction *completed = statusAction(ActivityStatus::Completed);
        QVERIFY(completed);
        QCOMPARE(completed->text(), QStringLiteral("Completed"));
        completed->trigger();
        QCOMPARE(m_repos->activities().byUid(h.uid)->status, ActivityStatus::Completed);
        QCOMPARE(indexOf("7.h").siblingAtColumn(ActivityListModel::StatusColumn).data().toString(),
                 QStringLiteral("Completed"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change status of 7.h"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->activities().byUid(h.uid)->status, ActivityStatus::Planned);
        QCOMPARE(indexOf("7.h").siblingAtColumn(ActivityListModel::StatusColumn).data().toString(),
                 QStringLiteral("Planned"));
    }

    void bulkStatusOfThreeIsOneStep()
    {
        click("7.i");
        click("7.j", Qt::ControlModifier);
        click("7.k", Qt::ControlModifier);
        QCOMPARE(m_page->selectedUids().size(), 3);
        statusAction(ActivityStatus::Postponed)->trigger();
        for (const char *code : {"7.i", "7.j", "7.k"})
            QCOMPARE(byCode(code).status, ActivityStatus::Postponed);
        QCOMPARE(byCode("7.h").status, ActivityStatus::Planned);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change status of 3 activities"));
        m_editor->undoStack()->undo();
        for (const char *code : {"7.i", "7.j", "7.k"})
            QCOMPARE(byCode(code).status, ActivityStatus::Planned);
    }

    void enterEditsAndDeleteRemoves()
    {
        QSignalSpy edit(m_page.get(), &ActivitiesPage::editActivityRequested);
        const Activity l = byCode("7.l");
        click("7.l");
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), l.uid);
        click("7.h");
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(indexOf("7.h")).center());
        QCOMPARE(edit.count(), 2);
        QCOMPARE(edit.last().first().toString(), byCode("7.h").uid);

        click("7.l");
        QTest::keyClick(m_view, Qt::Key_Delete);
        QVERIFY(!m_repos->activities().byUid(l.uid));
        QCOMPARE(m_model->rowCount(), 26);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete activity 7.l"));
        m_editor->undoStack()->undo();
        QVERIFY(m_repos->activities().byUid(l.uid));
        QCOMPARE(m_model->rowCount(), 27);

        // Two at once are one undo step.
        click("7.m");
        click("7.n", Qt::ControlModifier);
        QTest::keyClick(m_view, Qt::Key_Delete);
        QCOMPARE(m_model->rowCount(), 25);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete 2 activities"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 27);
    }

    void timelineShowsTheYear()
    {
        const Activity h = byCode("7.h"), a = byCode("7.a"), s = byCode("7.s");
        QVERIFY(m_editor->scheduleActivity(h.uid, QDate(2022, 3, 1), QDate(2022, 3, 31)).ok());
        QVERIFY(m_editor->scheduleActivity(a.uid, QDate(2022, 6, 15), QDate()).ok());
        QVERIFY(m_editor->scheduleActivity(s.uid, QDate(2021, 12, 20), QDate(2022, 1, 10)).ok());

        auto *timeline = m_page->findChild<TimelineView *>(QStringLiteral("timelineView"));
        auto *timelineButton = m_page->findChild<QPushButton *>(QStringLiteral("timelineButton"));
        auto *year = m_page->findChild<QSpinBox *>(QStringLiteral("timelineYear"));
        QVERIFY(timeline && timelineButton && year);
        QVERIFY(!timeline->isVisible());
        QTest::mouseClick(timelineButton, Qt::LeftButton);
        QVERIFY(timeline->isVisible() && year->isVisible());
        year->setValue(2022);
        QCOMPARE(timeline->year(), 2022);
        QCOMPARE(timeline->activityUids(), (QStringList{s.uid, a.uid, h.uid})); // group order, then code
        QCOMPARE(timeline->rowCount(), 3);
        screenshot(m_page.get(), QStringLiteral("activities-timeline"));

        const QRect barH = timeline->barRect(h.uid), barA = timeline->barRect(a.uid), barS = timeline->barRect(s.uid);
        for (const QRect &bar : {barH, barA, barS}) {
            QVERIFY(!bar.isEmpty());
            QVERIFY(timeline->viewport()->rect().contains(bar));
        }
        QVERIFY(barH.width() > 2 * barA.width()); // a month against a single day's marker
        QCOMPARE(barA.width(), barA.height());    // the diamond
        QVERIFY(barS.left() < barH.left() && barH.right() < barA.left());
        QVERIFY(barS.top() < barA.top() && barA.top() < barH.top());
        QVERIFY(timeline->barRect(byCode("7.b").uid).isEmpty());

        QSignalSpy edit(m_page.get(), &ActivitiesPage::editActivityRequested);
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, barH.center());
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), h.uid);

        // Changes and their undo show at once (coalesced).
        QVERIFY(m_editor->scheduleActivity(byCode("7.b").uid, QDate(2022, 9, 1), QDate(2022, 9, 3)).ok());
        QTRY_COMPARE(timeline->rowCount(), 4);
        m_editor->undoStack()->undo();
        QTRY_COMPARE(timeline->rowCount(), 3);

        // The filter applies to the timeline too; another year has nothing.
        auto *group = m_page->findChild<QComboBox *>(QStringLiteral("filterGroup"));
        QVERIFY(choose(group, QStringLiteral("Working Group on Protection")));
        QCOMPARE(timeline->activityUids(), QStringList{h.uid});
        QVERIFY(choose(group, QStringLiteral("All working groups")));
        year->setValue(2030);
        QCOMPARE(timeline->rowCount(), 0);

        auto *tableButton = m_page->findChild<QPushButton *>(QStringLiteral("tableButton"));
        QTest::mouseClick(tableButton, Qt::LeftButton);
        QVERIFY(m_view->isVisible() && !timeline->isVisible());
    }

    void timelineReadsPagesAsItScrolls()
    {
        const int extra = TimelineView::PageSize + 20;
        for (int i = 0; i < extra; ++i) {
            Activity a;
            a.code = QStringLiteral("9.%1").arg(i, 3, 10, QLatin1Char('0'));
            a.title.en = QStringLiteral("Dated activity %1").arg(i);
            a.targetStart = QDate(2023, 1, 1).addDays(i);
            QVERIFY(m_repos->activities().add(a).ok());
        }
        auto *timeline = m_page->findChild<TimelineView *>(QStringLiteral("timelineView"));
        m_page->showTimeline(true);
        timeline->setYear(2023);
        QCOMPARE(timeline->rowCount(), TimelineView::PageSize);
        QScrollBar *scroll = timeline->verticalScrollBar();
        while (scroll->value() < scroll->maximum())
            scroll->setValue(scroll->maximum());
        QCOMPARE(timeline->rowCount(), extra);
        const QString last = timeline->activityUids().constLast();
        QCOMPARE(m_repos->activities().byUid(last)->code, QStringLiteral("9.%1").arg(extra - 1));
        QVERIFY(timeline->viewport()->rect().contains(timeline->barRect(last)));
    }

    void headerStateRoundTrip()
    {
        QHeaderView *header = m_view->header();
        header->resizeSection(ActivityListModel::TitleColumn, 444);
        header->moveSection(header->visualIndex(ActivityListModel::StatusColumn), 0);
        header->hideSection(ActivityListModel::FundingColumn);
        m_page->showTimeline(true);
        m_page->findChild<QSpinBox *>(QStringLiteral("timelineYear"))->setValue(2024);
        const QByteArray state = m_page->saveState();

        ActivitiesPage other(*m_editor);
        other.restoreState(state);
        QHeaderView *restored = other.findChild<QTreeView *>(QStringLiteral("activitiesView"))->header();
        QCOMPARE(restored->sectionSize(ActivityListModel::TitleColumn), 444);
        QCOMPARE(restored->visualIndex(ActivityListModel::StatusColumn), 0);
        QVERIFY(restored->isSectionHidden(ActivityListModel::FundingColumn));
        QVERIFY(other.isTimelineShown());
        QCOMPARE(other.findChild<TimelineView *>(QStringLiteral("timelineView"))->year(), 2024);
        // Nothing saved yet, or a state from another layout of columns: defaults stay.
        for (const QByteArray &bad : {QByteArray(), QByteArray("garbage"), header->saveState()}) {
            ActivitiesPage fresh(*m_editor);
            fresh.restoreState(bad);
            QHeaderView *defaults = fresh.findChild<QTreeView *>(QStringLiteral("activitiesView"))->header();
            QVERIFY(defaults->sectionSize(ActivityListModel::TitleColumn) != 444);
            QVERIFY(!defaults->isSectionHidden(ActivityListModel::FundingColumn));
            QVERIFY(!fresh.isTimelineShown());
        }
    }

    void showActivityClearsAFilterThatHidesIt()
    {
        auto *group = m_page->findChild<QComboBox *>(QStringLiteral("filterGroup"));
        QVERIFY(choose(group, QStringLiteral("Working Group on Protection")));
        const Activity a = byCode("7.a");
        m_page->showActivity(a.uid);
        QCOMPARE(m_page->selectedUids(), QStringList{a.uid});
        QCOMPARE(m_model->rowCount(), 27);
    }

    // Timings on a large database (PD_LARGE_DB=path, e.g. the benchmarks' large-1.sqlite);
    // printed, not asserted: they depend on the machine.
    void largeDatabaseTimings()
    {
        const QString path = qEnvironmentVariable("PD_LARGE_DB");
        if (path.isEmpty())
            QSKIP("PD_LARGE_DB is not set");
        Database::Options options;
        options.access = Database::Access::ReadOnlyIfLocked;
        auto db = Database::open(path, options);
        QVERIFY(db);
        Repositories repos(**db);
        Editor editor(repos);
        QElapsedTimer timer;
        timer.start();
        ActivitiesPage page(editor);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        qInfo("page shown: %lld ms", timer.restart());
        for (const char *typed : {"w", "wo", "workshop", "zzz", ""}) {
            timer.restart();
            page.findChild<FilterBar *>()->setText(QLatin1String(typed));
            QCoreApplication::processEvents();
            qInfo("filter '%s': %lld ms", typed, timer.elapsed());
        }
        {
            ActivityFilter year;
            year.from = QDate(2022, 1, 1);
            year.to = QDate(2022, 12, 31);
            year.scheduled = true;
            timer.restart();
            const int found = int(repos.activities().find(year).size());
            qInfo("find for 2022: %d activities, %lld ms", found, timer.elapsed());
            timer.restart();
            const int counted = repos.activities().countMatching(year);
            qInfo("count for 2022: %d activities, %lld ms", counted, timer.elapsed());
        }
        timer.restart();
        page.showTimeline(true);
        auto *timeline = page.findChild<TimelineView *>(QStringLiteral("timelineView"));
        timeline->setYear(2022);
        QCoreApplication::processEvents();
        qInfo("timeline 2022: %d activities, %lld ms", timeline->rowCount(), timer.restart());
        timer.restart();
        const int meetings = int(repos.meetings().all().size());
        qInfo("all %d meetings: %lld ms", meetings, timer.restart());
        const int decisions = int(repos.decisions().all().size());
        qInfo("all %d decisions: %lld ms", decisions, timer.restart());
        ActivityEditor dialog(editor, *repos.activities().byCode(QStringLiteral("7.h")));
        qInfo("activity editor built: %lld ms", timer.elapsed());
    }
};

QTEST_MAIN(TestGuiActivitiesPage)
#include "tst_gui_activitiespage.moc"
