#include "ConclusionsRecords.h"

#include "ConclusionsParser.h"

#include <QHash>
#include <QRegularExpression>

namespace pd::conclusions {

namespace {

QString trimmedEnd(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) ||
                               text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char(','))))
        text.chop(1);
    return text.trimmed();
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString sentenceAround(const QString &text, qsizetype at, qsizetype *start = nullptr)
{
    qsizetype s = text.lastIndexOf(QStringLiteral(". "), at);
    s = s < 0 ? 0 : s + 2;
    qsizetype e = text.indexOf(QStringLiteral(". "), at);
    e = e < 0 ? text.size() : e + 1;
    if (start)
        *start = s;
    return text.mid(s, e - s);
}

// Where in `text` (folded) the first of `cues` ends, or -1.
qsizetype cueEnd(const QString &folded, const QRegularExpression &cues, qsizetype *cueStart = nullptr)
{
    const auto m = cues.match(folded);
    if (!m.hasMatch())
        return -1;
    if (cueStart)
        *cueStart = m.capturedStart();
    return m.capturedEnd();
}

const ParsedDecision *parentOf(const QHash<QString, qsizetype> &index, const ParsedConclusions &parsed,
                               const ParsedDecision &d)
{
    const auto it = index.constFind(d.parentNumber);
    return it == index.cend() ? nullptr : &parsed.decisions.at(*it);
}

} // namespace

void warn(ParsedConclusions &parsed, int line, const QString &source, const QString &message)
{
    parsed.warnings.append({line, source, message});
}

void classifyDecisions(ParsedConclusions &parsed, const PartyMatcher &matcher)
{
    static const QRegularExpression twoConferences(
        QStringLiteral("\\b(?:two conferences|both conferences|ambas conferencias|las dos conferencias)\\b"));
    static const QSet<QString> ownerLead = {QString(),
                                            QStringLiteral("the"),
                                            QStringLiteral("a"),
                                            QStringLiteral("a la"),
                                            QStringLiteral("al"),
                                            QStringLiteral("a los"),
                                            QStringLiteral("a las"),
                                            QStringLiteral("el"),
                                            QStringLiteral("la")};
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < parsed.decisions.size(); ++i)
        index.insert(parsed.decisions.at(i).number, i);
    for (qsizetype i = 0; i < parsed.decisions.size(); ++i) {
        ParsedDecision &d = parsed.decisions[i];
        const ParsedDecision *parent = parentOf(index, parsed, d);
        const bool headed = !d.heading.isEmpty();
        if (const auto verb = classifyVerb(d.text, headed))
            d.verb = *verb;
        else if (parent && !headed && parent->text.trimmed().endsWith(QLatin1Char(':')))
            d.verb = parent->verb; // "To recommend approval of the following documents:" a., b.
        d.status = defaultStatus(d.verb);

        const QList<PartyMatcher::Match> matches = matcher.matches(d.text);
        for (const auto &m : matches) {
            if (!d.parties.contains(m.code))
                d.parties.append(m.code);
        }
        // "between the two conferences": the sister conference its parents name.
        if (fold(d.text).contains(twoConferences)) {
            for (const ParsedDecision *p = parent; p; p = parentOf(index, parsed, *p)) {
                for (const QString &code : p->parties) {
                    if (matcher.kindOf(code) == PartyKind::Conference && !d.parties.contains(code))
                        d.parties.append(code);
                }
            }
        }
        // "To encourage the SACM to ...": the party asked to act.
        if (!matches.isEmpty() &&
            (d.verb == DecisionVerb::Encourage || d.verb == DecisionVerb::Urge || d.verb == DecisionVerb::Invite ||
             d.verb == DecisionVerb::Request || d.verb == DecisionVerb::CallFor)) {
            const qsizetype end = verbPhraseEnd(d.text);
            if (end >= 0 && matches.first().start >= end &&
                ownerLead.contains(fold(d.text.mid(end, matches.first().start - end)).trimmed()))
                d.owner = matches.first().code;
        }
        const Deadline deadline = findDeadline(d.text);
        d.due = deadline.date;
        if (deadline.mentioned && !deadline.date.isValid())
            warn(parsed, d.line, d.text,
                 ConclusionsParser::tr("Conclusion %1 gives a deadline whose date could not be read.").arg(d.number));
    }
}

