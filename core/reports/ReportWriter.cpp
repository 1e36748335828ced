#include "ReportWriter.h"

#include "Emblem.h"
#include "Pagination.h"
#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextImageFormat>
#include <QTextLayout>

namespace pd::reportwriter {

namespace {

constexpr qreal HeaderMm = 17;
constexpr qreal FooterMm = 9;

QPageLayout pageLayout(PaperSize paper)
{
    return QPageLayout(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter);
}

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A text laid out once in its box and painted on every page: the running header and
// the date of printing are the same on all of them, and shaping them again for each of
// a year's 500 pages was a measurable part of writing the calendar.
class TextBox
{
public:
    TextBox(const QString &text, const QFont &font, QPaintDevice *device, const QRectF &box, Qt::Alignment align,
            bool wrap)
        : m_layout(text, font, device), m_box(box)
    {
        QTextOption option(align & Qt::AlignHorizontal_Mask);
        option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        qreal height = 0;
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(box.width());
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        m_layout.endLayout();
        m_top = (align & Qt::AlignVCenter) ? (box.height() - height) / 2 : 0;
    }

    void paint(QPainter &p) const { m_layout.draw(&p, m_box.topLeft() + QPointF(0, m_top)); }

private:
    QTextLayout m_layout;
    QRectF m_box;
    qreal m_top = 0;
};

// What is the same on every page, laid out once.
struct PageFrame
{
    PageFrame(const Report &report, QPaintDevice *device, qreal width, qreal dpmm, qreal footerTop)
        : textRect(15 * dpmm, 0, width * 0.55, 12 * dpmm),
          conference(report.conference, font(9.5, true), device, textRect, Qt::AlignLeft | Qt::AlignVCenter, true),
          title(report.title, font(7.5), device,
                QRectF(textRect.right() + 4 * dpmm, 0, width - textRect.right() - 4 * dpmm, 12 * dpmm),
                Qt::AlignRight | Qt::AlignVCenter, true),
          footerRect(0, footerTop + 3 * dpmm, width, (FooterMm - 3) * dpmm),
          printedOn(report.printedOn, font(7.5), device, footerRect, Qt::AlignLeft | Qt::AlignVCenter, false)
    {
    }
    QRectF textRect;
    TextBox conference;
    TextBox title;
    QRectF footerRect;
    TextBox printedOn;
};

void paintHeader(QPainter &p, const Report &report, const PageFrame &frame, qreal width, qreal dpmm)
{
    const QRectF emblemRect(0, 0, 12 * dpmm, 12 * dpmm);
    if (report.emblem.isNull())
        emblem::paint(p, emblemRect);
    else
        p.drawImage(emblemRect, report.emblem);
    p.setPen(ReportDocument::Ink);
    frame.conference.paint(p);
    p.setPen(QColor(0x4a, 0x4a, 0x4a));
    frame.title.paint(p);
    p.setPen(QPen(ReportDocument::Ink, 0.5 * dpmm));
    p.drawLine(QPointF(0, 13.5 * dpmm), QPointF(width, 13.5 * dpmm));
}

void paintFooter(QPainter &p, const Report &report, const PageFrame &frame, qreal top, qreal width, qreal dpmm,
                 int page, int pages)
{
    p.setPen(QPen(ReportDocument::Rule, 0.25 * dpmm));
    p.drawLine(QPointF(0, top + 2 * dpmm), QPointF(width, top + 2 * dpmm));
    p.setPen(QColor(0x4a, 0x4a, 0x4a));
    frame.printedOn.paint(p);
    p.setFont(font(7.5));
    p.drawText(frame.footerRect, Qt::AlignRight | Qt::AlignVCenter, report.pageOfPattern.arg(page).arg(pages));
}

// The band [top, bottom] of the body (in its 96-dpi units), at `y` on the page.
void paintBand(QPainter &painter, QTextDocument &doc, qreal top, qreal bottom, qreal y, qreal scale, qreal width)
{
    painter.save();
    painter.translate(0, y);
    painter.scale(scale, scale);
    painter.translate(0, -top);
    const QRectF clip(0, top, width, bottom - top);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

Status commit(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int paint(const Report &report, QPagedPaintDevice &device)
{
    device.setPageLayout(pageLayout(report.paper));
    QTextDocument &doc = *report.document;
    QPainter painter(&device);
    const qreal dpmm = device.logicalDpiY() / 25.4;
    const qreal width = device.width();
    const qreal bodyTop = HeaderMm * dpmm;
    const qreal bodyHeight = device.height() - (HeaderMm + FooterMm) * dpmm;
    // The body is laid out at 96 dpi, the unit of every length in the report's formats,
    // and scaled onto the device: the same layout on any printer or PDF resolution.
    static QImage layoutDevice = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        return image;
    }();
    const qreal scale = device.logicalDpiY() / 96.0;
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    // Keep each block's shaped glyphs from the layout for the painting: by default a
    // QTextLayout drops them once laid out, and drawing would shape every line again.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    doc.setPageSize(QSizeF(width / scale, -1)); // one long page: paginate() chooses the breaks
    const QList<PageSlice> slices = paginate(doc, bodyHeight / scale);
    const int pages = int(slices.size());
    const PageFrame frame(report, &device, width, dpmm, bodyTop + bodyHeight);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintHeader(painter, report, frame, width, dpmm);
        const PageSlice &slice = slices.at(page);
        if (slice.headerHeight() > 0)
            paintBand(painter, doc, slice.headerTop, slice.headerBottom, bodyTop, scale, width / scale);
        paintBand(painter, doc, slice.top, slice.bottom, bodyTop + slice.headerHeight() * scale, scale, width / scale);
        paintFooter(painter, report, frame, bodyTop + bodyHeight, width, dpmm, page + 1, pages);
    }
    painter.end();
    return pages;
}

QByteArray pdfData(const Report &report)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setTitle(report.title);
    paint(report, writer);
    return data;
}

Status writePdf(const Report &report, const QString &path)
{
    return commit(pdfData(report), path);
}

Status writeOdt(const Report &report, const QString &path)
{
    // A word processor has no running header of ours: the letterhead and the date of
    // printing go into the text itself, on a copy.
    std::unique_ptr<QTextDocument> doc(report.document->clone());
    const QUrl emblemUrl(QStringLiteral("emblem.png"));
    doc->addResource(QTextDocument::ImageResource, emblemUrl,
                     report.emblem.isNull() ? emblem::image(256) : report.emblem);
    QTextCursor cursor(doc.get());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    QTextImageFormat image;
    image.setName(emblemUrl.toString());
    image.setWidth(48);
    image.setHeight(48);
    cursor.insertImage(image);
    QTextCharFormat letterhead;
    letterhead.setFontWeight(QFont::Bold);
    letterhead.setForeground(ReportDocument::Ink);
    cursor.insertText(QStringLiteral("  ") + report.conference, letterhead);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    QTextCharFormat small;
    small.setFontPointSize(7.5);
    cursor.insertText(report.printedOn, small);

    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(doc.get()))
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("Report", "cannot write %1: %2")
                                 .arg(path, QCoreApplication::translate("Report", "the ODT writer failed")));
    }
    return commit(data, path);
}

Status write(const Report &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(report, path);
    if (suffix == QLatin1String("odt"))
        return writeOdt(report, path);
    return makeError(
        Error::Code::Invalid,
        QCoreApplication::translate("Report", "cannot tell the format of %1; name it .pdf or .odt").arg(path));
}

} // namespace pd::reportwriter
