#include "Pagination.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace pd {

namespace {

// The header rows of a table, repeated on the pages that begin in its body.
struct RepeatedHeader
{
    qreal top = 0;    // the table's top
    qreal bottom = 0; // the top of its first body row
    qreal end = 0;    // the table's bottom
};

struct Breaks
{
    QList<qreal> candidates; // the places where a page may end
    QList<RepeatedHeader> headers;
};

Breaks breakCandidates(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    Breaks breaks;
    QList<qreal> &candidates = breaks.candidates;
    bool previousKeepsWithNext = false;
    qreal previousBottom = -1;
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
                if (!(r == 0 && previousKeepsWithNext) && !(r > 0 && r <= headerRows))
                    candidates << std::max<qreal>(0, top - padding * 3);
            }
            previousKeepsWithNext = false;
            previousBottom = -1;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextBlockFormat format = block.blockFormat();
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
    std::sort(candidates.begin(), candidates.end());
    return breaks;
}

} // namespace

QList<PageSlice> paginate(QTextDocument &document, qreal pageHeight)
{
    const qreal end = document.documentLayout()->documentSize().height();
    const Breaks breaks = breakCandidates(document);
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
