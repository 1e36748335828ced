#pragma once

#include "models/CalendarItems.h"

#include <QDate>
#include <QHash>
#include <QWidget>

namespace pd {

/*
 * What the month and week views share: the items of the visible range (read from
 * CalendarItems, reloaded when it reports a change), the selected date and keyboard
 * navigation (arrows, PageUp/PageDown, Home for today, Enter to open), double-click to
 * edit an item or ask for a new meeting, tooltips, and dropping an item (from the
 * unscheduled list or from the view itself) on a day.
 */
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(CalendarItems &source, QWidget *parent = nullptr);

    QDate selectedDate() const { return m_selected; }
    // Selects `date` and shows the range that holds it (reloading when that changes).
    void setSelectedDate(const QDate &date);
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }
    void setLanguage(Language language);

    // The area of a day on screen; empty when the day is not shown.
    virtual QRect dayRect(const QDate &date) const = 0;
    virtual QDate dateAt(const QPoint &pos) const = 0;
    virtual CalendarItemRef itemAt(const QPoint &pos) const;
    // Items hidden behind "+N more" on `date` (0 when all are shown).
    int moreCountOn(const QDate &date) const { return m_more.value(date).count; }
    // Where "+N more" is drawn on `date` (empty when nothing is hidden).
    QRect moreRect(const QDate &date) const { return moreCountOn(date) > 0 ? m_more.value(date).rect : QRect(); }
    // A point on the item on `date` (null when it is not drawn there).
    QPoint pointOn(const QString &uid, const QDate &date) const;

    QList<CalendarItem> itemsOnDate(const QDate &date) const;
    QStringList itemsOn(const QDate &date) const; // uids
    QStringList titlesOn(const QDate &date) const;
    const QList<CalendarItem> &items() const { return m_items; }
    QString titleOf(const CalendarItem &item) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void selectedDateChanged(const QDate &date);
    void rangeChanged(const QDate &from, const QDate &to);
    void reloaded();
    void editMeetingRequested(const QString &uid);
    void editActivityRequested(const QString &uid);
    void newMeetingRequested(const QDate &date);
    // An item was dropped on a day: the page schedules it there.
    void itemDropped(const CalendarItemRef &item, const QDate &date);

protected:
    struct Segment
    {
        int item = -1; // index in m_items
        QRect rect;
        bool continuesLeft = false;
        bool continuesRight = false;
    };
    struct More
    {
        int count = 0;
        QRect rect;
    };

    // The visible range that holds `date`; PageUp/PageDown's step from `date`.
    virtual std::pair<QDate, QDate> rangeFor(const QDate &date) const = 0;
    virtual QDate pageStep(const QDate &date, bool forward) const = 0;
    // Recomputes m_segments and m_more for the current size and items.
    virtual void relayout() = 0;

    // Places the items of the consecutive `days` (one week row) in lanes of `laneHeight`
    // below each day's `top`, at most `capacity` lanes; what does not fit is counted in
    // m_more with a "+N more" line in the last lane.
    void layoutRow(const QList<QDate> &days, const QList<int> &columnX, int top, int laneHeight, int capacity,
                   bool (*accept)(const CalendarItem &));
    void paintSegments(QPainter &painter, bool (*accept)(const CalendarItem &)) const;
    void paintMore(QPainter &painter) const;
    void activate(const CalendarItemRef &ref);
    void showDayItems(const QDate &date, const QPoint &globalPos);

    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

    CalendarItems &m_source;
    Language m_language = Language::English;
    QDate m_selected;
    QDate m_from;
    QDate m_to;
    QDate m_dropTarget;
    QList<CalendarItem> m_items;
    QList<Segment> m_segments;
    QHash<QDate, More> m_more;

private:
    void updateAccessibleDescription();
    bool m_stale = true;
    QPoint m_pressPos;
    CalendarItemRef m_pressed;
};

} // namespace pd
