#pragma once

#include <QCache>
#include <QFont>
#include <QList>
#include <QStaticText>
#include <QString>

class QPainter;
class QStyle;
class QStyleOptionViewItem;

namespace pd {

/*
 * Draws the plain text of a view cell, elided to its width, as the style would, but
 * keeps the laid-out text (QStaticText) of the cells it has drawn. A style lays out
 * (shapes) a cell's text three times per paint: to size it, to elide it and to draw
 * it; in a long table most cells repeat the same words (statuses, parties, groups), so
 * after a filter step only the new titles and codes are shaped. Owned by a delegate,
 * used from the GUI thread only.
 */
class CellTextPainter
{
public:
    // Paints the item's background, selection and focus through `style` and then its
    // text (option.text) over them; option.text must be plain text.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, QStyle *style) const;

private:
    const QStaticText &laidOut(const QStyleOptionViewItem &option, int width) const;
    int fontNumber(const QFont &font) const;
    static bool needsPanel(const QStyleOptionViewItem &option);

    mutable QCache<QString, QStaticText> m_cache{4000};
    mutable QList<QFont> m_fonts; // the fonts met, numbered by position (a cell uses one of a few)
};

} // namespace pd
