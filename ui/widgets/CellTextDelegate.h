#pragma once

#include "CellTextPainter.h"

#include <QStyledItemDelegate>

namespace pd {

/*
 * Paints the cells of a table or tree as the style would, with what the model says
 * through its roles (background, text colour, font, alignment: the contributions'
 * arrears are a tinted row with the country and the outstanding amount in bold red),
 * but draws the text through a CellTextPainter. Countries, funds, statuses, dates and
 * owners repeat from row to row and from one filter step to the next, so a step lays
 * out only the texts it has not drawn before. For plain-text cells without icons or
 * check boxes (the contributions, the decision register, the pending follow-ups).
 */
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    CellTextPainter m_text;
};

} // namespace pd
