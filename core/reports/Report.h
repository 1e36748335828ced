#pragma once

#include "ReportOptions.h"

#include <QImage>
#include <QString>
#include <QTextDocument>

#include <memory>

namespace pd {

// A report made ready for output: its body as a QTextDocument (laid out by the writer
// for the page), and what the writer paints on every page around it.
struct Report
{
    std::unique_ptr<QTextDocument> document;
    QString conference;    // the running header's left text, next to the emblem
    QString title;         // the running header's right text
    QString printedOn;     // the footer's left text
    QString pageOfPattern; // the footer's right text, "%1" the page and "%2" the count
    QImage emblem;         // a chosen emblem; when null the built-in one is painted
    PaperSize paper = PaperSize::A4;
};

} // namespace pd
