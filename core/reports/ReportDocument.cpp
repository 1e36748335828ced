#include "ReportDocument.h"

#include <QTextBlock>

namespace pd {

const QColor ReportDocument::Ink(0x1f, 0x3a, 0x5f);
const QColor ReportDocument::Rule(0xb8, 0xc4, 0xd2);

namespace {
const QString SansFamily = QStringLiteral("DejaVu Sans");
const QString SerifFamily = QStringLiteral("DejaVu Serif");

QTextCharFormat makeFormat(ReportDocument::Style style)
{
    using Style = ReportDocument::Style;
    QTextCharFormat f;
    f.setFontFamilies({SansFamily});
    f.setFontPointSize(9.5);
    switch (style) {
    case Style::Body:
        break;
    case Style::Bold:
        f.setFontWeight(QFont::Bold);
        break;
    case Style::Muted:
        f.setForeground(QColor(0x4a, 0x4a, 0x4a));
        f.setFontPointSize(8.5);
        break;
    case Style::Second:
        f.setFontItalic(true);
        f.setForeground(QColor(0x3c, 0x4f, 0x66));
        break;
    case Style::Small:
        f.setFontPointSize(7.5);
        f.setForeground(QColor(0x4a, 0x4a, 0x4a));
        break;
    }
    return f;
}

} // namespace

ReportDocument::ReportDocument(const ReportText &text)
    : m_text(text), m_document(std::make_unique<QTextDocument>()), m_cursor(m_document.get())
{
    QFont font(SansFamily);
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, QString());
    // A report is written once: no undo history, and one change notification at the end
    // rather than one per insertion (a year's calendar has thousands of entries).
    m_document->setUndoRedoEnabled(false);
    m_cursor.beginEditBlock();
    for (Style style : {Style::Body, Style::Bold, Style::Muted, Style::Second, Style::Small})
        m_formats[int(style)] = makeFormat(style);
}

std::unique_ptr<QTextDocument> ReportDocument::take()
{
    m_cursor.endEditBlock();
    return std::move(m_document);
}

void ReportDocument::nextBlock(const QTextBlockFormat &format)
{
    // The document starts with one empty block: use it rather than leave a blank line.
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format);
    }
}

void ReportDocument::title(const QString &kind, const LocalizedText &title, const QStringList &facts)
{
    QTextBlockFormat kindFormat;
    kindFormat.setBottomMargin(2);
    nextBlock(kindFormat);
    QTextCharFormat kindChars = format(Style::Bold);
    kindChars.setForeground(Ink);
    kindChars.setFontCapitalization(QFont::AllUppercase);
    kindChars.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    kindChars.setFontLetterSpacing(1.0);
    m_cursor.insertText(kind, kindChars);

    QTextBlockFormat titleFormat;
    titleFormat.setBottomMargin(6);
    titleFormat.setProperty(KeepTogether, true);
    m_cursor.insertBlock(titleFormat);
    QTextCharFormat titleChars;
    titleChars.setFontFamilies({SerifFamily});
    titleChars.setFontPointSize(15);
    titleChars.setFontWeight(QFont::Bold);
    titleChars.setForeground(Ink);
    const QString first = m_text.both() ? title.text(Language::English) : title.text(m_text.primary());
    m_cursor.insertText(first, titleChars);
    if (m_text.both() && !title.es.isEmpty() && title.es != first) {
        lineBreak();
        QTextCharFormat second = titleChars;
        second.setFontWeight(QFont::Normal);
        second.setFontItalic(true);
        second.setFontPointSize(13);
        m_cursor.insertText(title.es, second);
    }
    for (const QString &fact : facts) {
        QTextBlockFormat factFormat;
        factFormat.setBottomMargin(1);
        m_cursor.insertBlock(factFormat);
        m_cursor.insertText(fact, format(Style::Body));
    }
    spacer(4 * MillimetrePx);
}

// A heading's block: kept whole and with what follows it; its text in bold ink.
QTextCharFormat ReportDocument::headingBlock(qreal topMm, qreal bottomMm, qreal points)
{
    QTextBlockFormat f;
    f.setTopMargin(topMm * MillimetrePx);
    f.setBottomMargin(bottomMm * MillimetrePx);
    f.setProperty(KeepTogether, true);
    f.setProperty(KeepWithNext, true);
    nextBlock(f);
    QTextCharFormat chars = format(Style::Bold);
    chars.setForeground(Ink);
    chars.setFontPointSize(points);
    return chars;
}

void ReportDocument::heading(const QString &text)
{
    m_cursor.insertText(text, headingBlock(5, 1.5, 11));
}

void ReportDocument::subheading(const QString &text)
{
    QTextCharFormat chars = headingBlock(2.5, 1.2, 8);
    chars.setFontCapitalization(QFont::AllUppercase);
    chars.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    chars.setFontLetterSpacing(0.8);
    m_cursor.insertText(text, chars);
}

void ReportDocument::paragraph(const QString &text, Style style)
{
    QTextBlockFormat f;
    f.setBottomMargin(1.5 * MillimetrePx);
    nextBlock(f);
    m_cursor.insertText(text, format(style));
}

void ReportDocument::spacer(qreal height)
{
    QTextBlockFormat f;
    f.setLineHeight(height, QTextBlockFormat::FixedHeight);
    nextBlock(f);
}

void ReportDocument::appendLocalized(const LocalizedText &text, Style first)
{
    if (!m_text.both()) {
        append(text.text(m_text.primary()), first);
        return;
    }
    const QString en = text.text(Language::English);
    append(en, first);
    if (!text.es.isEmpty() && text.es != en) {
        lineBreak();
        append(text.es, Style::Second);
    }
}

QTextTableFormat ReportDocument::ruledTableFormat()
{
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorder(0.5);
    tf.setBorderBrush(Rule);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellPadding(2);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return tf;
}

} // namespace pd
