#include "CellTextPainter.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace pd {

const QStaticText &CellTextPainter::laidOut(const QStyleOptionViewItem &option, int width) const
{
    // The font is part of the key: a bold group heading and a plain cell of the same
    // words are laid out differently.
    const QString key = option.text + QChar(0x1f) + QString::number(width) + QChar(0x1f) + option.font.key();
    if (QStaticText *cached = m_cache.object(key))
        return *cached;
    QString shown = option.text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const QFontMetrics metrics(option.font);
    if (metrics.horizontalAdvance(shown) > width)
        shown = metrics.elidedText(shown, option.textElideMode, width);
    auto *text = new QStaticText(shown);
    text->setTextFormat(Qt::PlainText); // a title with "<b>" in it is not markup
    text->prepare(QTransform(), option.font);
    m_cache.insert(key, text);
    return *text;
}

void CellTextPainter::paint(QPainter *painter, const QStyleOptionViewItem &option, QStyle *style) const
{
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, option.widget);
    if (option.text.isEmpty())
        return;

    // The same margins and colours as QCommonStyle's own item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const QRect rect = option.rect.adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    const QStaticText &text = laidOut(option, rect.width());
    const QSizeF size = text.size();
    const Qt::Alignment align = QStyle::visualAlignment(option.direction, option.displayAlignment);
    qreal x = rect.left();
    if (align & Qt::AlignRight)
        x = rect.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;

    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const QPalette::ColorRole role =
        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, role));
    painter->drawStaticText(QPointF(x, y), text);
    painter->restore();
}

} // namespace pd
