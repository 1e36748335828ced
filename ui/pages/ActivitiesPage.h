#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QTreeView;
class QPushButton;

namespace pd {

class ActivityListModel;
class Editor;
class FilterBar;

/*
 * The activities of the working groups. Edits go through the Editor.
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

Q_SIGNALS:
    void editActivityRequested(const QString &uid);

private:
    Editor &m_editor;
    FilterBar *m_filter = nullptr;
    ActivityListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_bulkStatus = nullptr;
};

} // namespace pd
