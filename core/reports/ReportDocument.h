#pragma once

#include "ReportText.h"

#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTableFormat>

#include <memory>

namespace pd {

/*
 * Builds the body of a report: one house style (fonts, colours, spacing) for all of
 * them, so that every sheet the secretariat hands out looks alike. Lengths are in
 * 96-dpi pixels; the layout scales them to the page's device.
 */
class ReportDocument
{
public:
    enum class Style
    {
        Body,
        Bold,
        Muted,  // secondary facts: presenter, venue, status
        Second, // the Spanish of a bilingual text
        Small
    };

    explicit ReportDocument(const ReportText &text);

    const ReportText &text() const { return m_text; }
    QTextDocument &document() { return *m_document; }
    QTextCursor &cursor() { return m_cursor; }
    std::unique_ptr<QTextDocument> take();

    // The report's title (wrapped when long) and a line of facts under each other.
    void title(const QString &kind, const LocalizedText &title, const QStringList &facts);
    void heading(const QString &text);
    // A smaller heading inside a section (a month in the calendar), kept with what follows.
    void subheading(const QString &text);
    void paragraph(const QString &text, Style style = Style::Body);
    void spacer(qreal height);
    // A new block of the given format (the document's first, empty one when nothing is in it yet).
    void nextBlock(const QTextBlockFormat &format);

    // The house style's character formats, made once and shared: a long report inserts
    // thousands of runs, and each one would otherwise build and hash a new format.
    const QTextCharFormat &format(Style style) const { return m_formats[int(style)]; }
    // Appends `text` at the cursor: one language, or English then (on a new line of the
    // same block) the Spanish when it differs.
    void appendLocalized(const LocalizedText &text, Style first = Style::Body);
    void append(const QString &text, Style style = Style::Body) { m_cursor.insertText(text, format(style)); }
    void lineBreak() { m_cursor.insertText(QString(QChar::LineSeparator)); }

    // Block properties the writer's pagination honours (Qt's own layout splits any block
    // at a line): a block kept whole on one page, and a heading kept with what follows.
    static constexpr int KeepTogether = QTextFormat::UserProperty + 1;
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 2;

    // A ruled table of the full width with a header row repeated on each page; the
    // caller sets the column widths.
    static QTextTableFormat ruledTableFormat();

    static constexpr qreal MillimetrePx = 96.0 / 25.4;
    static const QColor Ink;
    static const QColor Rule;

private:
    const ReportText &m_text;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    QTextCharFormat m_formats[int(Style::Small) + 1];
    QTextCharFormat headingBlock(qreal topMm, qreal bottomMm, qreal points);
};

} // namespace pd
