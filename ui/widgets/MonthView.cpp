#include "MonthView.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

namespace pd {

MonthView::MonthView(CalendarItems &source, QWidget *parent) : CalendarView(source, parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month calendar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(this, &CalendarView::rangeChanged, this, [this] { Q_EMIT monthChanged(month()); });
    setSelectedDate(QDate::currentDate());
}

void MonthView::setMonth(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate first(date.year(), date.month(), 1);
    const int day = m_selected.isValid() ? m_selected.day() : 1;
    setSelectedDate(first.addDays(qMin(day, first.daysInMonth()) - 1));
}

QDate MonthView::month() const
{
    return m_selected.isValid() ? QDate(m_selected.year(), m_selected.month(), 1) : QDate();
}

std::pair<QDate, QDate> MonthView::rangeFor(const QDate &date) const
{
    const QDate first(date.year(), date.month(), 1);
    const int firstDay = int(QLocale().firstDayOfWeek());
    const int back = (first.dayOfWeek() - firstDay + 7) % 7;
    const QDate start = first.addDays(-back);
    return {start, start.addDays(Rows * 7 - 1)};
}

QDate MonthView::pageStep(const QDate &date, bool forward) const
{
    return date.addMonths(forward ? 1 : -1);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::laneHeight() const
{
    return fontMetrics().height() + 4;
}

int MonthView::dateLineHeight() const
{
    return fontMetrics().height() + 6;
}

int MonthView::columnX(int column) const
{
    return column * (width() - 1) / 7;
}

int MonthView::rowY(int row) const
{
    return headerHeight() + row * (height() - 1 - headerHeight()) / Rows;
}

QRect MonthView::dayRect(const QDate &date) const
{
    if (!date.isValid() || date < m_from || date > m_to)
        return {};
    const int index = int(m_from.daysTo(date));
    const int row = index / 7;
    const int column = index % 7;
    QRect rect(QPoint(columnX(column), rowY(row)), QPoint(columnX(column + 1) - 1, rowY(row + 1) - 1));
    if (layoutDirection() == Qt::RightToLeft)
        rect.moveLeft(width() - rect.right() - 1);
    return rect;
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    if (!m_from.isValid() || !rect().contains(pos) || pos.y() < headerHeight())
        return {};
    const int x = layoutDirection() == Qt::RightToLeft ? width() - 1 - pos.x() : pos.x();
    for (int row = 0; row < Rows; ++row) {
        if (pos.y() >= rowY(row + 1))
            continue;
        for (int column = 0; column < 7; ++column) {
            if (x < columnX(column + 1))
                return m_from.addDays(row * 7 + column);
        }
        return m_from.addDays(row * 7 + 6);
    }
    return {};
}

void MonthView::relayout()
{
    m_segments.clear();
    m_more.clear();
    if (!m_from.isValid())
        return;
    QList<int> xs;
    for (int c = 0; c <= 7; ++c)
        xs.append(columnX(c));
    for (int row = 0; row < Rows; ++row) {
        QList<QDate> days;
        for (int c = 0; c < 7; ++c)
            days.append(m_from.addDays(row * 7 + c));
        const int top = rowY(row) + dateLineHeight();
        const int capacity = qMax(1, (rowY(row + 1) - top - 2) / laneHeight());
        layoutRow(days, xs, top, laneHeight(), capacity, nullptr);
    }
    if (layoutDirection() == Qt::RightToLeft) {
        for (Segment &segment : m_segments) {
            segment.rect.moveLeft(width() - segment.rect.right() - 1);
            std::swap(segment.continuesLeft, segment.continuesRight);
        }
        for (More &more : m_more)
            more.rect.moveLeft(width() - more.rect.right() - 1);
    }
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;

    // Weekday names.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int c = 0; c < 7; ++c) {
        const QDate day = m_from.addDays(c);
        QRect header(columnX(c), 0, columnX(c + 1) - columnX(c), headerHeight());
        if (layoutDirection() == Qt::RightToLeft)
            header.moveLeft(width() - header.right() - 1);
        const QString name =
            locale.standaloneDayName(day.dayOfWeek(), header.width() < 80 ? QLocale::ShortFormat : QLocale::LongFormat);
        painter.drawText(header, Qt::AlignCenter, name);
    }

    const QDate today = QDate::currentDate();
    const QDate shown = month();
    for (int i = 0; i < Rows * 7; ++i) {
        const QDate date = m_from.addDays(i);
        const QRect cell = dayRect(date);
        const bool inMonth = date.month() == shown.month();
        if (!inMonth)
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (date == m_dropTarget) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(60);
            painter.fillRect(cell, highlight);
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(cell.adjusted(0, 0, 0, 0));

        // The day number; today in a filled circle.
        const QString number =
            date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM")) : QString::number(date.day());
        const int h = dateLineHeight() - 4;
        const int w = qMax(h, fontMetrics().horizontalAdvance(number) + 8);
        const QRect numberRect(cell.left() + 3, cell.top() + 2, w, h);
        if (date == today) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(numberRect, h / 2.0, h / 2.0);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        }
        painter.drawText(numberRect, Qt::AlignCenter, number);

        if (date == m_selected) {
            painter.save();
            QPen pen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
            painter.restore();
        }
    }
    paintSegments(painter, nullptr);
    paintMore(painter);
}

QSize MonthView::sizeHint() const
{
    const int lane = laneHeight();
    return {7 * 110, headerHeight() + Rows * (dateLineHeight() + 3 * lane + 4)};
}

QSize MonthView::minimumSizeHint() const
{
    return {7 * 48, headerHeight() + Rows * (dateLineHeight() + laneHeight() + 4)};
}

} // namespace pd
