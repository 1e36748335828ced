#pragma once

#include <QList>

class QTextDocument;

namespace pd {

// Where the pages of a laid-out report body begin and end, in body coordinates. The
// body is one or more documents, each laid out as one long page, one after the other
// as if they were one. A page may end between blocks, between the lines of an ordinary
// block, or between table rows, never inside a block marked
// ReportDocument::KeepTogether nor right after one marked KeepWithNext. A piece taller
// than a page is cut where it must. A page that begins inside the body of a table with
// header rows (QTextTableFormat::headerRowCount) repeats them above its slice.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    qreal headerTop = 0; // the header rows to paint first, when headerBottom > headerTop
    qreal headerBottom = 0;

    qreal headerHeight() const { return headerBottom - headerTop; }
};

// The header rows of a table, repeated on the pages that begin in its body.
struct RepeatedHeader
{
    qreal top = 0;    // the table's top
    qreal bottom = 0; // the top of its first body row
    qreal end = 0;    // the table's bottom
};

// Where one laid-out document of a body may end a page, in its own coordinates, and
// what joins it to the document before it. Computed on the thread that owns the
// document; paginate() needs only these.
struct PartBreaks
{
    QList<qreal> candidates; // sorted
    QList<RepeatedHeader> headers;
    qreal height = 0;
    qreal opening = -1;    // the candidate above the first block or table row, if any
    qreal openingTop = -1; // the first block's top, when the part opens with a block
    qreal lastBottom = -1; // the last block's bottom, when the part ends with a block
    bool endsKeptWithNext = false;
    // Qt lets the margins between two blocks overlap (the larger one counts); across
    // two documents partTops() does the same.
    qreal firstTopMargin = 0;
    qreal lastBottomMargin = 0;
};

PartBreaks partBreaks(QTextDocument &document);
// Where each part begins in the body, as if the parts were one document.
QList<qreal> partTops(const QList<PartBreaks> &parts);
// The pages of the parts laid one after the other.
QList<PageSlice> paginate(const QList<PartBreaks> &parts, qreal pageHeight);

} // namespace pd
