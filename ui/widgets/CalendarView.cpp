#include "CalendarView.h"

#include "CalendarColors.h"

#include <QApplication>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace pd {

CalendarView::CalendarView(CalendarItems &source, QWidget *parent) : QWidget(parent), m_source(source)
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&source, &CalendarItems::changed, this, &CalendarView::reload);
}

void CalendarView::setSelectedDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const auto [from, to] = rangeFor(date);
    const bool rangeMoved = from != m_from || to != m_to;
    const bool moved = date != m_selected;
    m_selected = date;
    if (rangeMoved) {
        m_from = from;
        m_to = to;
        reload();
        Q_EMIT rangeChanged(m_from, m_to);
    } else {
        update();
    }
    if (moved || rangeMoved) {
        updateAccessibleDescription();
        Q_EMIT selectedDateChanged(m_selected);
    }
}

void CalendarView::setLanguage(Language language)
{
    m_language = language;
    update();
}

void CalendarView::reload()
{
    // A hidden view (the week behind the month) reads its items when it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_items = m_source.between(m_from, m_to);
    relayout();
    updateAccessibleDescription();
    update();
    Q_EMIT reloaded();
}

QString CalendarView::titleOf(const CalendarItem &item) const
{
    const QString title = item.title.text(m_language);
    return title.isEmpty() ? item.code : title;
}

QList<CalendarItem> CalendarView::itemsOnDate(const QDate &date) const
{
    QList<CalendarItem> found;
    for (const CalendarItem &item : m_items) {
        if (item.covers(date))
            found.append(item);
    }
    return found;
}

QStringList CalendarView::itemsOn(const QDate &date) const
{
    QStringList uids;
    for (const CalendarItem &item : itemsOnDate(date))
        uids.append(item.uid);
    return uids;
}

QStringList CalendarView::titlesOn(const QDate &date) const
{
    QStringList titles;
    for (const CalendarItem &item : itemsOnDate(date))
        titles.append(titleOf(item));
    return titles;
}

CalendarItemRef CalendarView::itemAt(const QPoint &pos) const
{
    for (const Segment &segment : m_segments) {
        if (segment.rect.contains(pos)) {
            const CalendarItem &item = m_items.at(segment.item);
            return {item.kind, item.uid};
        }
    }
    return {};
}

QPoint CalendarView::pointOn(const QString &uid, const QDate &date) const
{
    const QRect day = dayRect(date);
    for (const Segment &segment : m_segments) {
        const QRect shared = segment.rect.intersected(day);
        if (m_items.at(segment.item).uid == uid && !shared.isEmpty())
            return shared.center();
    }
    return {};
}

void CalendarView::layoutRow(const QList<QDate> &days, const QList<int> &columnX, int top, int laneHeight, int capacity,
                             bool (*accept)(const CalendarItem &))
{
    struct Placement
    {
        int item;
        int first;
        int last;
        int lane;
    };
    const int columns = int(days.size());
    QList<Placement> placements;
    QList<QList<bool>> lanes;
    for (int i = 0; i < m_items.size(); ++i) {
        const CalendarItem &item = m_items.at(i);
        if ((accept && !accept(item)) || item.end < days.first() || item.start > days.last())
            continue;
        const int first = int(qMax<qint64>(0, days.first().daysTo(item.start)));
        const int last = int(qMin<qint64>(columns - 1, days.first().daysTo(item.end)));
        int lane = 0;
        for (;; ++lane) {
            if (lane == lanes.size())
                lanes.append(QList<bool>(columns, false));
            bool free = true;
            for (int c = first; c <= last && free; ++c)
                free = !lanes[lane][c];
            if (free)
                break;
        }
        for (int c = first; c <= last; ++c)
            lanes[lane][c] = true;
        placements.append({i, first, last, lane});
    }
    // A day whose lanes do not all fit keeps its last lane for "+N more".
    QList<int> visible(columns, capacity);
    for (const Placement &p : placements) {
        if (p.lane >= capacity) {
            for (int c = p.first; c <= p.last; ++c)
                visible[c] = qMax(0, capacity - 1);
        }
    }
    for (const Placement &p : placements) {
        for (int c = p.first; c <= p.last;) {
            if (p.lane >= visible[c]) {
                More &more = m_more[days.at(c)];
                ++more.count;
                more.rect = QRect(columnX.at(c) + 2, top + visible[c] * laneHeight,
                                  columnX.at(c + 1) - columnX.at(c) - 4, laneHeight - 2);
                ++c;
                continue;
            }
            int end = c;
            while (end + 1 <= p.last && p.lane < visible[end + 1])
                ++end;
            Segment segment;
            segment.item = p.item;
            segment.rect = QRect(columnX.at(c) + 2, top + p.lane * laneHeight, columnX.at(end + 1) - columnX.at(c) - 4,
                                 laneHeight - 2);
            const CalendarItem &item = m_items.at(p.item);
            segment.continuesLeft = item.start < days.at(c);
            segment.continuesRight = item.end > days.at(end);
            m_segments.append(segment);
            c = end + 1;
        }
    }
}

