#pragma once

#include "Pagination.h"
#include "Report.h"

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace pd {

/*
 * A report's body laid out for the width of a page, by one thread and for that thread
 * alone: the documents of the parts it is asked for, made here (or the report's own
 * document, borrowed and laid out in place), their page breaks, and the painting of a
 * page's slice of the body. A thread that paints pages has a BodyLayout of its own and
 * makes only the parts its pages show (see Report::parts).
 */
class BodyLayout
{
public:
    // `width` in the body's 96-dpi units.
    BodyLayout(const Report &report, qreal width);
    BodyLayout(const BodyLayout &) = delete;
    BodyLayout &operator=(const BodyLayout &) = delete;

    int partCount() const { return int(m_parts.size()); }
    // Makes and lays out part `i` when it is not yet, and finds its page breaks.
    PartBreaks breaks(int i);
    // The pages of the body, from the breaks of all its parts; also where each part
    // begins in it (partTop), for paintSlice().
    QList<PageSlice> pages(const QList<PartBreaks> &all, qreal pageHeight);
    qreal partTop(int i) const { return m_tops.at(i); }

    // The body's slice [top, bottom] at `y` on the page, scaled from 96 dpi by `scale`:
    // the bands of each part it crosses, made when this layout has not made them yet.
    void paintSlice(QPainter &painter, const PageSlice &slice, qreal y, qreal scale);

private:
    QTextDocument &part(int i);
    void paintBand(QPainter &painter, qreal top, qreal bottom, qreal y, qreal scale);

    const Report &m_report;
    qreal m_width;
    std::vector<QTextDocument *> m_parts; // null until made or borrowed
    std::vector<std::unique_ptr<QTextDocument>> m_made;
    QList<qreal> m_tops;
    QList<qreal> m_heights;
};

} // namespace pd
