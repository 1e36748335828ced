#pragma once

#include <QList>

class QTextDocument;

namespace pd {

// Where the pages of a laid-out report body begin and end, in document coordinates.
// The document is laid out as one long page; a page may end between blocks, between
// the lines of an ordinary block, or between table rows, never inside a block marked
// ReportDocument::KeepTogether nor right after one marked KeepWithNext. A piece taller
// than a page is cut where it must.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
};

QList<PageSlice> paginate(QTextDocument &document, qreal pageHeight);

} // namespace pd
