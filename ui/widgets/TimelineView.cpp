#include "TimelineView.h"

#include "storage/Repositories.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

namespace pd {

namespace {

QColor statusColor(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Proposed:
        return QColor(0x9a, 0x99, 0x96);
    case ActivityStatus::Planned:
        return QColor(0x35, 0x84, 0xe4);
    case ActivityStatus::InProgress:
        return QColor(0xe6, 0x61, 0x00);
    case ActivityStatus::Completed:
        return QColor(0x26, 0xa2, 0x69);
    case ActivityStatus::Postponed:
        return QColor(0x91, 0x41, 0xac);
    case ActivityStatus::Cancelled:
        return QColor(0xc0, 0xbf, 0xbc);
    }
    return Qt::gray;
}

QLocale localeOf(Language language)
{
    return QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
}

} // namespace

TimelineView::TimelineView(Repositories &repos, QWidget *parent)
    : QAbstractScrollArea(parent), m_repos(repos), m_year(QDate::currentDate().year())
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline of activities"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(rowHeight());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_complete && !m_stale) {
            const qsizetype before = m_rows.size();
            fetchVisible();
            if (m_rows.size() != before)
                updateScrollBar();
        }
    });

    // Bursts of changes (a bulk status change, an undo of many) reload once.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &TimelineView::reloadNow);
    for (Repository *repository : std::initializer_list<Repository *>{&repos.activities(), &repos.workingGroups()}) {
        connect(repository, &Repository::added, this, &TimelineView::scheduleReload);
        connect(repository, &Repository::changed, this, &TimelineView::scheduleReload);
        connect(repository, &Repository::removed, this, &TimelineView::scheduleReload);
    }
}

void TimelineView::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reloadNow();
    Q_EMIT yearChanged(year);
}

void TimelineView::setFilter(const ActivityFilter &filter)
{
    m_filter = filter;
    reloadNow();
}

void TimelineView::setLanguage(Language language)
{
    m_language = language;
    reloadNow();
}

void TimelineView::scheduleReload()
{
    m_stale = true;
    m_reloadTimer->start();
}

void TimelineView::reloadNow()
{
    m_stale = true;
    updateScrollBar();
    viewport()->update();
}

const QList<TimelineView::Row> &TimelineView::rows() const
{
    if (m_stale) {
        m_stale = false;
        m_rows.clear();
        m_loaded = 0;
        m_complete = false;
        fetchPage();
    }
    return m_rows;
}

void TimelineView::fetchPage() const
{
    if (m_complete)
        return;
    ActivityFilter filter = m_filter;
    filter.from = QDate(m_year, 1, 1);
    filter.to = QDate(m_year, 12, 31);
    filter.scheduled = true;
    const QList<Activity> page = m_repos.activities().find(filter, PageSize, m_loaded);
    m_loaded += int(page.size());
    m_complete = page.size() < PageSize;
    if (page.isEmpty())
        return;
    QHash<qint64, QString> groups;
    for (const WorkingGroup &g : m_repos.workingGroups().all())
        groups.insert(g.id, g.name.text(m_language));
    // Pages come in group order: a heading wherever the group changes.
    qint64 group = -1;
    for (auto it = m_rows.crbegin(); it != m_rows.crend() && group < 0; ++it) {
        if (!it->heading)
            group = it->activity.workingGroupId;
    }
    for (const Activity &a : page) {
        if (a.workingGroupId != group) {
            group = a.workingGroupId;
            m_rows.append({true, group ? groups.value(group) : tr("Structural meetings"), Activity()});
        }
        const QString title = a.title.text(m_language);
        m_rows.append({false, a.code.isEmpty() ? title : a.code + QStringLiteral("  ") + title, a});
    }
}

void TimelineView::fetchVisible()
{
    const int wanted = (verticalScrollBar()->value() + 2 * viewport()->height()) / rowHeight() + 1;
    while (!m_complete && rows().size() < wanted)
        fetchPage();
}

