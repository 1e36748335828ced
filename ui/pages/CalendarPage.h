#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QWidget>

class QTreeView;

namespace pd {

class Editor;
class FilterBar;
class MeetingListModel;

/*
 * The calendar page: the meetings (and dated activities) of the open database.
 * Edits go through the Editor; the page never writes on its own.
 */
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(Editor &editor, QWidget *parent = nullptr);

    void showMeeting(const QString &uid);
    void setLanguage(Language language);
    QDate currentMonth() const { return m_month; }

Q_SIGNALS:
    void editMeetingRequested(const QString &uid);
    void editActivityRequested(const QString &uid);
    void newMeetingRequested(const QDate &date);

private:
    Editor &m_editor;
    QDate m_month;
    FilterBar *m_filter = nullptr;
    MeetingListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
};

} // namespace pd
