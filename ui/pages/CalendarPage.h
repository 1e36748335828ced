#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "models/CalendarItems.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace pd {

class Editor;
class FilterBar;
class MeetingListModel;
class MonthView;
class UnscheduledPanel;
class WeekView;

/*
 * The calendar page: the meetings and dated activities of the open database in a month,
 * a week or a filtered list, with the items still to be scheduled beside them (dragged
 * onto a day or given a date to schedule them). Edits go through the Editor; the page
 * never writes on its own.
 */
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Month,
        Week,
        List
    };

    explicit CalendarPage(Editor &editor, QWidget *parent = nullptr);

    void showMeeting(const QString &uid);
    void setLanguage(Language language);
    QDate currentMonth() const;
    // Shows the month of `date` and selects that day (tests and screenshots use it).
    void setMonth(const QDate &date);
    QDate selectedDate() const;
    View view() const { return m_view; }
    void setView(View view);
    // Puts an item on the calendar from `date` (keeping the length of a dated item), as
    // one undo step. What a drop on a day and "Assign Date…" do. A null date puts it
    // back to "to be scheduled" (a drop on the unscheduled list).
    Status scheduleItem(const CalendarItemRef &item, const QDate &date);

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    UnscheduledPanel *unscheduledPanel() const { return m_unscheduled; }

Q_SIGNALS:
    void editMeetingRequested(const QString &uid);
    void editActivityRequested(const QString &uid);
    void newMeetingRequested(const QDate &date);
    void viewChanged(CalendarPage::View view);

private:
    QWidget *buildNavigation();
    void navigate(int step);
    void updateTitle();
    void updateLegend();

    Editor &m_editor;
    Language m_language = Language::English;
    View m_view = View::Month;
    CalendarItems *m_items = nullptr;
    FilterBar *m_filter = nullptr;
    MeetingListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTreeView *m_list = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    UnscheduledPanel *m_unscheduled = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_legend = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_viewButtons[3] = {};
};

} // namespace pd
