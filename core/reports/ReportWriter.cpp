#include "ReportWriter.h"

#include "BodyLayout.h"
#include "Emblem.h"
#include "Pagination.h"
#include "PdfMerge.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace pd::reportwriter {

namespace {

constexpr qreal HeaderMm = 17;
constexpr qreal FooterMm = 9;
// More threads than this gain little: they share the writing of one file.
constexpr int MaxThreads = 4;

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

Status commit(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// The page's measures on a device, in its pixels.
struct PageGeometry
{
    explicit PageGeometry(QPagedPaintDevice &device)
        : dpmm(device.logicalDpiY() / 25.4), width(device.width()), bodyTop(HeaderMm * dpmm),
          bodyHeight(device.height() - (HeaderMm + FooterMm) * dpmm), scale(device.logicalDpiY() / 96.0)
    {
    }
    qreal dpmm;
    qreal width;
    qreal bodyTop;
    qreal bodyHeight;
    qreal scale; // from the body's 96-dpi units
};

// Paints the pages [first, last) of `slices` on the device, one after the other.
void paintPages(const Report &report, QPagedPaintDevice &device, BodyLayout &body, const QList<PageSlice> &slices,
                int first, int last)
{
    const PageGeometry g(device);
    QPainter painter(&device);
    const PageFrame frame(report, &device, g.width, g.dpmm, g.bodyTop + g.bodyHeight);
    for (int page = first; page < last; ++page) {
        if (page > first)
            device.newPage();
        paintHeader(painter, report, frame, g.width, g.dpmm);
        body.paintSlice(painter, slices.at(page), g.bodyTop, g.scale);
        paintFooter(painter, report, frame, g.bodyTop + g.bodyHeight, g.width, g.dpmm, page + 1, int(slices.size()));
    }
    painter.end();
}

void setUp(QPdfWriter &writer, const Report &report)
{
    writer.setResolution(300);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setTitle(report.title);
    writer.setPageLayout(pageLayout(report.paper));
}

/*
 * A long report's PDF made by several threads at once: Qt's PDF engine writes and
 * compresses a page's glyphs one by one on the painting thread, most of the time of a
 * year's calendar. Each thread makes and lays out a run of the parts, they agree on the
 * pages, and each paints the pages that begin in its run into a PDF of its own; qpdf
 * joins them. A page that runs on into the next thread's parts is painted from a copy
 * of that part made by its own thread. The pages are those paint() makes. The calling
 * thread joins the PDFs while the others let go of their documents.
 */
class ParallelPdf
{
public:
    ParallelPdf(const Report &report, int threads) : m_report(report), m_threads(threads)
    {
        m_breaks.resize(report.parts.size());
        m_pdfs.resize(threads);
    }

    Result<QByteArray> run()
    {
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < m_threads; ++t) {
            threads.emplace_back(QThread::create([this, t] { work(t); }));
            threads.back()->start();
        }
        {
            // Join the pages while the threads let go of their documents.
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_finished == m_threads; });
        }
        QList<QByteArray> pdfs;
        for (const QByteArray &pdf : std::as_const(m_pdfs)) {
            if (!pdf.isEmpty())
                pdfs << pdf;
        }
        Result<QByteArray> joined = pdfmerge::merge(pdfs);
        for (const auto &thread : threads)
            thread->wait();
        return joined;
    }

private:
    int firstPart(int thread) const { return int(m_report.parts.size() * thread / m_threads); }

    void work(int thread)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<QPdfWriter> writer = std::make_unique<QPdfWriter>(&buffer);
        setUp(*writer, m_report);
        const PageGeometry g(*writer);
        BodyLayout body(m_report, g.width / g.scale);
        const int from = firstPart(thread);
        const int to = firstPart(thread + 1);
        for (int i = from; i < to; ++i)
            m_breaks[i] = body.breaks(i); // each thread writes its own entries
        arriveAndWait();
        const QList<PageSlice> slices = body.pages(m_breaks, g.bodyHeight / g.scale);
        // The pages that begin in this thread's parts; the first thread's begin at 0.
        const auto beginsBefore = [&](int part) {
            if (part >= body.partCount())
                return int(slices.size());
            const qreal top = body.partTop(part);
            return int(std::lower_bound(slices.begin(), slices.end(), top,
                                        [](const PageSlice &s, qreal y) { return s.top < y; }) -
                       slices.begin());
        };
        const int firstPage = thread == 0 ? 0 : beginsBefore(from);
        const int lastPage = beginsBefore(to);
        if (firstPage < lastPage) {
            paintPages(m_report, *writer, body, slices, firstPage, lastPage);
            writer.reset(); // finishes the PDF
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        if (firstPage < lastPage)
            m_pdfs[thread] = data;
        ++m_finished;
        m_changed.notify_all();
    }

    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (++m_arrived == m_threads)
            m_changed.notify_all();
        else
            m_changed.wait(lock, [this] { return m_arrived == m_threads; });
    }

    const Report &m_report;
    const int m_threads;
    QList<PartBreaks> m_breaks;
    QList<QByteArray> m_pdfs;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_arrived = 0;  // threads that have laid their parts out
    int m_finished = 0; // threads whose PDF is written
};

} // namespace

int paint(const Report &report, QPagedPaintDevice &device)
{
    device.setPageLayout(pageLayout(report.paper));
    const PageGeometry g(device);
    BodyLayout body(report, g.width / g.scale);
    QList<PartBreaks> breaks;
    for (int i = 0; i < body.partCount(); ++i)
        breaks << body.breaks(i);
    const QList<PageSlice> slices = body.pages(breaks, g.bodyHeight / g.scale);
    paintPages(report, device, body, slices, 0, int(slices.size()));
    return int(slices.size());
}

Result<QByteArray> pdfData(const Report &report, int threads)
{
    if (threads <= 0)
        threads = std::min(QThread::idealThreadCount(), MaxThreads);
    threads = std::min<int>(threads, int(report.document ? 1 : report.parts.size()));
    if (threads > 1)
        return ParallelPdf(report, threads).run();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, report);
    paint(report, writer);
    return data;
}

Status writePdf(const Report &report, const QString &path)
{
    const Result<QByteArray> data = pdfData(report);
    if (!data)
        return data.error();
    return commit(*data, path);
}

Status writeOdt(const Report &report, const QString &path)
{
    // A word processor has no running header of ours: the letterhead and the date of
    // printing go into the text itself, on a copy.
    std::unique_ptr<QTextDocument> doc = report.wholeBody();
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