void deriveActivities(ParsedConclusions &parsed, const PartyMatcher &matcher)
{
    static const QRegularExpression support(
        QStringLiteral("\\b(?:with the support of|with the support from|with support from|with support of|supported by|"
                       "con el apoyo de|con apoyo de|con el apoyo del|con apoyo del)\\b"));
    static const QRegularExpression leadCue(
        QStringLiteral("\\b(?:given by|organized by|organised by|led by|impartido por|impartida por|organizado por|"
                       "organizada por|liderado por|a cargo de)\\b"));
    static const QRegularExpression titleEnd(QStringLiteral(
        ",?\\s+(?:with the support|with support|supported by|to be held|given by|organized by|in coordination|"
        "con el apoyo|con apoyo|a realizarse|a celebrarse|impartido|en coordinacion)\\b"));
    static const QRegularExpression listSplit(QStringLiteral("\\s*(?:,|\\band\\b|\\by\\b|;)\\s*"));
    static const QRegularExpression leadingArticle(QStringLiteral("^(?:the|el|la|los|las)\\s+"));
    static const QRegularExpression leadingTo(QStringLiteral("^To\\s+"), QRegularExpression::CaseInsensitiveOption);

    for (const ParsedDecision &d : std::as_const(parsed.decisions)) {
        if (d.heading.isEmpty() || d.level == 0)
            continue;
        ParsedActivity a;
        a.code = d.number;
        a.parentCode = d.level == 2 ? d.parentNumber : QString();
        a.groupCode = d.groupCode;
        a.kind = d.level == 2 ? ActivityKind::Other : activityKind(d.text);
        a.status = activityStatus(d.text);
        a.description = d.text;
        a.line = d.line;
        a.isMeeting = d.structural && d.level == 1;
        a.meetingKind = meetingKind(d.text);

        const QString folded = fold(d.text);
        const QList<PartyMatcher::Match> matches = matcher.matches(d.text);
        qsizetype supportStart = -1;
        const qsizetype supportEnd = cueEnd(folded, support, &supportStart);
        const qsizetype leadEnd = cueEnd(folded, leadCue);
        for (const auto &m : matches) {
            const QString before = folded.left(m.start).trimmed();
            if (a.host.isEmpty() && m.kind == PartyKind::Country && (supportEnd < 0 || m.start < supportStart) &&
                (before.endsWith(QLatin1String(" in")) || before.endsWith(QLatin1String(" en"))))
                a.host = m.code;
            if (a.lead.isEmpty() && leadEnd >= 0 && m.start >= leadEnd)
                a.lead = m.code;
            if (supportEnd >= 0 && m.start >= supportEnd &&
                (leadEnd < 0 || leadEnd < supportEnd || m.start < leadEnd) && !a.supporters.contains(m.code))
                a.supporters.append(m.code);
        }
        // Names in the list of supporters that match no party are pointed out.
        if (supportEnd >= 0) {
            qsizetype listEnd = d.text.indexOf(QLatin1Char('.'), supportEnd);
            if (listEnd < 0)
                listEnd = d.text.size();
            qsizetype pos = supportEnd;
            const QString list = d.text.mid(supportEnd, listEnd - supportEnd);
            for (const QString &piece : list.split(listSplit)) {
                const qsizetype at = d.text.indexOf(piece, pos);
                pos = at < 0 ? pos : at + piece.size();
                QString name = piece.trimmed();
                name.remove(leadingArticle);
                if (name.isEmpty() || at < 0)
                    continue;
                const bool known = std::any_of(matches.cbegin(), matches.cend(), [&](const PartyMatcher::Match &m) {
                    return m.start < at + piece.size() && m.end > at;
                });
                if (!known)
                    warn(parsed, d.line, d.text,
                         ConclusionsParser::tr("“%1” (item %2) is not a known party; add it to the directory or "
                                               "name it as the directory does.")
                             .arg(name, d.number));
            }
        }

        QString title = d.text;
        const auto end = titleEnd.match(fold(title));
        if (end.hasMatch())
            title.truncate(end.capturedStart());
        if (!a.host.isEmpty()) {
            static const QRegularExpression inPlace(QStringLiteral(",\\s+(?:in|en)\\s+[^,]*$"));
            title.remove(inPlace);
        }
        title.remove(leadingTo);
        a.title = capitalized(trimmedEnd(title));
        parsed.activities.append(a);
    }
}

void deriveDocuments(ParsedConclusions &parsed, const PartyMatcher &matcher)
{
    static const QRegularExpression following(QStringLiteral(
        "\\b(?:recommend(?:s|ed)?(?: the)? approval of(?: the)? following documents?|"
        "recomendar la aprobacion de los siguientes documentos?|se recomienda la aprobacion de los siguientes)"));
    static const QRegularExpression single(
        QStringLiteral("\\b(?:recommend(?:s|ed)?(?: the)? approval of(?: the)?|recomendar la aprobacion (?:del|de "
                       "la|de los|de las|de))\\s+"));
    static const QRegularExpression moreTime(
        QStringLiteral("\\b(?:needs? more time|need additional time|requested more time|asked for more time|"
                       "necesitan? mas tiempo|requieren? mas tiempo|solicitaron mas tiempo|pidieron mas tiempo)\\b"));
    static const QRegularExpression quoted(QStringLiteral("[\"“«]([^\"”»]{6,400})[\"”»]"));

    QSet<QString> listParents;
    for (const ParsedDecision &d : std::as_const(parsed.decisions)) {
        const QString folded = fold(d.text);
        if (folded.contains(following)) {
            listParents.insert(d.number);
            continue;
        }
        auto addDocument = [&](const QString &title, DocumentState state) -> ParsedDocument & {
            ParsedDocument doc;
            doc.title = capitalized(trimmedEnd(title));
            doc.kind = documentKind(doc.title);
            doc.state = state;
            doc.groupCode = d.groupCode.isEmpty() ? matcher.groupMentioned(d.text) : d.groupCode;
            doc.decisionNumber = d.number;
            doc.line = d.line;
            parsed.documents.append(doc);
            return parsed.documents.last();
        };
        if (listParents.contains(d.parentNumber) && d.heading.isEmpty()) {
            addDocument(d.text, DocumentState::Recommended);
            continue;
        }
        if (const auto m = single.match(folded); m.hasMatch()) {
            QString title = d.text.mid(m.capturedEnd());
            const qsizetype stop = title.indexOf(QStringLiteral(". "));
            if (stop > 0)
                title.truncate(stop);
            if (!title.trimmed().isEmpty())
                addDocument(title, DocumentState::Recommended);
        }
        if (const auto m = moreTime.match(folded); m.hasMatch()) {
            qsizetype sentenceStart = 0;
            const QString sentence = sentenceAround(d.text, m.capturedStart(), &sentenceStart);
            const auto q = quoted.match(sentence);
            if (!q.hasMatch()) {
                warn(parsed, d.line, d.text,
                     ConclusionsParser::tr("Conclusion %1 asks for more time to consult, but names no document in "
                                           "quotation marks.")
                         .arg(d.number));
                continue;
            }
            const qsizetype from = sentenceStart + q.capturedEnd();
            const QString who = d.text.mid(from, m.capturedStart() - from);
            QStringList countries;
            for (const auto &p : matcher.matches(who)) {
                if (p.kind == PartyKind::Country && !countries.contains(p.code))
                    countries.append(p.code);
            }
            if (countries.isEmpty()) {
                warn(parsed, d.line, d.text,
                     ConclusionsParser::tr("Conclusion %1 asks for more time to consult, but no country asking for it "
                                           "was recognized.")
                         .arg(d.number));
            }
            ParsedDocument &doc = addDocument(q.captured(1), DocumentState::UnderConsultation);
            doc.reviewDeadline = d.due;
            for (const QString &code : std::as_const(countries)) {
                ParsedConsultation c;
                c.party = code;
                c.state = ConsultationState::MoreTimeRequested;
                c.requestedUntil = d.due;
                c.note = ConclusionsParser::tr("Needs more time to consult internally prior to approval "
                                               "(conclusion %1).")
                             .arg(d.number);
                doc.consultations.append(c);
            }
        }
    }
}

} // namespace pd::conclusions
