#include "BodyLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace pd {

namespace {

// The body is laid out at 96 dpi, the unit of every length in the report's formats,
// and scaled onto the device: the same layout on any printer or PDF resolution.
QPaintDevice *layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(3780);
        i.setDotsPerMeterY(3780);
        return i;
    }();
    return &image;
}

} // namespace

BodyLayout::BodyLayout(const Report &report, qreal width)
    : m_report(report), m_width(width),
      m_parts(report.document ? 1 : std::size_t(std::max<qsizetype>(1, report.parts.size())))
{
}

QTextDocument &BodyLayout::part(int i)
{
    QTextDocument *&doc = m_parts.at(std::size_t(i));
    if (doc)
        return *doc;
    if (m_report.document) {
        doc = m_report.document.get();
    } else {
        m_made.push_back(m_report.parts.isEmpty() ? std::make_unique<QTextDocument>() : m_report.parts.at(i)());
        doc = m_made.back().get();
    }
    doc->documentLayout()->setPaintDevice(layoutDevice());
    // Keep each block's shaped glyphs from the layout for the painting: by default a
    // QTextLayout drops them once laid out, and drawing would shape every line again.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    doc->setPageSize(QSizeF(m_width, -1)); // one long page: paginate() chooses the breaks
    return *doc;
}

PartBreaks BodyLayout::breaks(int i)
{
    return partBreaks(part(i));
}

QList<PageSlice> BodyLayout::pages(const QList<PartBreaks> &all, qreal pageHeight)
{
    m_tops = partTops(all);
    m_heights.clear();
    for (const PartBreaks &b : all)
        m_heights << b.height;
    return paginate(all, pageHeight);
}

void BodyLayout::paintSlice(QPainter &painter, const PageSlice &slice, qreal y, qreal scale)
{
    if (slice.headerHeight() > 0) {
        paintBand(painter, slice.headerTop, slice.headerBottom, y, scale);
        y += slice.headerHeight() * scale;
    }
    paintBand(painter, slice.top, slice.bottom, y, scale);
}

// The band [top, bottom] of the body at `y` on the page, part by part.
void BodyLayout::paintBand(QPainter &painter, qreal top, qreal bottom, qreal y, qreal scale)
{
    for (int i = 0; i < partCount(); ++i) {
        const qreal partTop = m_tops.at(i);
        const qreal from = std::max(top, partTop);
        const qreal to = std::min(bottom, partTop + m_heights.at(i));
        if (to <= from)
            continue;
        QTextDocument &doc = part(i);
        painter.save();
        painter.translate(0, y + (from - top) * scale);
        painter.scale(scale, scale);
        painter.translate(0, -(from - partTop));
        const QRectF clip(0, from - partTop, m_width, to - from);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

} // namespace pd
