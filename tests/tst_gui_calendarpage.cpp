// The calendar page driven as a user would under the offscreen platform: a meeting
// created in the meeting editor shows in the month view, the list and the database;
// multi-day bars, "+N more", keyboard navigation, the week view, dragging an item still
// to be scheduled onto a day (a real QDropEvent), "Assign Date…", undo updating the
// views live, and filtering and sorting the list.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/MeetingEditor.h"
#include "models/UnscheduledModel.h"
#include "pages/CalendarPage.h"
#include "pages/UnscheduledPanel.h"
#include "storage/Repositories.h"
#include "widgets/MonthView.h"
#include "widgets/WeekView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace pd;

namespace {

using test::choose;
using test::typeDate;

// Drops `data` on `target` at `pos` as a drag from another widget would: enter, move, drop.
bool dropOn(QWidget *target, const QPoint &pos, QMimeData *data)
{
    QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestGuiCalendarPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<CalendarPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_unscheduledTester;
    int m_files = 0;

    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }
    MonthView *month() const { return m_page->monthView(); }
    QString addMeeting(const QString &title, const QDate &start, const QDate &end, const QTime &time = {})
    {
        Meeting m;
        m.kind = MeetingKind::Workshop;
        m.title.en = title;
        m.startDate = start;
        m.endDate = end;
        m.startTime = time;
        if (time.isValid())
            m.endTime = time.addSecs(5400);
        return m_editor->addMeeting(m) ? m.uid : QString();
    }
    QString unscheduledMeeting(const QString &code) const
    {
        MeetingFilter filter;
        filter.scheduled = false;
        for (const Meeting &m : m_repos->meetings().find(filter)) {
            if (m.code == code)
                return m.uid;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<CalendarPage>(*m_editor);
        m_page->resize(1050, 620);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        auto *list = child<QTreeView>("meetingList");
        auto *unscheduled = child<QListView>("unscheduledList");
        QVERIFY(list && unscheduled);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_unscheduledTester = std::make_unique<QAbstractItemModelTester>(
            unscheduled->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_listTester.reset();
        m_unscheduledTester.reset();
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void fitsTheWindow()
    {
        // The main window is 1200×700 with a 150-pixel navigation list.
        const QSize minimum = m_page->minimumSizeHint();
        QVERIFY2(minimum.width() <= 1200 - 150 - 20, qPrintable(QString::number(minimum.width())));
        QVERIFY2(minimum.height() <= 700 - 160, qPrintable(QString::number(minimum.height())));
        QCOMPARE(m_page->view(), CalendarPage::View::Month);
        QCOMPARE(m_page->currentMonth(), QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
        QVERIFY(month()->focusPolicy() & Qt::TabFocus);
        // The list's filter row is wider; the navigation list can shrink to 120 pixels for it.
        m_page->setView(CalendarPage::View::List);
        QVERIFY(!m_page->unscheduledPanel()->isVisible());
        QVERIFY(child<QWidget>("meetingFilterBar")->isVisible());
        const int listWidth = m_page->minimumSizeHint().width();
        QVERIFY2(listWidth <= 1200 - 120 - 10, qPrintable(QString::number(listWidth)));
    }

    void heldMeetingOfTheSource()
    {
        m_page->setMonth(QDate(2021, 12, 1));
        QCOMPARE(m_page->currentMonth(), QDate(2021, 12, 1));
        QCOMPARE(child<QLabel>("monthLabel")->text(), QStringLiteral("December 2021"));
        const QStringList titles = month()->titlesOn(QDate(2021, 12, 1));
        QCOMPARE(titles.size(), 1);
        QVERIFY(titles.first().contains(QStringLiteral("Regional Consultation Group")));
        QVERIFY(month()->titlesOn(QDate(2021, 12, 2)).isEmpty());
        // Hit test and double-click on the item ask for its editor.
        const QRect day = month()->dayRect(QDate(2021, 12, 1));
        QVERIFY(!day.isEmpty());
        QPoint onItem;
        for (int y = day.top(); y < day.bottom() && onItem.isNull(); ++y) {
            if (month()->itemAt(QPoint(day.center().x(), y)).isValid())
                onItem = QPoint(day.center().x(), y);
        }
        QVERIFY(!onItem.isNull());
        QCOMPARE(month()->itemAt(onItem).kind, CalendarItem::Kind::Meeting);
        QSignalSpy edit(m_page.get(), &CalendarPage::editMeetingRequested);
        QTest::mouseDClick(month(), Qt::LeftButton, Qt::NoModifier, onItem);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), month()->itemAt(onItem).uid);
        // An empty day asks for a new meeting on that date.
        QSignalSpy create(m_page.get(), &CalendarPage::newMeetingRequested);
        QTest::mouseDClick(month(), Qt::LeftButton, Qt::NoModifier, month()->dayRect(QDate(2021, 12, 15)).center());
        QCOMPARE(create.count(), 1);
        QCOMPARE(create.first().first().toDate(), QDate(2021, 12, 15));
        QCOMPARE(m_page->selectedDate(), QDate(2021, 12, 15));
    }

    void createdMeetingShowsEverywhere()
    {
        m_page->setMonth(QDate(2022, 5, 1));
        MeetingEditor dialog(*m_editor, Meeting());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEn"));
        auto *unscheduled = dialog.findChild<QCheckBox *>(QStringLiteral("toBeScheduled"));
        auto *start = dialog.findChild<QDateEdit *>(QStringLiteral("startDate"));
        auto *end = dialog.findChild<QDateEdit *>(QStringLiteral("endDate"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(kind && title && unscheduled && start && end && ok);
        QVERIFY(choose(kind, QStringLiteral("Workshop")));
        QTest::keyClicks(title, QStringLiteral("Workshop on Return and Reintegration"));
        unscheduled->setFocus();
        QTest::keyClick(unscheduled, Qt::Key_Space);
        typeDate(start, QDate(2022, 5, 27));
        typeDate(end, QDate(2022, 6, 2));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        // In the database.
        MeetingFilter filter;
        filter.text = QStringLiteral("reintegration");
        const QList<Meeting> found = m_repos->meetings().find(filter);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().startDate, QDate(2022, 5, 27));
        // On each of its days in the month view, across the week rows and into June.
        const QString text = QStringLiteral("Workshop on Return and Reintegration");
        QTRY_VERIFY(month()->titlesOn(QDate(2022, 5, 27)).contains(text));
        for (const QDate &d :
             {QDate(2022, 5, 29), QDate(2022, 5, 30), QDate(2022, 5, 31), QDate(2022, 6, 1), QDate(2022, 6, 2)})
            QVERIFY2(month()->titlesOn(d).contains(text), qPrintable(d.toString()));
        QVERIFY(!month()->titlesOn(QDate(2022, 6, 3)).contains(text));
        // Drawn as one bar per week row (Friday to Sunday, then Monday to Thursday).
        const QString uid = found.first().uid;
        const QPoint onFriday = month()->pointOn(uid, QDate(2022, 5, 27));
        const QPoint onMonday = month()->pointOn(uid, QDate(2022, 5, 30));
        const QPoint onWednesday = month()->pointOn(uid, QDate(2022, 6, 1));
        QVERIFY(!onFriday.isNull() && !onMonday.isNull() && !onWednesday.isNull());
        QVERIFY(onFriday.y() < onMonday.y());
        QCOMPARE(onMonday.y(), onWednesday.y());
        QCOMPARE(month()->itemAt(onWednesday).uid, uid);
        QVERIFY(month()->pointOn(uid, QDate(2022, 6, 3)).isNull());
        // In the list.
        QTest::mouseClick(child<QToolButton>("listButton"), Qt::LeftButton);
        QCOMPARE(m_page->view(), CalendarPage::View::List);
        QVERIFY(columnTexts(child<QTreeView>("meetingList")->model(), 1).contains(text));
    }

    void moreWhenADayIsFull()
    {
        const QDate day(2022, 3, 16);
        for (int i = 0; i < 9; ++i)
            QVERIFY(!addMeeting(QStringLiteral("Meeting %1").arg(i), day, day).isEmpty());
        m_page->setMonth(day);
        QTRY_COMPARE(month()->titlesOn(day).size(), 9);
        const int more = month()->moreCountOn(day);
        QVERIFY(more > 0);
        QVERIFY(more < 9);
        QCOMPARE(month()->moreCountOn(day.addDays(1)), 0);
        // Clicking "+N more" lists the whole day in a popup.
        const QRect moreAt = month()->moreRect(day);
        QVERIFY(month()->dayRect(day).contains(moreAt));
        QTest::mouseClick(month(), Qt::LeftButton, Qt::NoModifier, moreAt.center());
        QMenu *popup = nullptr;
        QTRY_VERIFY((popup = month()->findChild<QMenu *>(QStringLiteral("dayItemsPopup"))) != nullptr);
        QCOMPARE(popup->actions().size(), 2 + 9); // heading, separator, items
        popup->close();
    }

    void keyboardNavigation()
    {
        m_page->setMonth(QDate(2021, 12, 1));
        month()->setFocus();
        QTest::keyClick(month(), Qt::Key_Right);
        QCOMPARE(month()->selectedDate(), QDate(2021, 12, 2));
        QTest::keyClick(month(), Qt::Key_Down);
        QCOMPARE(month()->selectedDate(), QDate(2021, 12, 9));
        QTest::keyClick(month(), Qt::Key_PageDown);
        QCOMPARE(month()->selectedDate(), QDate(2022, 1, 9));
        QCOMPARE(m_page->currentMonth(), QDate(2022, 1, 1));
        QCOMPARE(child<QLabel>("monthLabel")->text(), QStringLiteral("January 2022"));
        QTest::keyClick(month(), Qt::Key_PageUp);
        QTest::keyClick(month(), Qt::Key_Up);
        QCOMPARE(month()->selectedDate(), QDate(2021, 12, 2));
        QTest::keyClick(month(), Qt::Key_Left);
        QTest::keyClick(month(), Qt::Key_Left);
        QCOMPARE(month()->selectedDate(), QDate(2021, 11, 30));
        QCOMPARE(m_page->currentMonth(), QDate(2021, 11, 1));

        // Enter opens the day's first item, or asks for a new meeting on an empty day.
        QSignalSpy edit(m_page.get(), &CalendarPage::editMeetingRequested);
        QSignalSpy create(m_page.get(), &CalendarPage::newMeetingRequested);
        QTest::keyClick(month(), Qt::Key_Return);
        QCOMPARE(create.count(), 1);
        QCOMPARE(create.first().first().toDate(), QDate(2021, 11, 30));
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Enter);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), month()->itemsOn(QDate(2021, 12, 1)).first());

        QTest::keyClick(month(), Qt::Key_Home);
        QCOMPARE(month()->selectedDate(), QDate::currentDate());
        // The buttons do the same.
        QTest::mouseClick(child<QToolButton>("previousButton"), Qt::LeftButton);
        QCOMPARE(m_page->currentMonth(),
                 QDate(QDate::currentDate().addMonths(-1).year(), QDate::currentDate().addMonths(-1).month(), 1));
        QTest::mouseClick(child<QToolButton>("nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>("nextButton"), Qt::LeftButton);
        QCOMPARE(m_page->currentMonth(),
                 QDate(QDate::currentDate().addMonths(1).year(), QDate::currentDate().addMonths(1).month(), 1));
        QTest::mouseClick(child<QToolButton>("todayButton"), Qt::LeftButton);
        QCOMPARE(m_page->selectedDate(), QDate::currentDate());
    }

    void weekView()
    {
        const QDate day(2022, 2, 9);
        const QString timed = addMeeting(QStringLiteral("Morning call"), day, day, QTime(10, 0));
        const QString allDay = addMeeting(QStringLiteral("Long course"), day.addDays(-1), day.addDays(1));
        m_page->setMonth(day);
        QTest::mouseClick(child<QToolButton>("weekButton"), Qt::LeftButton);
        WeekView *week = m_page->weekView();
        QVERIFY(week->isVisible());
        QTRY_COMPARE(week->itemsOn(day).size(), 2);
        QVERIFY(week->rangeStart() <= day && day <= week->rangeEnd());
        QCOMPARE(week->rangeStart().daysTo(week->rangeEnd()), 6);
        const QRect at = week->timedRect(timed, day);
        QVERIFY(!at.isEmpty());
        QVERIFY(week->dayRect(day).contains(at.center()));
        QCOMPARE(week->itemAt(at.center()).uid, timed);
        QVERIFY(week->titlesOn(day.addDays(1)).contains(QStringLiteral("Long course")));
        QVERIFY(week->timedRect(allDay, day).isEmpty());
        QSignalSpy edit(m_page.get(), &CalendarPage::editMeetingRequested);
        QTest::mouseDClick(week, Qt::LeftButton, Qt::NoModifier, at.center());
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), timed);
        // PageDown moves a week; the month view follows the selected day.
        week->setFocus();
        QTest::keyClick(week, Qt::Key_PageDown);
        QCOMPARE(week->selectedDate(), day.addDays(7));
        QCOMPARE(month()->selectedDate(), day.addDays(7));
    }

