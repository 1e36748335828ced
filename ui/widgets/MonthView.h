#pragma once

#include "CalendarView.h"

namespace pd {

/*
 * A month as a grid of six weeks, drawn by hand: meetings and dated activities on
 * their days as coloured bars (multi-day ones span the days, across week rows), "+N
 * more" when a day is full (a click lists the day), today marked, the selected day
 * framed. Keyboard: arrows move the day, PageUp/PageDown the month, Home goes to today,
 * Enter opens the day's first item or asks for a new meeting.
 */
class MonthView : public CalendarView
{
    Q_OBJECT
public:
    explicit MonthView(CalendarItems &source, QWidget *parent = nullptr);

    // Shows the month of `date`, keeping the selected day number where it exists.
    void setMonth(const QDate &date);
    QDate month() const; // first day of the shown month
    QDate firstShownDate() const { return m_from; }

    QRect dayRect(const QDate &date) const override;
    QDate dateAt(const QPoint &pos) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void monthChanged(const QDate &month);

protected:
    std::pair<QDate, QDate> rangeFor(const QDate &date) const override;
    QDate pageStep(const QDate &date, bool forward) const override;
    void relayout() override;
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int Rows = 6;
    int headerHeight() const;
    int columnX(int column) const;
    int rowY(int row) const;
    int laneHeight() const;
    int dateLineHeight() const;
};

} // namespace pd
