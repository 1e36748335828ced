#include "ActivityRowDelegate.h"

#include "models/ActivityListModel.h"

#include <QApplication>
#include <QPainter>

namespace pd {

void ActivityRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool groupStart = index.data(ActivityListModel::GroupStartRole).toBool();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    if (index.column() == ActivityListModel::GroupColumn) {
        if (groupStart) {
            opt.font.setBold(true);
        } else {
            opt.text.clear();
        }
        m_text.paint(painter, opt, style);
    } else if (index.column() == ActivityListModel::ProgressColumn) {
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qBound(0, index.data(ActivityListModel::ProgressRole).toInt(), 100);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    } else {
        m_text.paint(painter, opt, style);
    }

    if (groupStart && index.row() > 0) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Dark), 1));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }
}

} // namespace pd
