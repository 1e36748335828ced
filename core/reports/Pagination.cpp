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

// The places where a page may end.
QList<qreal> breakCandidates(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<qreal> candidates;
    bool previousKeepsWithNext = false;
    qreal previousBottom = -1;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextTable *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            // Between rows: above the highest first line of the row's cells.
            for (int r = 0; r < table->rows(); ++r) {
                qreal top = -1;
                for (int col = 0; col < table->columns(); ++col) {
                    const QTextBlock block = table->cellAt(r, col).firstCursorPosition().block();
                    const qreal y = layout->blockBoundingRect(block).top();
                    top = top < 0 ? y : std::min(top, y);
                }
                if (top >= 0 && !(r == 0 && previousKeepsWithNext))
                    candidates << std::max<qreal>(0, top - table->format().cellPadding() * 3);
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
    return candidates;
}

} // namespace

QList<PageSlice> paginate(QTextDocument &document, qreal pageHeight)
{
    const qreal end = document.documentLayout()->documentSize().height();
    const QList<qreal> candidates = breakCandidates(document);
    QList<PageSlice> pages;
    qreal top = 0;
    while (top < end - 0.5 || pages.isEmpty()) {
        const qreal limit = top + pageHeight;
        if (limit >= end) {
            pages.append({top, end});
            break;
        }
        // The last candidate that fits, else a cut at the page's foot.
        auto it = std::upper_bound(candidates.begin(), candidates.end(), limit);
        qreal bottom = limit;
        if (it != candidates.begin() && *(it - 1) > top + 1)
            bottom = *(it - 1);
        pages.append({top, bottom});
        top = bottom;
    }
    return pages;
}

} // namespace pd
