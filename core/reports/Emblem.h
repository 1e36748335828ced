#pragma once

#include <QImage>
#include <QRectF>

class QPainter;

namespace pd {

// The neutral emblem printed in the header of every report: a globe of meridians and
// parallels inside a double ring, drawn as vectors (crisp in a PDF). A chosen image
// replaces it (ReportOptions::emblemPath).
namespace emblem {

void paint(QPainter &painter, const QRectF &rect);
// The emblem as a bitmap of `pixels` square, for formats that take only images (ODT).
QImage image(int pixels);

} // namespace emblem
} // namespace pd
