#pragma once

#include "Report.h"
#include "Result.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace pd::reportwriter {

// Lays the report out for the device's pages (the report's paper, portrait) and paints
// every page: the running header with the emblem, the body, and the footer with the
// date of printing and "page n of m". Works for QPdfWriter and QPrinter alike; the
// device must not have a painter yet. Returns the number of pages.
int paint(const Report &report, QPagedPaintDevice &device);

// The report as PDF bytes (300 dpi, fonts embedded), for a file or a package entry. A
// report in parts is made on `threads` threads at once (0: as many as the machine
// has, up to four), with the same pages as paint() would make.
Result<QByteArray> pdfData(const Report &report, int threads = 0);
// The report as PDF or ODT (opens in word processors), written through QSaveFile: an
// error leaves whatever was at `path` untouched.
Status writePdf(const Report &report, const QString &path);
Status writeOdt(const Report &report, const QString &path);
// PDF or ODT by the file name's suffix (.pdf, .odt); anything else is refused.
Status write(const Report &report, const QString &path);

} // namespace pd::reportwriter
