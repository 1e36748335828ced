#include "ConclusionsText.h"

#include "domain/TextFold.h"

#include <QRegularExpression>
#include <QSet>

namespace pd::conclusions {

namespace {

struct RawLine
{
    int number = 0;
    QString raw;
    QString text; // cleaned, trimmed
    LineMarker marker;
    bool blankBefore = false;
    bool noise = false;
};

// Characters PDF extraction leaves in the text that mean nothing or mean a space.
QString cleanLine(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == '\t')
            out.append(QLatin1Char(' '));
        else if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD)
            continue;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Surrogate ||
                 c.category() == QChar::Other_NotAssigned || c.category() == QChar::Other_PrivateUse) {
            if (u == 0xF0B7)
                out.append(QChar(0x2022)); // symbol-font bullet
            else
                continue;
        } else {
            out.append(c);
        }
    }
    return out.trimmed();
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-–—]\\s*)?(?:(?:page|p[aá]gina|p[aá]g\\.?)\\s*)?\\d{1,3}(?:\\s*(?:of|de|/)\\s*\\d{1,3})?"
                       "(?:\\s*[-–—])?$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 24 && re.match(text).hasMatch();
}

bool hasLower(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLower())
            return true;
    }
    return false;
}

bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

QChar firstLetterOrDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return c;
    }
    return {};
}

bool startsLower(const QString &text)
{
    return firstLetterOrDigit(text).isLower();
}

QChar lastNonClosing(const QString &text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('"') && c != QChar(0x201D) && c != QChar(0x2019) && c != QLatin1Char('\'') &&
            c != QLatin1Char(')') && c != QChar(0x00BB))
            return c;
    }
    return {};
}

bool endsTerminal(const QString &text)
{
    const QChar c = lastNonClosing(text);
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';') ||
           c == QLatin1Char(':');
}

bool isSentence(const QString &text)
{
    const QChar c = lastNonClosing(text);
    const QChar first = firstLetterOrDigit(text);
    return (first.isUpper() || first.isDigit()) &&
           (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'));
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

bool looksLikeHeading(const QString &text, const std::function<bool(const QString &)> &isHeading)
{
    QString bare = text;
    if (bare.endsWith(QLatin1Char(':')))
        bare.chop(1);
    bare = bare.trimmed();
    if (bare.isEmpty())
        return false;
    if (isHeading && isHeading(bare))
        return true;
    return text.endsWith(QLatin1Char(':')) && wordCount(text) <= 15 && !startsLower(text);
}

void join(QString &into, const QString &more)
{
    if (into.size() > 1 && into.endsWith(QLatin1Char('-')) && into.at(into.size() - 2).isLetter() &&
        startsLower(more) && more.at(0).isLetter()) {
        into.chop(1); // "infor-" + "mation"
        into += more;
        return;
    }
    if (!into.isEmpty())
        into += QLatin1Char(' ');
    into += more;
}

} // namespace

bool endsWithOpenWord(const QString &text)
{
    static const QSet<QString> open = {
        QStringLiteral("the"),   QStringLiteral("of"),   QStringLiteral("and"),  QStringLiteral("or"),
        QStringLiteral("to"),    QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("for"),
        QStringLiteral("with"),  QStringLiteral("by"),   QStringLiteral("from"), QStringLiteral("a"),
        QStringLiteral("an"),    QStringLiteral("as"),   QStringLiteral("at"),   QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("that"), QStringLiteral("de"),   QStringLiteral("del"),
        QStringLiteral("la"),    QStringLiteral("el"),   QStringLiteral("los"),  QStringLiteral("las"),
        QStringLiteral("y"),     QStringLiteral("e"),    QStringLiteral("o"),    QStringLiteral("en"),
        QStringLiteral("con"),   QStringLiteral("para"), QStringLiteral("por"),  QStringLiteral("un"),
        QStringLiteral("una"),   QStringLiteral("sus"),  QStringLiteral("su"),   QStringLiteral("que"),
        QStringLiteral("al"),    QStringLiteral("sobre")};
    if (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char('-')))
        return true;
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    if (start == text.size() || text.size() - start > 6)
        return false;
    return open.contains(text.mid(start).toLower());
}

CleanText cleanText(const QString &text, const std::function<bool(const QString &)> &isHeading,
                    const QStringList &runningHeaders)
{
    CleanText result;
    QSet<QString> headers;
    for (const QString &h : runningHeaders)
        headers.insert(foldForMatching(h).simplified());

    // Lines, with their numbers; a form feed is a page break, hence a line break.
    QList<RawLine> lines;
    {
        QString normalized = text;
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        normalized.replace(QLatin1Char('\f'), QLatin1Char('\n'));
        const QStringList raw = normalized.split(QLatin1Char('\n'));
        lines.reserve(raw.size());
        bool blank = true;
        int number = 0;
        for (const QString &r : raw) {
            ++number;
            RawLine l;
            l.number = number;
            l.raw = r;
            l.text = cleanLine(r);
            if (l.text.isEmpty()) {
                blank = true;
                continue;
            }
            l.marker = readMarker(l.text);
            l.blankBefore = blank;
            blank = false;
            lines.append(l);
        }
    }

    qsizetype bodyStart = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (opensConclusions(lines.at(i).marker)) {
            bodyStart = i;
            break;
        }
    }

    // Noise, line by line.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        RawLine &l = lines[i];
        const bool marked = l.marker.kind != LineMarker::Kind::None;
        if (isPageNumber(l.text) && l.marker.kind != LineMarker::Kind::Number)
            l.noise = true;
        else if (!marked && headers.contains(foldForMatching(l.text).simplified()))
            l.noise = true;
        else if (i > bodyStart && !marked && hasLetter(l.text) && !hasLower(l.text) &&
                 !l.text.endsWith(QLatin1Char(':')) && !(isHeading && isHeading(l.text)))
            l.noise = true; // "GOBIERNO DE", "MÉXICO", "XXVI" between the items
    }
    // Noise, block by block: after a blank line, a run of short unmarked lines with no
    // punctuation is a logo or a running header ("Gobierno de México").
    for (qsizetype i = bodyStart + 1; i < lines.size();) {
        if (!lines.at(i).blankBefore) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool logo = true;
        do {
            const RawLine &l = lines.at(end);
            const QChar last = l.text.back();
            logo = logo && l.marker.kind == LineMarker::Kind::None && wordCount(l.text) <= 6 && !startsLower(l.text) &&
                   !last.isPunct() && !(isHeading && isHeading(l.text));
            ++end;
        } while (logo && end < lines.size() && !lines.at(end).blankBefore);
        if (logo && (end >= lines.size() || lines.at(end).blankBefore)) {
            for (qsizetype k = i; k < end; ++k)
                lines[k].noise = true;
        }
        i = std::max(end, i + 1);
    }

    // Units.
    bool blankPending = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RawLine &l = lines.at(i);
        blankPending = blankPending || l.blankBefore;
        if (l.noise) {
            result.noise.append({l.number, l.raw});
            continue;
        }
        const bool preamble = i < bodyStart;
        const QString own = l.text.mid(l.marker.textStart).trimmed();
        TextUnit *prev = result.units.isEmpty() ? nullptr : &result.units.last();
        const bool prevOpen = prev && prev->kind != TextUnit::Kind::Heading && !endsTerminal(prev->text);
        const bool strongContinuation = prev && prev->kind != TextUnit::Kind::Heading && prev->preamble == preamble &&
                                        (startsLower(own) || endsWithOpenWord(prev->text));
        const bool upperPair = prev && !hasLower(prev->text) && !hasLower(own);
        bool continues = false;
        if (l.marker.kind == LineMarker::Kind::None || l.marker.kind == LineMarker::Kind::Bullet) {
            if (strongContinuation && (l.marker.kind == LineMarker::Kind::None || startsLower(own)))
                continues = true;
            else if (l.marker.kind == LineMarker::Kind::None && !blankPending && prevOpen && !upperPair &&
                     prev->preamble == preamble && !looksLikeHeading(own, isHeading) && !isSentence(own))
                continues = true;
        }
        blankPending = false;
        if (continues) {
            join(prev->text, own);
            prev->sentence = isSentence(prev->text);
            continue;
        }
        TextUnit unit;
        unit.marker = l.marker;
        unit.line = l.number;
        unit.source = l.raw;
        unit.preamble = preamble;
        unit.text = own;
        if (l.marker.kind != LineMarker::Kind::None)
            unit.kind = TextUnit::Kind::Item;
        else if (looksLikeHeading(own, isHeading))
            unit.kind = TextUnit::Kind::Heading;
        unit.sentence = isSentence(own);
        result.units.append(unit);
    }
    return result;
}

} // namespace pd::conclusions
