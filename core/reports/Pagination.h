#pragma once

#include <QList>

class QTextDocument;

namespace pd {

// Where the pages of a laid-out report body begin and end, in document coordinates.
// The document is laid out as one long page; a page may end between blocks, between
// the lines of an ordinary block, or between table rows, never inside a block marked
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

QList<PageSlice> paginate(QTextDocument &document, qreal pageHeight);

} // namespace pd
