#include "CellTextDelegate.h"

#include <QApplication>
#include <QWidget>

namespace pd {

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index); // the model's background, text colour and font come with the roles
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    m_text.paint(painter, opt, style);
}

} // namespace pd