void CalendarView::paintSegments(QPainter &painter, bool (*accept)(const CalendarItem &)) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Segment &segment : m_segments) {
        const CalendarItem &item = m_items.at(segment.item);
        if (accept && !accept(item))
            continue;
        QColor fill = calendar::colorForKey(item.colorKey);
        if (item.cancelled)
            fill = fill.lighter(170);
        const QRectF r = QRectF(segment.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        const qreal radius = 3;
        path.addRoundedRect(r.adjusted(segment.continuesLeft ? -radius : 0, 0, segment.continuesRight ? radius : 0, 0),
                            radius, radius);
        painter.save();
        painter.setClipRect(segment.rect);
        painter.fillPath(path, fill);
        painter.restore();
        if (item.kind == CalendarItem::Kind::Activity) {
            // Activities get a lighter stripe on the left, so the two kinds can be told apart.
            painter.fillRect(QRectF(r.left(), r.top(), 3, r.height()), fill.lighter(150));
        }
        QFont font = painter.font();
        font.setStrikeOut(item.cancelled);
        painter.setFont(font);
        painter.setPen(calendar::textColorOn(fill));
        QString text = titleOf(item);
        if (item.isTimed() && !segment.continuesLeft)
            text = item.startTime.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + text;
        if (segment.continuesLeft)
            text = QStringLiteral("◂ ") + text;
        const QRect textRect = segment.rect.adjusted(5, 0, -3, 0);
        if (segment.rect.height() >= 2 * painter.fontMetrics().height()) {
            // A timed block of the week: its text wraps from the top.
            painter.drawText(textRect.adjusted(0, 2, 0, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        } else {
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
        }
        font.setStrikeOut(false);
        painter.setFont(font);
    }
    painter.restore();
}

void CalendarView::paintMore(QPainter &painter) const
{
    painter.save();
    painter.setPen(palette().color(QPalette::Link));
    for (auto it = m_more.cbegin(); it != m_more.cend(); ++it) {
        if (it->count > 0 && !it->rect.isEmpty())
            painter.drawText(it->rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%n more", nullptr, it->count));
    }
    painter.restore();
}

void CalendarView::activate(const CalendarItemRef &ref)
{
    if (!ref.isValid())
        return;
    if (ref.kind == CalendarItem::Kind::Meeting)
        Q_EMIT editMeetingRequested(ref.uid);
    else
        Q_EMIT editActivityRequested(ref.uid);
}

void CalendarView::showDayItems(const QDate &date, const QPoint &globalPos)
{
    // A non-blocking popup listing every item of the day; choosing one opens it.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dayItemsPopup"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *heading = menu->addAction(QLocale().toString(date, QLocale::LongFormat));
    heading->setEnabled(false);
    menu->addSeparator();
    for (const CalendarItem &item : itemsOnDate(date)) {
        QPixmap swatch(10, 10);
        swatch.fill(calendar::colorForKey(item.colorKey));
        const CalendarItemRef ref{item.kind, item.uid};
        menu->addAction(QIcon(swatch), titleOf(item), this, [this, ref] { activate(ref); });
    }
    menu->popup(globalPos);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const CalendarItemRef ref = itemAt(help->pos());
        QString text;
        for (const CalendarItem &item : std::as_const(m_items)) {
            if (ref.isValid() && item.uid == ref.uid) {
                const QLocale locale;
                text = titleOf(item) + QLatin1Char('\n') + locale.toString(item.start, QLocale::ShortFormat);
                if (item.isMultiDay())
                    text = tr("%1 – %2").arg(text, locale.toString(item.end, QLocale::ShortFormat));
                break;
            }
        }
        if (text.isEmpty()) {
            const QDate date = dateAt(help->pos());
            if (m_more.value(date).rect.contains(help->pos()))
                text = titlesOn(date).join(QLatin1Char('\n'));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const QDate from = m_selected.isValid() ? m_selected : QDate::currentDate();
    switch (event->key()) {
    case Qt::Key_Left:
        setSelectedDate(from.addDays(layoutDirection() == Qt::RightToLeft ? 1 : -1));
        break;
    case Qt::Key_Right:
        setSelectedDate(from.addDays(layoutDirection() == Qt::RightToLeft ? -1 : 1));
        break;
    case Qt::Key_Up:
        setSelectedDate(from.addDays(-7));
        break;
    case Qt::Key_Down:
        setSelectedDate(from.addDays(7));
        break;
    case Qt::Key_PageUp:
        setSelectedDate(pageStep(from, false));
        break;
    case Qt::Key_PageDown:
        setSelectedDate(pageStep(from, true));
        break;
    case Qt::Key_Home:
        setSelectedDate(QDate::currentDate());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<CalendarItem> items = itemsOnDate(from);
        if (items.isEmpty())
            Q_EMIT newMeetingRequested(from);
        else
            activate({items.first().kind, items.first().uid});
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressed = {};
    const QDate date = dateAt(pos);
    if (event->button() != Qt::LeftButton || !date.isValid()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setSelectedDate(date);
    if (m_more.value(date).count > 0 && m_more.value(date).rect.contains(pos)) {
        showDayItems(date, mapToGlobal(pos));
        return;
    }
    m_pressed = itemAt(pos);
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    // Dragging an item to another day moves it there.
    if (!(event->buttons() & Qt::LeftButton) || !m_pressed.isValid() ||
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(CalendarItems::mimeData(m_pressed));
    m_pressed = {};
    drag->exec(Qt::MoveAction);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QDate date = dateAt(pos);
    if (event->button() != Qt::LeftButton || !date.isValid())
        return;
    setSelectedDate(date);
    if (m_more.value(date).rect.contains(pos) && m_more.value(date).count > 0)
        return; // the press opened the day's list
    const CalendarItemRef ref = itemAt(pos);
    if (ref.isValid())
        activate(ref);
    else
        Q_EMIT newMeetingRequested(date);
}

void CalendarView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CalendarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (CalendarItems::fromMimeData(event->mimeData()).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarView::dragMoveEvent(QDragMoveEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (!date.isValid() || !CalendarItems::fromMimeData(event->mimeData()).isValid()) {
        event->ignore();
        return;
    }
    if (date != m_dropTarget) {
        m_dropTarget = date;
        update();
    }
    event->acceptProposedAction();
}

void CalendarView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropTarget = QDate();
    update();
    QWidget::dragLeaveEvent(event);
}

void CalendarView::dropEvent(QDropEvent *event)
{
    m_dropTarget = QDate();
    update();
    const CalendarItemRef ref = CalendarItems::fromMimeData(event->mimeData());
    const QDate date = dateAt(event->position().toPoint());
    if (!ref.isValid() || !date.isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT itemDropped(ref, date);
}

void CalendarView::updateAccessibleDescription()
{
    if (!m_selected.isValid())
        return;
    const QStringList titles = titlesOn(m_selected);
    const QString day = QLocale().toString(m_selected, QLocale::LongFormat);
    setAccessibleDescription(titles.isEmpty() ? tr("%1: nothing scheduled").arg(day)
                                              : tr("%1: %2").arg(day, titles.join(QStringLiteral("; "))));
}

} // namespace pd
