#pragma once

#include "ReportOptions.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

namespace pd {

// A piece of a long report's body, made on demand: see Report::parts.
using ReportPart = std::function<std::unique_ptr<QTextDocument>()>;

// A report made ready for output: its body (laid out by the writer for the page), and
// what the writer paints on every page around it.
struct Report
{
    // The body, made by the report function. A long report (a year's calendar) leaves it
    // null and gives its body in parts instead, which the writer lays out one after the
    // other as if they were one document. It may make and paint them on several threads
    // at once, and make one again on another thread for a page that two threads share: a
    // QTextDocument belongs to the thread that made it. So a part is made from what its
    // builder holds, never from the repositories, and the same each time. Parts meet
    // at any block as in one document, before and after tables too (tst_pagination),
    // but a part should not open with an empty block: Qt places the table after it a
    // pixel lower than in one document.
    std::unique_ptr<QTextDocument> document;
    QList<ReportPart> parts;
    QString conference;    // the running header's left text, next to the emblem
    QString title;         // the running header's right text
    QString printedOn;     // the footer's left text
    QString pageOfPattern; // the footer's right text, "%1" the page and "%2" the count
    QImage emblem;         // a chosen emblem; when null the built-in one is painted
    PaperSize paper = PaperSize::A4;

    // The whole body in one document: a copy of `document`, or the parts joined (for
    // ODT, where the word processor lays the pages out).
    std::unique_ptr<QTextDocument> wholeBody() const;
};

} // namespace pd