    void dragUnscheduledOntoADay()
    {
        const QString uid = unscheduledMeeting(QStringLiteral("7.s"));
        QVERIFY(!uid.isEmpty());
        auto *list = child<QListView>("unscheduledList");
        UnscheduledModel *model = m_page->unscheduledPanel()->model();
        const int rows = model->rowCount();
        QCOMPARE(rows, 26); // 6 meetings, 20 activities not held as one of them
        const int row = model->rowOf(uid);
        QVERIFY(row >= 0);

        const QDate date(2022, 3, 22);
        m_page->setMonth(date);
        QVERIFY(month()->titlesOn(date).isEmpty());
        // The drag carries what the list's model puts in it.
        QMimeData *data = list->model()->mimeData({list->model()->index(row, 0)});
        QVERIFY(data && data->hasFormat(QStringLiteral("application/x-presidency-desk-item")));
        QVERIFY(dropOn(month(), month()->dayRect(date).center(), data));
        delete data;

        QCOMPARE(m_repos->meetings().byUid(uid)->startDate, date);
        QCOMPARE(m_repos->meetings().byUid(uid)->endDate, date);
        QTRY_COMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->rowOf(uid), -1);
        QCOMPARE(month()->itemsOn(date), QStringList{uid});
        QCOMPARE(m_editor->undoStack()->count(), 1);

