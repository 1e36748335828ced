#pragma once

#include "CalendarView.h"

namespace pd {

/*
 * The seven days of the selected week as columns: all-day and dated items in lanes at
 * the top (multi-day ones span their days), timed meetings placed at their hours below.
 * Same keyboard, mouse, drop and signals as the month view; PageUp/PageDown move a week.
 */
class WeekView : public CalendarView
{
    Q_OBJECT
public:
    explicit WeekView(CalendarItems &source, QWidget *parent = nullptr);

    QRect dayRect(const QDate &date) const override;
    QDate dateAt(const QPoint &pos) const override;
    // Where a timed item is drawn on `date` (empty when it is not a timed item shown there).
    QRect timedRect(const QString &uid, const QDate &date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    std::pair<QDate, QDate> rangeFor(const QDate &date) const override;
    QDate pageStep(const QDate &date, bool forward) const override;
    void relayout() override;
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 21;
    static constexpr int AllDayLanes = 3;
    int gutterWidth() const;
    int headerHeight() const;
    int laneHeight() const;
    int allDayBottom() const;
    int columnX(int column) const;
    int timeY(const QTime &time) const;

    struct Timed
    {
        int item;
        QDate date;
        QRect rect;
    };
    QList<Timed> m_timed;
    int m_allDayLanes = 1;
};

} // namespace pd
