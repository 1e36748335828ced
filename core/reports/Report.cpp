#include "Report.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace pd {

std::unique_ptr<QTextDocument> Report::wholeBody() const
{
    if (document || parts.isEmpty())
        return std::unique_ptr<QTextDocument>(document ? document->clone() : new QTextDocument);
    std::unique_ptr<QTextDocument> whole = parts.first()();
    QTextCursor cursor(whole.get());
    cursor.beginEditBlock();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const std::unique_ptr<QTextDocument> part = parts.at(i)();
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        // A fragment's first block takes the format of the block it lands in: give it its own.
        cursor.setBlockFormat(part->firstBlock().blockFormat());
        cursor.insertFragment(QTextDocumentFragment(part.get()));
    }
    cursor.endEditBlock();
    return whole;
}

} // namespace pd
