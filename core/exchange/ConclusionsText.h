#pragma once

// The text of a conclusions document as it comes out of a PDF: page noise taken out
// (logos, running headers such as "GOBIERNO DE MÉXICO", page numbers, blank lines) and
// lines broken mid-sentence joined again, giving one unit per item, heading or
// paragraph, each with the input line it starts on.

#include "ConclusionsNumbering.h"
#include "ParsedConclusions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd::conclusions {

struct TextUnit
{
    enum class Kind
    {
        Item,     // opens with a marker
        Heading,  // a short line ending with ":" or naming a working group
        Paragraph // anything else
    };
    Kind kind = Kind::Paragraph;
    LineMarker marker;
    QString text;          // the item's own text (without its marker), lines joined
    int line = 0;          // 1-based input line it starts on
    QString source;        // that line as written
    bool preamble = false; // before the first numbered conclusion
    bool sentence = false; // starts with a capital and ends with . ! or ?
};

struct CleanText
{
    QList<TextUnit> units;
    QList<ConclusionsNoise> noise;
};

// `isHeading` tells whether a line (without its colon) names a known heading, such as
// a working group; `runningHeaders` are lines to drop wherever they appear (the
// conference's names, as logos print them).
CleanText cleanText(const QString &text, const std::function<bool(const QString &)> &isHeading,
                    const QStringList &runningHeaders);

// True for words after which a line cannot end a sentence ("the", "of", "de", ...).
bool endsWithOpenWord(const QString &text);

} // namespace pd::conclusions
