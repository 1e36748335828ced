#include "CellTextPainter.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>
#include <algorithm>

namespace pd {

const QStaticText &CellTextPainter::laidOut(const QStyleOptionViewItem &option, int width) const
{
    // The font is part of the key: a bold group heading and a plain cell of the same
    // words are laid out differently.
    // QFont::key() spells the whole font out (about 3,000 instructions), so each font
    // met is numbered once and the key holds its number; the width is one character.
    const QString key =
        option.text + QChar(0x1f) + QChar(char16_t(qBound(0, width, 0xffff))) + QChar(fontNumber(option.font));
    if (QStaticText *cached = m_cache.object(key))
        return *cached;
    QString shown = option.text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const QFontMetrics metrics(option.font);
    // Measuring and eliding shape the whole text: for a conclusion of several hundred
    // characters in a cell that shows sixty, most of the paint. Eliding on the right,
    // only what could fit is shaped: four times as many characters as the average
    // width allows, which no real text of that width exceeds.
    const int fits = 4 * width / qMax(1, metrics.averageCharWidth()) + 8;
    const bool cut = option.textElideMode == Qt::ElideRight && shown.size() > fits;
    if (cut)
        shown.truncate(fits);
    if (metrics.horizontalAdvance(shown) > width)
        shown = metrics.elidedText(shown, option.textElideMode, width);
    else if (cut)
        shown += QChar(0x2026); // what was cut off is still marked
    auto *text = new QStaticText(shown);
    text->setTextFormat(Qt::PlainText); // a title with "<b>" in it is not markup
    text->prepare(QTransform(), option.font);
    m_cache.insert(key, text);
    return *text;
}

int CellTextPainter::fontNumber(const QFont &font) const
{
    const auto found = std::find(m_fonts.cbegin(), m_fonts.cend(), font);
    if (found != m_fonts.cend())
        return int(found - m_fonts.cbegin());
    m_fonts.append(font);
    return int(m_fonts.size()) - 1;
}

bool CellTextPainter::needsPanel(const QStyleOptionViewItem &option)
{
    // What QCommonStyle's CE_ItemViewItem draws besides the text: the selection or the
    // background brush, a check box, an icon and the focus frame. A plain cell has none
    // of them; the style would still lay it out and set a clip (a third of a cell's cost).
    return (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) ||
           option.backgroundBrush.style() != Qt::NoBrush ||
           (option.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration));
}

void CellTextPainter::paint(QPainter *painter, const QStyleOptionViewItem &option, QStyle *style) const
{
    if (needsPanel(option)) {
        QStyleOptionViewItem panel = option;
        panel.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, option.widget);
    }
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
    // The text is elided to the cell's width, so a line stays inside the cell and needs
    // no clip; a clip would cost more than the text (the raster engine builds a clip
    // region for each). Only text taller than the row (several lines) is clipped.
    const bool tall = size.height() > option.rect.height();
    if (tall) {
        painter->save();
        painter->setClipRect(option.rect, Qt::IntersectClip);
    }
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, role));
    painter->drawStaticText(QPointF(x, y), text);
    painter->setPen(pen);
    painter->setFont(font);
    if (tall)
        painter->restore();
}

} // namespace pd
