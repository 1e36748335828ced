#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace pd {

class ActivityListModel;
class Editor;
class FilterBar;
class TimelineView;

/*
 * The activities of the working groups, as a table grouped by working group or as a
 * timeline of one year, both narrowed by the filter bar. Edits go through the Editor:
 * a status for the whole selection (one undo step), Delete, and Enter or a double
 * click asks for the editor (editActivityRequested).
 */
class ActivitiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivitiesPage(Editor &editor, QWidget *parent = nullptr);

    void showActivity(const QString &uid);
    void setLanguage(Language language);
    QStringList selectedUids() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    bool isTimelineShown() const;
    void showTimeline(bool timeline);

Q_SIGNALS:
    void editActivityRequested(const QString &uid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillStatusMenu(QMenu *menu);
    void setStatus(ActivityStatus status);
    void deleteSelected();
    void showContextMenu(const QPoint &pos);
    void applyFilter();
    void updateActions();
    void showError(const QString &message);

    Editor &m_editor;
    FilterBar *m_filter = nullptr;
    ActivityListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    TimelineView *m_timeline = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_tableButton = nullptr;
    QPushButton *m_timelineButton = nullptr;
    QSpinBox *m_year = nullptr;
    QPushButton *m_bulkStatus = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd
