#include "ConclusionsParser.h"

#include "ConclusionsNumbering.h"
#include "ConclusionsRecords.h"
#include "ConclusionsText.h"
#include "ConclusionsVocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pd {

using namespace conclusions;

namespace {

bool hasLower(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLower())
            return true;
    }
    return false;
}

QString withoutColon(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

bool isMonth(const QString &word)
{
    return !findDates(QStringLiteral("1 ") + word + QStringLiteral(" 2000")).isEmpty();
}

// "The Regional Consultation Group on Migration (RCGM), at the meeting held ..." ->
// "Regional Consultation Group on Migration (RCGM)".
QString subjectOf(const QString &opening)
{
    qsizetype end = opening.indexOf(QLatin1Char(','));
    if (end < 0)
        end = std::min<qsizetype>(opening.size(), 120);
    QString subject = opening.left(end).trimmed();
    static const QRegularExpression article(QStringLiteral("^(?:The|El|La|Los|Las)\\s+"));
    subject.remove(article);
    return subject;
}

void readPlace(ParsedMeeting &meeting, const QString &opening, const PartyMatcher &matcher)
{
    const QString folded = fold(opening);
    static const QRegularExpression held(QStringLiteral("\\b(?:held|celebrad[ao]s?|realizad[ao]s?|reunid[ao]s?)\\b"));
    const auto h = held.match(folded);
    const qsizetype from = h.hasMatch() ? h.capturedStart() : 0;
    static const QRegularExpression place(QStringLiteral(
        "\\b(?:in|en)\\s+(?:(?:la|el)\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|del|of|la|\\p{Lu}[\\p{L}'’.-]*))*)"));
    auto it = place.globalMatch(opening, from);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList words = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        static const QStringList connectors = {QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("of"),
                                               QStringLiteral("la")};
        while (!words.isEmpty() && (connectors.contains(words.last()) || words.last().endsWith(QLatin1Char('.'))))
            words.removeLast();
        if (words.isEmpty() || isMonth(fold(words.first())))
            continue;
        meeting.city = words.join(QLatin1Char(' '));
        for (const auto &match : matcher.matches(meeting.city)) {
            if (match.kind == PartyKind::Country) {
                meeting.countryCode = match.code;
                break;
            }
        }
        if (meeting.countryCode.isEmpty()) {
            // "in San Salvador, El Salvador, with ..."
            const qsizetype after = m.capturedStart(1) + meeting.city.size();
            const QString rest = opening.mid(after).trimmed();
            if (rest.startsWith(QLatin1Char(','))) {
                const QString next = rest.mid(1).trimmed().left(40);
                for (const auto &match : matcher.matches(next)) {
                    if (match.kind == PartyKind::Country && match.start == 0)
                        meeting.countryCode = match.code;
                    break;
                }
            }
        }
        return;
    }
}

void readMeeting(ParsedConclusions &parsed, const QString &title, const TextUnit *opening, const PartyMatcher &matcher)
{
    ParsedMeeting &meeting = parsed.meeting;
    meeting.title = title;
    const QString text = opening ? opening->text : QString();
    meeting.line = opening ? opening->line : 0;
    meeting.body = subjectOf(text);
    meeting.kind = meetingKind(meeting.body);
    if (meeting.kind == MeetingKind::Other)
        meeting.kind = meetingKind(title);
    if (meeting.kind == MeetingKind::Other)
        meeting.kind = meetingKind(text);
    if (meeting.kind == MeetingKind::Other || meeting.body.size() > 100)
        meeting.body = title;
    if (meeting.kind == MeetingKind::Other)
        warn(parsed, meeting.line, opening ? opening->source : QString(),
             ConclusionsParser::tr("The meeting's body (RCGM, Vice-Ministerial, …) was not recognized."));

    const QList<QDate> dates = findDates(text);
    if (dates.isEmpty()) {
        warn(parsed, meeting.line, opening ? opening->source : QString(),
             ConclusionsParser::tr("No meeting date was found in the opening paragraph."));
    } else {
        meeting.start = *std::min_element(dates.cbegin(), dates.cend());
        meeting.end = *std::max_element(dates.cbegin(), dates.cend());
    }
    const QString folded = fold(text);
    if (folded.contains(QLatin1String("hybrid")) || folded.contains(QLatin1String("hibrid")))
        meeting.mode = MeetingMode::Hybrid;
    else if (folded.contains(QLatin1String("virtual")))
        meeting.mode = MeetingMode::Virtual;
    readPlace(meeting, text, matcher);

    static const QRegularExpression cue(QStringLiteral(
        "\\b(?:participation of|participation from|attended by|participacion de|asistencia de|participaron)\\b"));
    const auto c = cue.match(folded);
    if (c.hasMatch()) {
        for (const auto &m : matcher.matches(text.mid(c.capturedEnd()))) {
            if (m.kind == PartyKind::Country && !meeting.participants.contains(m.code))
                meeting.participants.append(m.code);
        }
    }
    if (meeting.participants.isEmpty())
        warn(parsed, meeting.line, opening ? opening->source : QString(),
             ConclusionsParser::tr("No participating countries were found in the opening paragraph."));
}

// Letters that restart under each heading ("a." under Labour Migration, "a." again under
// Protection) get the heading's working group in their number: "7.PRO.a". Numbers
// still repeated after that are real repeats: "-2" is added and a warning given. Sub-items
// follow the most recent item numbered as their parent was, so each comes after it.
void makeNumbersUnique(ParsedConclusions &parsed)
{
    QSet<QString> seen;
    QSet<QString> restartedParents;
    for (const ParsedDecision &d : std::as_const(parsed.decisions)) {
        if (seen.contains(d.number) && d.level == 1 && !d.heading.isEmpty())
            restartedParents.insert(d.parentNumber);
        seen.insert(d.number);
    }
    QHash<QString, QString> latest; // number as placed -> number given, most recent item
    QHash<QString, int> headingIndex;
    QSet<QString> used;
    for (ParsedDecision &d : parsed.decisions) {
        const QString placed = d.number;
        const QString parent = d.parentNumber.isEmpty() ? QString() : latest.value(d.parentNumber, d.parentNumber);
        const QString own = d.parentNumber.isEmpty() ? placed : placed.mid(d.parentNumber.size() + 1);
        QString number = parent.isEmpty() ? own : parent + QLatin1Char('.') + own;
        if (d.level == 1 && restartedParents.contains(d.parentNumber) && !d.heading.isEmpty()) {
            const QString key = d.parentNumber + QLatin1Char('|') + d.heading;
            if (!headingIndex.contains(key))
                headingIndex.insert(key, int(headingIndex.size()) + 1);
            const QString part =
                d.groupCode.isEmpty() ? QStringLiteral("h%1").arg(headingIndex.value(key)) : d.groupCode;
            number = parent + QLatin1Char('.') + part + QLatin1Char('.') + own;
        }
        if (used.contains(number)) {
            QString unique;
            for (int n = 2;; ++n) {
                unique = number + QStringLiteral("-%1").arg(n);
                if (!used.contains(unique))
                    break;
            }
            warn(
                parsed, d.line, QString(),
                ConclusionsParser::tr("Number %1 appears more than once; this one is kept as %2.").arg(number, unique));
            number = unique;
        }
        used.insert(number);
        latest.insert(placed, number);
        d.number = number;
        d.parentNumber = parent;
    }
}

} // namespace

ConclusionsParser::ConclusionsParser(ConclusionsContext context) : m_context(std::move(context)) {}

std::optional<ConclusionsParser::LanguageChoice> ConclusionsParser::languageChoiceFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("auto"))
        return LanguageChoice::Auto;
    if (c == QLatin1String("en"))
        return LanguageChoice::English;
    if (c == QLatin1String("es"))
        return LanguageChoice::Spanish;
    return std::nullopt;
}

ParsedConclusions ConclusionsParser::parse(const QString &text, LanguageChoice language) const
{
    ParsedConclusions parsed;
    parsed.language = language == LanguageChoice::English   ? Language::English
                      : language == LanguageChoice::Spanish ? Language::Spanish
                                                            : detectLanguage(text);
    const PartyMatcher matcher(m_context);
    CleanText clean = cleanText(
        text, [&matcher](const QString &line) { return matcher.isKnownHeading(line); }, m_context.conferenceNames);
    parsed.noise = clean.noise;

    // The preamble: the title block, the opening paragraph, the section heading.
    QStringList title;
    const TextUnit *opening = nullptr;
    QStringList conferenceNames;
    for (const QString &name : std::as_const(m_context.conferenceNames))
        conferenceNames.append(fold(name));
    for (const TextUnit &u : std::as_const(clean.units)) {
        if (!u.preamble)
            break;
        const QString folded = fold(u.text);
        if (u.kind == TextUnit::Kind::Heading) {
            if (folded.contains(QLatin1String("conclusion")) || folded.contains(QLatin1String("recomendacion")) ||
                folded.contains(QLatin1String("recommendation")) || folded.contains(QLatin1String("acuerdo")) ||
                folded.contains(QLatin1String("agreement")))
                continue;
        }
        if (!hasLower(u.text) && u.kind != TextUnit::Kind::Heading) {
            QString rest = folded;
            for (const QString &name : std::as_const(conferenceNames))
                rest.remove(name);
            static const QRegularExpression nonWords(QStringLiteral("[^\\p{L}]+"));
            if (rest.split(nonWords, Qt::SkipEmptyParts).size() >= 2)
                title.append(u.text);
            continue;
        }
        if (!opening && u.kind == TextUnit::Kind::Paragraph) {
            opening = &u;
            continue;
        }
        warn(parsed, u.line, u.source, tr("This text before the first conclusion was not placed."));
    }
    readMeeting(parsed, title.join(QLatin1Char(' ')), opening, matcher);

    // The items, in a tree.
    NumberingState numbering;
    QString heading;
    QString groupCode;
    bool structural = false;
    for (const TextUnit &u : std::as_const(clean.units)) {
        if (u.preamble)
            continue;
        if (u.kind == TextUnit::Kind::Item) {
            const NumberingState::Placed placed = numbering.place(u.marker);
            if (placed.level == NumberingState::NotAMarker && !parsed.decisions.isEmpty()) {
                parsed.decisions.last().text += QLatin1Char(' ') + u.source.trimmed();
                continue;
            }
            if (placed.level < 0) {
                warn(parsed, u.line, u.source,
                     tr("This item comes before any numbered conclusion; it was not placed."));
                continue;
            }
            if (placed.level == 0) {
                heading.clear();
                groupCode.clear();
                structural = false;
            }
            if (placed.outOfSequence)
                warn(parsed, u.line, u.source,
                     tr("Item “%1” is out of sequence: “%2” was expected.").arg(placed.label, placed.expected));
            ParsedDecision d;
            d.number = placed.number;
            d.parentNumber = placed.parent;
            d.level = placed.level;
            d.text = u.text;
            d.line = u.line;
            if (placed.level > 0) {
                d.heading = heading;
                d.groupCode = groupCode;
                d.structural = structural;
            }
            parsed.decisions.append(d);
            continue;
        }
        if (u.kind == TextUnit::Kind::Heading && !parsed.decisions.isEmpty()) {
            heading = withoutColon(u.text);
            groupCode = matcher.groupNamed(heading);
            structural = isStructuralHeading(heading);
            numbering.headingSeen();
            if (groupCode.isEmpty() && !structural)
                warn(parsed, u.line, u.source,
                     tr("The heading “%1” names no known working group; its items are kept without one.").arg(heading));
            continue;
        }
        // A paragraph: more text of the item before it; after a sub-sub-item, a closing
        // remark of the sub-item ("Organize the first meeting between ...").
        if (!parsed.decisions.isEmpty() && (u.sentence || u.kind == TextUnit::Kind::Heading)) {
            ParsedDecision *target = &parsed.decisions.last();
            if (target->level == 2) {
                for (qsizetype i = parsed.decisions.size() - 1; i >= 0; --i) {
                    if (parsed.decisions.at(i).number == target->parentNumber) {
                        target = &parsed.decisions[i];
                        break;
                    }
                }
            }
            target->text += QLatin1Char(' ') + u.text;
            continue;
        }
        warn(parsed, u.line, u.source, tr("This text was not placed under any conclusion."));
    }
    if (parsed.conclusionCount() == 0)
        warn(parsed, 0, QString(), tr("No numbered conclusions were found."));

    makeNumbersUnique(parsed);
    classifyDecisions(parsed, matcher);
    deriveActivities(parsed, matcher);
    deriveDocuments(parsed, matcher);
    return parsed;
}

} // namespace pd
