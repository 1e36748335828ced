#include "Pagination.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace pd {

PartBreaks partBreaks(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    PartBreaks breaks;
    breaks.height = layout->documentSize().height();
    QList<qreal> &candidates = breaks.candidates;
    bool previousKeepsWithNext = false;
    qreal previousBottom = -1;
    bool first = true;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextTable *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            const qreal padding = table->format().cellPadding();
            const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
            // Between rows: above the highest first line of the row's cells; never right
            // under the header rows, which would stand alone at a page's foot.
            for (int r = 0; r < table->rows(); ++r) {
                qreal top = -1;
                for (int col = 0; col < table->columns(); ++col) {
                    const QTextBlock block = table->cellAt(r, col).firstCursorPosition().block();
                    const qreal y = layout->blockBoundingRect(block).top();
                    top = top < 0 ? y : std::min(top, y);
                }
                if (top < 0)
                    continue;
                if (headerRows > 0 && r == headerRows) {
                    const QRectF frame = layout->frameBoundingRect(table);
                    breaks.headers.append({frame.top(), top - padding, frame.bottom()});
                }
                const qreal candidate = std::max<qreal>(0, top - padding * 3);
                if (first && r == 0) {
                    breaks.opening = candidate;
                    breaks.firstTopMargin = table->format().topMargin();
                }
                if (!(r == 0 && previousKeepsWithNext) && !(r > 0 && r <= headerRows))
                    candidates << candidate;
            }
            previousKeepsWithNext = false;
            previousBottom = -1;
            breaks.lastBottomMargin = table->format().bottomMargin();
            first = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextBlockFormat format = block.blockFormat();
        if (first) {
            breaks.opening = rect.top();
            breaks.openingTop = rect.top();
            breaks.firstTopMargin = format.topMargin();
            first = false;
        }
        breaks.lastBottomMargin = format.bottomMargin();
        // Halfway into the gap above the block: glyphs may reach a little above its rect.
        if (!previousKeepsWithNext)
            candidates << (previousBottom >= 0 && previousBottom < rect.top() ? (previousBottom + rect.top()) / 2
                                                                              : rect.top());
        previousBottom = rect.bottom();
        if (!format.boolProperty(ReportDocument::KeepTogether)) {
            const QTextLayout *lines = block.layout();
            for (int i = 1; i < lines->lineCount(); ++i)
                candidates << rect.top() + lines->lineAt(i).y();
        }
        previousKeepsWithNext = format.boolProperty(ReportDocument::KeepWithNext);
    }
    breaks.lastBottom = previousBottom;
    breaks.endsKeptWithNext = previousKeepsWithNext;
    std::sort(candidates.begin(), candidates.end());
    return breaks;
}

QList<qreal> partTops(const QList<PartBreaks> &parts)
{
    QList<qreal> tops;
    qreal top = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            // Qt keeps positions in 1/64 px, margins cut down to them (QFixed::fromReal),
            // and lays a document's first block out at its top, without its top margin.
            // A document's height ends where its last block's lines do (a fixed line
            // height included), before that block's bottom margin.
            const auto fixed = [](qreal v) { return std::trunc(v * 64) / 64; };
            const PartBreaks &previous = parts.at(i - 1);
            const PartBreaks &part = parts.at(i);
            const qreal gap = std::max(fixed(previous.lastBottomMargin), fixed(part.firstTopMargin));
            top += previous.height + gap - std::max<qreal>(0, part.openingTop);
        }
        tops << top;
    }
    return tops;
}

namespace {

// The candidates and headers of all parts in body coordinates. A part's opening
// candidate was made as if nothing came before it: here it takes what precedes it
// into account, as within one document.
PartBreaks joined(const QList<PartBreaks> &parts)
{
    PartBreaks all;
    const QList<qreal> tops = partTops(parts);
    const PartBreaks *previous = nullptr;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PartBreaks &part = parts.at(i);
        const qreal offset = tops.at(i);
        QList<qreal> candidates = part.candidates;
        if (previous && part.opening >= 0) {
            candidates.removeOne(part.opening);
            const qreal previousBottom = previous->lastBottom >= 0 ? tops.at(i - 1) + previous->lastBottom : -1;
            if (!previous->endsKeptWithNext) {
                const qreal top = offset + part.openingTop;
                const bool gap = part.openingTop >= 0 && previousBottom >= 0 && previousBottom < top;
                all.candidates << (gap ? (previousBottom + top) / 2 : offset + part.opening);
            }
        }
        for (qreal c : std::as_const(candidates))
            all.candidates << offset + c;
        for (const RepeatedHeader &h : part.headers)
            all.headers.append({offset + h.top, offset + h.bottom, offset + h.end});
        previous = &part;
    }
    all.height = parts.isEmpty() ? 0 : tops.last() + parts.last().height;
    std::sort(all.candidates.begin(), all.candidates.end());
    return all;
}

} // namespace

QList<PageSlice> paginate(const QList<PartBreaks> &parts, qreal pageHeight)
{
    const PartBreaks breaks = joined(parts);
    const qreal end = breaks.height;
    const QList<qreal> &candidates = breaks.candidates;
    QList<PageSlice> pages;
    qreal top = 0;
    while (top < end - 0.5 || pages.isEmpty()) {
        PageSlice page;
        page.top = top;
        for (const RepeatedHeader &header : breaks.headers) {
            // Only when the header leaves room for something under it.
            if (top >= header.bottom - 0.5 && top < header.end - 0.5 && header.bottom - header.top < pageHeight / 2) {
                page.headerTop = header.top;
                page.headerBottom = header.bottom;
            }
        }
        const qreal limit = top + pageHeight - page.headerHeight();
        if (limit >= end) {
            page.bottom = end;
            pages.append(page);
            break;
        }
        // The last candidate that fits, else a cut at the page's foot.
        auto it = std::upper_bound(candidates.begin(), candidates.end(), limit);
        qreal bottom = limit;
        if (it != candidates.begin() && *(it - 1) > top + 1)
            bottom = *(it - 1);
        page.bottom = bottom;
        pages.append(page);
        top = bottom;
    }
    return pages;
}

} // namespace pd