int TimelineView::rowCount() const
{
    int count = 0;
    for (const Row &row : rows())
        count += row.heading ? 0 : 1;
    return count;
}

QStringList TimelineView::activityUids() const
{
    QStringList uids;
    for (const Row &row : rows()) {
        if (!row.heading)
            uids.append(row.activity.uid);
    }
    return uids;
}

QRect TimelineView::barRect(const QString &uid) const
{
    const QList<Row> &all = rows();
    for (int i = 0; i < all.size(); ++i) {
        if (!all.at(i).heading && all.at(i).activity.uid == uid)
            return barRectOf(i);
    }
    return {};
}

QString TimelineView::uidAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return {};
    const int row = rowAt(pos.y());
    if (row < 0 || rows().at(row).heading)
        return {};
    return rows().at(row).activity.uid;
}

QSize TimelineView::sizeHint() const
{
    return {900, 480};
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int TimelineView::headerHeight() const
{
    return fontMetrics().height() + 12;
}

int TimelineView::labelWidth() const
{
    return qBound(160, viewport()->width() * 3 / 10, 360);
}

int TimelineView::rowTop(int row) const
{
    return headerHeight() + row * rowHeight() - verticalScrollBar()->value();
}

int TimelineView::rowAt(int y) const
{
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < rows().size() && y >= headerHeight() ? row : -1;
}

double TimelineView::xOf(const QDate &date) const
{
    const QDate first(m_year, 1, 1);
    const double days = first.daysInYear();
    const double width = viewport()->width() - labelWidth() - 8;
    return labelWidth() + qBound(0.0, double(first.daysTo(date)), days) * width / days;
}

QRect TimelineView::barRectOf(int row) const
{
    const Activity &a = rows().at(row).activity;
    const int top = rowTop(row);
    const int h = rowHeight();
    if (!a.targetEnd.isValid() || a.targetEnd == a.targetStart) {
        const int size = h - 8;
        const int cx = qRound(xOf(a.targetStart) + (xOf(a.targetStart.addDays(1)) - xOf(a.targetStart)) / 2);
        return {cx - size / 2, top + 4, size, size};
    }
    const int left = qRound(xOf(a.targetStart));
    const int right = qRound(xOf(a.targetEnd.addDays(1)));
    return {left, top + 5, qMax(4, right - left), h - 10};
}

QString TimelineView::toolTipOf(const Activity &a) const
{
    const QLocale locale = localeOf(m_language);
    const QString title =
        a.code.isEmpty() ? a.title.text(m_language) : a.code + QStringLiteral(" ") + a.title.text(m_language);
    const QString dates = !a.targetEnd.isValid() || a.targetEnd == a.targetStart
                              ? locale.toString(a.targetStart, QLocale::LongFormat)
                              : tr("%1 to %2")
                                    .arg(locale.toString(a.targetStart, QLocale::LongFormat),
                                         locale.toString(a.targetEnd, QLocale::LongFormat));
    return title + QLatin1Char('\n') + dates + QLatin1Char('\n') + enumLabel(a.status) + QStringLiteral(" · ") +
           tr("%1 % done").arg(a.progress);
}

void TimelineView::updateScrollBar()
{
    if (m_stale && !isVisible())
        return; // not loaded while hidden; showEvent() comes back here
    fetchVisible();
    const int content = headerHeight() + int(rows().size()) * rowHeight();
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, qMax(0, content - viewport()->height()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_stale)
        reloadNow();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString uid = uidAt(event->position().toPoint());
    if (!uid.isEmpty())
        Q_EMIT activityActivated(uid);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = help->pos().y() >= headerHeight() ? rowAt(help->pos().y()) : -1;
        if (row >= 0 && !rows().at(row).heading)
            QToolTip::showText(help->globalPos(), toolTipOf(rows().at(row).activity), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());

    // Month bands and grid under everything.
    const int bottom = viewport()->height();
    for (int month = 1; month <= 12; ++month) {
        const int left = qRound(xOf(QDate(m_year, month, 1)));
        const int right =
            qRound(month == 12 ? xOf(QDate(m_year, 12, 31).addDays(1)) : xOf(QDate(m_year, month + 1, 1)));
        if (month % 2 == 0)
            painter.fillRect(QRect(left, 0, right - left, bottom), pal.alternateBase());
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(left, 0, left, bottom);
    }

    const QList<Row> &all = rows();
    if (all.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(labelWidth(), headerHeight(), 0, 0), Qt::AlignCenter,
                         tr("No activities with a target date in %1").arg(m_year));
    }
    const int first = qMax(0, rowAt(headerHeight()));
    for (int row = first; row < all.size() && rowTop(row) < bottom; ++row)
        paintRow(painter, row);

    const QDate today = QDate::currentDate();
    if (today.year() == m_year) {
        const int x = qRound(xOf(today) + (xOf(today.addDays(1)) - xOf(today)) / 2);
        painter.setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2));
        painter.drawLine(x, headerHeight(), x, bottom);
    }
    paintHeader(painter);
}

