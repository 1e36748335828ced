#include "WeekView.h"

#include <QLocale>
#include <QPainter>

namespace pd {

namespace {
bool untimed(const CalendarItem &item)
{
    return !item.isTimed();
}
} // namespace

WeekView::WeekView(CalendarItems &source, QWidget *parent) : CalendarView(source, parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week calendar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setSelectedDate(QDate::currentDate());
}

std::pair<QDate, QDate> WeekView::rangeFor(const QDate &date) const
{
    const int firstDay = int(QLocale().firstDayOfWeek());
    const QDate start = date.addDays(-((date.dayOfWeek() - firstDay + 7) % 7));
    return {start, start.addDays(6)};
}

QDate WeekView::pageStep(const QDate &date, bool forward) const
{
    return date.addDays(forward ? 7 : -7);
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 10;
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int WeekView::laneHeight() const
{
    return fontMetrics().height() + 4;
}

int WeekView::allDayBottom() const
{
    return headerHeight() + m_allDayLanes * laneHeight() + 6;
}

int WeekView::columnX(int column) const
{
    return gutterWidth() + column * (width() - 1 - gutterWidth()) / 7;
}

int WeekView::timeY(const QTime &time) const
{
    const int top = allDayBottom();
    const double hours = LastHour - FirstHour;
    const double at = qBound(0.0, (time.msecsSinceStartOfDay() / 3600000.0) - FirstHour, hours);
    return top + int(at * (height() - 1 - top) / hours);
}

QRect WeekView::dayRect(const QDate &date) const
{
    if (!date.isValid() || date < m_from || date > m_to)
        return {};
    const int c = int(m_from.daysTo(date));
    return QRect(QPoint(columnX(c), 0), QPoint(columnX(c + 1) - 1, height() - 1));
}

QDate WeekView::dateAt(const QPoint &pos) const
{
    if (!m_from.isValid() || !rect().contains(pos) || pos.x() < gutterWidth())
        return {};
    for (int c = 0; c < 7; ++c) {
        if (pos.x() < columnX(c + 1))
            return m_from.addDays(c);
    }
    return m_to;
}

QRect WeekView::timedRect(const QString &uid, const QDate &date) const
{
    for (const Timed &timed : m_timed) {
        if (timed.date == date && m_items.at(timed.item).uid == uid)
            return timed.rect;
    }
    return {};
}

void WeekView::relayout()
{
    m_segments.clear();
    m_more.clear();
    m_timed.clear();
    if (!m_from.isValid())
        return;
    QList<QDate> days;
    QList<int> xs;
    for (int c = 0; c < 7; ++c)
        days.append(m_from.addDays(c));
    for (int c = 0; c <= 7; ++c)
        xs.append(columnX(c));

    // As many all-day lanes as the busiest day needs, up to AllDayLanes.
    int busiest = 0;
    for (const QDate &day : days) {
        int count = 0;
        for (const CalendarItem &item : std::as_const(m_items))
            count += untimed(item) && item.covers(day) ? 1 : 0;
        busiest = qMax(busiest, count);
    }
    m_allDayLanes = qBound(1, busiest, AllDayLanes);
    layoutRow(days, xs, headerHeight() + 2, laneHeight(), m_allDayLanes, &untimed);

    // Timed meetings at their hours; overlapping ones share the column side by side.
    for (int c = 0; c < 7; ++c) {
        QList<Timed> day;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem &item = m_items.at(i);
            if (!item.isTimed() || !item.covers(days.at(c)))
                continue;
            const QTime end =
                item.endTime.isValid() && item.endTime > item.startTime ? item.endTime : item.startTime.addSecs(3600);
            const int top = timeY(item.startTime);
            const int bottom = qMax(top + laneHeight(), timeY(end));
            day.append({i, days.at(c), QRect(0, top, 0, bottom - top)});
        }
        const int lanes = int(day.size());
        for (int k = 0; k < lanes; ++k) {
            const int width = (xs.at(c + 1) - xs.at(c) - 4) / qMax(1, lanes);
            day[k].rect.setLeft(xs.at(c) + 2 + k * width);
            day[k].rect.setWidth(width - 1);
            m_timed.append(day.at(k));
            m_segments.append({day.at(k).item, day.at(k).rect, false, false});
        }
    }
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    const QDate today = QDate::currentDate();

    // Hour lines and labels.
    painter.setPen(pal.color(QPalette::Midlight));
    for (int hour = FirstHour; hour <= LastHour; ++hour) {
        const int y = timeY(QTime(hour % 24, 0));
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(gutterWidth(), y, width(), y);
        if (hour < LastHour) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y, gutterWidth() - 4, laneHeight()), Qt::AlignRight | Qt::AlignTop,
                             locale.toString(QTime(hour, 0), QStringLiteral("HH:mm")));
        }
    }
    for (int c = 0; c < 7; ++c) {
        const QDate date = m_from.addDays(c);
        const QRect column = dayRect(date);
        if (date == m_dropTarget) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(60);
            painter.fillRect(column, highlight);
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(column.topLeft(), column.bottomLeft());
        const QRect header(column.left(), 0, column.width(), headerHeight());
        if (date == today)
            painter.fillRect(header.adjusted(1, 1, -1, -1), pal.color(QPalette::Highlight));
        painter.setPen(date == today ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        const QString text =
            locale.toString(date, column.width() < 110 ? QStringLiteral("ddd d") : QStringLiteral("dddd d"));
        painter.drawText(header, Qt::AlignCenter, text);
        if (date == m_selected) {
            painter.save();
            painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
            painter.drawRect(column.adjusted(1, 1, -1, -1));
            painter.restore();
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(gutterWidth(), headerHeight(), width(), headerHeight());
    painter.drawLine(gutterWidth(), allDayBottom(), width(), allDayBottom());
    paintSegments(painter, nullptr);
    paintMore(painter);
}

QSize WeekView::sizeHint() const
{
    return {gutterWidth() + 7 * 110, headerHeight() + AllDayLanes * laneHeight() + (LastHour - FirstHour) * 32};
}

QSize WeekView::minimumSizeHint() const
{
    return {gutterWidth() + 7 * 48, headerHeight() + laneHeight() + (LastHour - FirstHour) * 16};
}

} // namespace pd
