#pragma once

#include "models/CalendarItems.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace pd {

class UnscheduledModel;

/*
 * The meetings and activities still "to be scheduled". Drag one onto a day of the
 * calendar, or choose "Assign Date…" to pick its date in a small dialog (opened with
 * open(), never exec()). The panel asks; the page schedules through the Editor.
 */
class UnscheduledPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UnscheduledPanel(CalendarItems &source, QWidget *parent = nullptr);

    UnscheduledModel *model() const { return m_model; }
    CalendarItemRef currentItem() const;
    bool selectItem(const QString &uid);
    void setLanguage(Language language);
    // Opens the "Assign Date…" dialog for the current item, proposing `proposal`.
    void assignDate(const QDate &proposal);
    void setProposedDate(const QDate &date) { m_proposal = date; }
    // Read-only: no dragging, no Assign Date (the database is held by another instance).
    void setWritable(bool writable);

Q_SIGNALS:
    // A null date: back to "to be scheduled".
    void scheduleRequested(const CalendarItemRef &item, const QDate &date);
    void editMeetingRequested(const QString &uid);
    void editActivityRequested(const QString &uid);

private:
    void updateState();

    UnscheduledModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_assign = nullptr;
    QDate m_proposal;
    bool m_writable = true;
};

} // namespace pd
