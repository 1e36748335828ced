#include "PdfMerge.h"

#include <QCoreApplication>

// qpdf 11 asks new code to say it uses std::shared_ptr, not its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace pd::pdfmerge {

Result<QByteArray> merge(const QList<QByteArray> &pdfs)
{
    if (pdfs.isEmpty())
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("Report", "cannot join the pages of the PDF: %1")
                             .arg(QCoreApplication::translate("Report", "there are none")));
    if (pdfs.size() == 1)
        return pdfs.first();
    try {
        // qpdf reads the sources in place and lazily: they and their QPDF objects must
        // outlive the writing.
        std::vector<std::unique_ptr<QPDF>> sources;
        for (const QByteArray &pdf : pdfs) {
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            source->processMemoryFile("part", pdf.constData(), size_t(pdf.size()));
            sources.push_back(std::move(source));
        }
        QPDF &out = *sources.front();
        QPDFPageDocumentHelper pages(out);
        for (std::size_t i = 1; i < sources.size(); ++i) {
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*sources[i]).getAllPages())
                pages.addPage(page, false);
        }
        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return makeError(Error::Code::Io, QCoreApplication::translate("Report", "cannot join the pages of the PDF: %1")
                                              .arg(QString::fromLocal8Bit(e.what()).simplified()));
    }
}

} // namespace pd::pdfmerge