void TimelineView::paintHeader(QPainter &painter) const
{
    const QPalette &pal = palette();
    const QRect header(0, 0, viewport()->width(), headerHeight());
    painter.fillRect(header, pal.button());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.setPen(pal.color(QPalette::ButtonText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(header.adjusted(8, 0, 0, 0).intersected(QRect(0, 0, labelWidth(), header.height())),
                     Qt::AlignVCenter | Qt::AlignLeft, QString::number(m_year));
    painter.setFont(font());
    const QLocale locale = localeOf(m_language);
    for (int month = 1; month <= 12; ++month) {
        const int left = qRound(xOf(QDate(m_year, month, 1)));
        const int right = qRound(month == 12 ? xOf(QDate(m_year + 1, 1, 1)) : xOf(QDate(m_year, month + 1, 1)));
        const QRect cell(left, 0, right - left, header.height());
        const QString name = locale.monthName(month, QLocale::ShortFormat);
        painter.drawText(cell, Qt::AlignCenter,
                         painter.fontMetrics().horizontalAdvance(name) < cell.width() - 2 ? name : name.left(1));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(left, 0, left, header.height());
        painter.setPen(pal.color(QPalette::ButtonText));
    }
}

void TimelineView::paintRow(QPainter &painter, int row) const
{
    const Row &r = rows().at(row);
    const QPalette &pal = palette();
    const int top = rowTop(row);
    const QRect label(8, top, labelWidth() - 14, rowHeight());
    if (r.heading) {
        painter.fillRect(QRect(0, top, viewport()->width(), rowHeight()), pal.button());
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::ButtonText));
        painter.drawText(QRect(8, top, viewport()->width() - 16, rowHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                         r.text);
        painter.setFont(font());
        return;
    }
    painter.fillRect(QRect(0, top, labelWidth(), rowHeight()), pal.base());
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(label.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(r.text, Qt::ElideRight, label.width() - 12));
    painter.setPen(pal.color(QPalette::Midlight));
    painter.drawLine(0, top + rowHeight() - 1, viewport()->width(), top + rowHeight() - 1);

    const QRect bar = barRectOf(row);
    const QColor color = statusColor(r.activity.status);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    if (!r.activity.targetEnd.isValid() || r.activity.targetEnd == r.activity.targetStart) {
        QPainterPath diamond;
        const QPointF c = QRectF(bar).center();
        diamond.moveTo(c.x(), bar.top());
        diamond.lineTo(bar.right() + 1, c.y());
        diamond.lineTo(c.x(), bar.bottom() + 1);
        diamond.lineTo(bar.left(), c.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
    } else {
        painter.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (r.activity.progress > 0) {
            QRectF done = QRectF(bar).adjusted(1, bar.height() - 4, -1, -1);
            done.setWidth(done.width() * qBound(0, r.activity.progress, 100) / 100.0);
            painter.fillRect(done, color.darker(150));
        }
    }
    painter.restore();
}

} // namespace pd
