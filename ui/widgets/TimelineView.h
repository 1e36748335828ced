#pragma once

#include "domain/Activity.h"
#include "domain/Filters.h"

#include <QAbstractScrollArea>

class QTimer;

namespace pd {

class Repositories;

/*
 * A Gantt-style chart of the activities of one year: a row per activity with a bar
 * from its target start to its target end (a diamond for a single date), the rows
 * grouped under working-group headings, a month grid and a line at today. Rows are
 * read a page at a time as the view scrolls down to them and only the visible ones
 * are painted, so a year of thousands of activities opens and scrolls at once.
 *
 * It reads through ActivityRepository::find (activities whose target period overlaps
 * the year, narrowed by the page's filter) and reloads, coalesced, when activities,
 * parties or working groups change; while hidden it only notes that it must reload.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int PageSize = 300;

    explicit TimelineView(Repositories &repos, QWidget *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    // The page's filter; its dates are replaced by the year.
    void setFilter(const ActivityFilter &filter);
    void setLanguage(Language language);

    // The activities loaded so far (not counting the group headings), top to bottom;
    // further pages are read as the view scrolls down.
    int rowCount() const;
    QStringList activityUids() const;
    // Where the activity's bar (or diamond) is, in viewport coordinates; empty if not shown.
    QRect barRect(const QString &uid) const;
    // The activity at a viewport position (its whole row), or an empty string.
    QString uidAt(const QPoint &pos) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void yearChanged(int year);
    void activityActivated(const QString &uid);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Row
    {
        bool heading = false;
        QString text; // the group's name, or "code  title"
        Activity activity;
    };

    void scheduleReload();
    void reloadNow();
    const QList<Row> &rows() const; // loads the first page first when they are stale
    void fetchPage() const;
    void fetchVisible(); // reads pages until the rows down to a screen below the visible ones are in
    void updateScrollBar();
    int rowHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    int rowTop(int row) const; // in viewport coordinates
    int rowAt(int y) const;
    double xOf(const QDate &date) const; // left edge of the day
    QRect barRectOf(int row) const;
    QString toolTipOf(const Activity &activity) const;
    void paintHeader(QPainter &painter) const;
    void paintRow(QPainter &painter, int row) const;

    Repositories &m_repos;
    ActivityFilter m_filter;
    int m_year = 0;
    Language m_language = Language::English;
    mutable QList<Row> m_rows;
    mutable bool m_stale = true;
    mutable bool m_complete = false;
    mutable int m_loaded = 0; // activities read (the offset of the next page)
    QTimer *m_reloadTimer = nullptr;
};

} // namespace pd
