#pragma once

#include "CellTextPainter.h"

#include <QStyledItemDelegate>

namespace pd {

/*
 * Paints the rows of the activities table as a grouped list: a rule and the working
 * group's name (in bold) above the first activity of each group, the group cell left
 * blank on the rows that follow, and the progress as a small bar. It reads the
 * ActivityListModel roles and never queries the database, and draws the cells' text
 * through a CellTextPainter, so painting a filter step's new rows stays cheap.
 */
class ActivityRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    CellTextPainter m_text;
};

} // namespace pd
