#pragma once

// What must hold of any ParsedConclusions, whatever the input: shared by the libFuzzer
// target and the replay of its corpus in the test suite. Returns what is wrong, or "".

#include "exchange/ParsedConclusions.h"

#include <QSet>

namespace pd::test {

inline QString conclusionsInvariantProblem(const ParsedConclusions &p, qsizetype inputLines)
{
    QSet<QString> numbers;
    for (const ParsedDecision &d : p.decisions) {
        if (d.number.isEmpty())
            return QStringLiteral("a decision without a number");
        if (numbers.contains(d.number))
            return QStringLiteral("number %1 twice").arg(d.number);
        if (!d.parentNumber.isEmpty() && !numbers.contains(d.parentNumber))
            return QStringLiteral("%1 comes before its parent %2").arg(d.number, d.parentNumber);
        if (d.level < 0 || d.level > 2 || (d.level == 0) != d.parentNumber.isEmpty())
            return QStringLiteral("%1 has level %2").arg(d.number).arg(d.level);
        if (d.line < 1 || d.line > inputLines)
            return QStringLiteral("%1 comes from line %2 of %3").arg(d.number).arg(d.line).arg(inputLines);
        numbers.insert(d.number);
    }
    for (const ParsedActivity &a : p.activities) {
        if (!numbers.contains(a.code))
            return QStringLiteral("activity %1 has no decision").arg(a.code);
    }
    for (const ParsedDocument &d : p.documents) {
        if (!numbers.contains(d.decisionNumber))
            return QStringLiteral("document of %1 has no decision").arg(d.decisionNumber);
    }
    for (const ConclusionsWarning &w : p.warnings) {
        if (w.line < 0 || w.line > inputLines || w.message.isEmpty())
            return QStringLiteral("a warning on line %1 of %2").arg(w.line).arg(inputLines);
    }
    for (const ConclusionsNoise &n : p.noise) {
        if (n.line < 1 || n.line > inputLines)
            return QStringLiteral("noise on line %1 of %2").arg(n.line).arg(inputLines);
    }
    return {};
}

// Lines as the parser counts them (\n, \r\n, \r and form feeds all end one).
inline qsizetype conclusionsLineCount(const QString &text)
{
    qsizetype lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f'))
            ++lines;
    }
    return lines;
}

} // namespace pd::test
