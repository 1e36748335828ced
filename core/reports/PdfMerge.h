#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

namespace pd::pdfmerge {

// One PDF of the pages of `pdfs` in order (qpdf): the first one's catalogue and
// information, the others' pages copied with what they use. The streams are copied as
// they are, not compressed again. Fails with a one-line message on a PDF qpdf cannot
// read, or when there is none.
Result<QByteArray> merge(const QList<QByteArray> &pdfs);

} // namespace pd::pdfmerge
