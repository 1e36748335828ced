#pragma once

#include "CalendarItems.h"

#include <QAbstractListModel>

namespace pd {

/*
 * The meetings and activities still to be scheduled, as a list that can be dragged
 * onto the calendar (CalendarItems::mimeType()). It follows CalendarItems::changed():
 * a scheduled item leaves the list, an undo brings it back. A dated item dropped on it
 * asks to be unscheduled (unscheduleRequested); the page does that through the Editor. At most Limit of each kind
 * are listed; total() says how many there are.
 */
class UnscheduledModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int Limit = 500;
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        KindRole,    // CalendarItem::Kind as int
        ColorKeyRole // CalendarItem::colorKey
    };

    explicit UnscheduledModel(CalendarItems &source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    // A dated item dropped on the list asks to go back to "to be scheduled".
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const CalendarItem &itemAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &uid) const;
    int total() const { return m_total; }
    void setLanguage(Language language);
    void reload();

Q_SIGNALS:
    void unscheduleRequested(const CalendarItemRef &item);

private:
    CalendarItems &m_source;
    QList<CalendarItem> m_items;
    int m_total = 0;
    Language m_language = Language::English;
};

} // namespace pd