        // Undo puts it back in the panel, live.
        m_editor->undoStack()->undo();
        QVERIFY(!m_repos->meetings().byUid(uid)->startDate.isValid());
        QTRY_COMPARE(model->rowCount(), rows);
        QVERIFY(model->rowOf(uid) >= 0);
        QTRY_VERIFY(month()->itemsOn(date).isEmpty());

        // An activity, then moved to another day by dropping it from the month itself.
        const QString activity = m_repos->activities().byCode(QStringLiteral("7.l"))->uid;
        const CalendarItemRef ref{CalendarItem::Kind::Activity, activity};
        std::unique_ptr<QMimeData> activityData(CalendarItems::mimeData(ref));
        QVERIFY(dropOn(month(), month()->dayRect(date).center(), activityData.get()));
        QCOMPARE(m_repos->activities().byUid(activity)->targetStart, date);
        QTRY_COMPARE(month()->itemsOn(date), QStringList{activity});
        QVERIFY(dropOn(month(), month()->dayRect(date.addDays(2)).center(), activityData.get()));
        QCOMPARE(m_repos->activities().byUid(activity)->targetStart, date.addDays(2));
        QTRY_COMPARE(month()->itemsOn(date.addDays(2)), QStringList{activity});
        QVERIFY(month()->itemsOn(date).isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 2);
        // Dropped on the unscheduled list, it goes back to "to be scheduled".
        const int before = model->rowCount();
        QVERIFY(dropOn(list->viewport(), list->viewport()->rect().center(), activityData.get()));
        QVERIFY(!m_repos->activities().byUid(activity)->targetStart.isValid());
        QTRY_COMPARE(model->rowCount(), before + 1);
        QTRY_VERIFY(month()->itemsOn(date.addDays(2)).isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 3);
        // ... and dropping it there again does nothing.
        QVERIFY(!dropOn(list->viewport(), list->viewport()->rect().center(), activityData.get()));
        // Something else is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!dropOn(month(), month()->dayRect(date).center(), &text));
        QVERIFY(!dropOn(list->viewport(), list->viewport()->rect().center(), &text));
    }

    void assignDate()
    {
        const QString uid = unscheduledMeeting(QStringLiteral("7.t"));
        auto *button = child<QPushButton>("assignDateButton");
        auto *list = child<QListView>("unscheduledList");
        QVERIFY(!button->isEnabled()); // nothing chosen yet
        UnscheduledModel *model = m_page->unscheduledPanel()->model();
        const QRect rect = list->visualRect(list->model()->index(model->rowOf(uid), 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(m_page->unscheduledPanel()->currentItem().uid, uid);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("assignDateDialog"))) != nullptr);
        QVERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("assignDateEdit"));
        QVERIFY(edit);
        edit->setDate(QDate(2022, 7, 14));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(m_repos->meetings().byUid(uid)->startDate, QDate(2022, 7, 14));
        QTRY_COMPARE(model->rowOf(uid), -1);
        m_page->setMonth(QDate(2022, 7, 14));
        QCOMPARE(month()->itemsOn(QDate(2022, 7, 14)), QStringList{uid});
        m_editor->undoStack()->undo();
        QTRY_VERIFY(model->rowOf(uid) >= 0);
        QTRY_VERIFY(month()->itemsOn(QDate(2022, 7, 14)).isEmpty());
    }

    void filterAndSortTheList()
    {
        addMeeting(QStringLiteral("Alpha workshop"), QDate(2022, 1, 10), QDate(2022, 1, 10));
        QTest::mouseClick(child<QToolButton>("listButton"), Qt::LeftButton);
        auto *list = child<QTreeView>("meetingList");
        QAbstractItemModel *model = list->model();
        QCOMPARE(model->rowCount(), 8);
        // Dates first, by date; the ones to be scheduled last.
        QVERIFY(model->index(0, 1).data().toString().contains(QStringLiteral("Regional Consultation Group")));
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Alpha workshop"));
        // Sorted by title with a click on its header.
        const int x = list->header()->sectionViewportPosition(1) + 5;
        QTest::mouseClick(list->header()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, 5));
        QStringList titles = columnTexts(model, 1);
        QCOMPARE(titles.first(), QStringLiteral("Alpha workshop"));
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(titles, sorted);

        auto *text = child<QLineEdit>("filterText");
        QTest::keyClicks(text, QStringLiteral("alpha"));
        QTRY_COMPARE(model->rowCount(), 1);
        text->clear();
        QTRY_COMPARE(model->rowCount(), 8);
        QVERIFY(choose(child<QComboBox>("filterKind"), QStringLiteral("Workshop")));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(choose(child<QComboBox>("filterKind"), QStringLiteral("Regional Consultation Group")));
        QTRY_COMPARE(model->rowCount(), 2); // the held one and 7.s
        // Double-click (activate) asks for the editor.
        QSignalSpy edit(m_page.get(), &CalendarPage::editMeetingRequested);
        list->setFocus();
        list->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(edit.count(), 1);
    }

    void showMeetingGoesToItsMonth()
    {
        MeetingFilter filter;
        filter.from = filter.to = QDate(2021, 12, 1);
        const QString rcgm = m_repos->meetings().find(filter).first().uid;
        m_page->showMeeting(rcgm);
        QCOMPARE(m_page->currentMonth(), QDate(2021, 12, 1));
        QCOMPARE(m_page->selectedDate(), QDate(2021, 12, 1));
        const QString open = unscheduledMeeting(QStringLiteral("7.u"));
        m_page->showMeeting(open);
        QCOMPARE(m_page->unscheduledPanel()->currentItem().uid, open);
    }
};

QTEST_MAIN(TestGuiCalendarPage)
#include "tst_gui_calendarpage.moc"
