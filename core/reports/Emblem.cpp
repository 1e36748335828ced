#include "Emblem.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pd::emblem {

namespace {
const QColor Ink(0x1f, 0x3a, 0x5f);
}

void paint(QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF square(rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal unit = side / 100.0;

    QPen pen(Ink, 3.2 * unit);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(square.adjusted(2 * unit, 2 * unit, -2 * unit, -2 * unit));
    pen.setWidthF(1.4 * unit);
    painter.setPen(pen);
    painter.drawEllipse(square.adjusted(9 * unit, 9 * unit, -9 * unit, -9 * unit));

    // The globe: a disc with three meridians and two parallels.
    const QRectF globe = square.adjusted(17 * unit, 17 * unit, -17 * unit, -17 * unit);
    painter.setBrush(QColor(0xe8, 0xee, 0xf5));
    pen.setWidthF(2.0 * unit);
    painter.setPen(pen);
    painter.drawEllipse(globe);
    painter.setBrush(Qt::NoBrush);
    pen.setWidthF(1.3 * unit);
    painter.setPen(pen);
    const QPointF c = globe.center();
    const qreal r = globe.width() / 2;
    painter.drawLine(QPointF(c.x(), globe.top()), QPointF(c.x(), globe.bottom()));
    painter.drawEllipse(c, r * 0.45, r);
    painter.drawLine(QPointF(globe.left(), c.y()), QPointF(globe.right(), c.y()));
    for (const qreal dy : {-0.5, 0.5}) {
        const qreal y = c.y() + dy * r;
        const qreal half = std::sqrt(r * r - (dy * r) * (dy * r));
        painter.drawLine(QPointF(c.x() - half, y), QPointF(c.x() + half, y));
    }

    // Two arcs of travel around the globe, a plain sign of movement between countries.
    pen.setWidthF(2.2 * unit);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    const QRectF orbit = square.adjusted(12.5 * unit, 12.5 * unit, -12.5 * unit, -12.5 * unit);
    painter.drawArc(orbit, 20 * 16, 50 * 16);
    painter.drawArc(orbit, 200 * 16, 50 * 16);
    painter.restore();
}

QImage image(int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    return image;
}

} // namespace pd::emblem
