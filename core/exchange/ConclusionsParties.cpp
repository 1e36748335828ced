// PartyMatcher: the parties and working groups a conclusions text names, matched on
// the names, acronyms and aliases of the context in both languages.

#include "ConclusionsVocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace pd::conclusions {

namespace {

// Further names of countries that the profile's names do not cover.
const char *const countryAliases[][2] = {
    {"US", "United States of America"}, {"US", "Estados Unidos de América"}, {"US", "EE.UU."}, {"US", "EEUU"},
    {"MX", "Estados Unidos Mexicanos"}, {"DO", "Rep. Dominicana"},
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool boundedAt(const QString &text, qsizetype start, qsizetype end)
{
    return (start == 0 || !isWordChar(text.at(start - 1))) && (end >= text.size() || !isWordChar(text.at(end)));
}

QStringView firstWord(QStringView text, qsizetype at = 0)
{
    qsizetype end = at;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(at, end - at);
}

} // namespace

PartyMatcher::PartyMatcher(const ConclusionsContext &context)
    : m_conference(context.conferenceCode), m_presidency(context.presidencyCode)
{
    QHash<QString, QString> foldedNames; // folded name -> code
    for (const ConclusionsContext::Party &p : context.parties) {
        for (const QString &name : {p.nameEn, p.nameEs})
            if (!name.isEmpty())
                foldedNames.insert(fold(name), p.code);
    }
    auto add = [this](const QString &text, bool caseSensitive, const ConclusionsContext::Party &p) {
        const QString t = caseSensitive ? text.trimmed() : fold(text.trimmed());
        if (t.size() < 2 || (!caseSensitive && t.size() < 4))
            return;
        for (const Pattern &existing : std::as_const(m_patterns)) {
            if (existing.text == t && existing.caseSensitive == caseSensitive)
                return;
        }
        m_patterns.append({t, caseSensitive, p.code, p.kind});
    };
    // "Executive Secretariat of the Regional Conference on Migration" is also called
    // "the Executive Secretariat": the head of a name whose tail names another party,
    // when no other party has the same head.
    QHash<QString, int> headCount;
    QList<std::pair<QString, const ConclusionsContext::Party *>> heads;
    static const QStringList joints = {QStringLiteral(" of the "), QStringLiteral(" de la "), QStringLiteral(" del "),
                                       QStringLiteral(" de los ")};
    for (const ConclusionsContext::Party &p : context.parties) {
        for (const QString &name : {p.nameEn, p.nameEs}) {
            const QString folded = fold(name);
            for (const QString &joint : joints) {
                const qsizetype at = folded.indexOf(joint);
                if (at <= 0)
                    continue;
                const QString tail = folded.mid(at + joint.size());
                const QString head = name.left(at).trimmed();
                if (foldedNames.contains(tail) && foldedNames.value(tail) != p.code &&
                    head.contains(QLatin1Char(' '))) {
                    heads.append({head, &p});
                    headCount[fold(head)] += 1;
                }
                break;
            }
        }
    }
    for (const ConclusionsContext::Party &p : context.parties) {
        add(p.nameEn, false, p);
        add(p.nameEs, false, p);
        for (const QString &alias : p.aliases)
            add(alias, false, p);
        add(p.acronymEn, true, p);
        add(p.acronymEs, true, p);
        if (p.kind == PartyKind::Country) {
            for (const auto &alias : countryAliases) {
                if (p.code == QLatin1String(alias[0]))
                    add(QString::fromUtf8(alias[1]), false, p);
            }
        }
    }
    for (const auto &[head, party] : std::as_const(heads)) {
        if (headCount.value(fold(head)) == 1)
            add(head, false, *party);
    }
    for (const ConclusionsContext::Group &g : context.groups) {
        for (const QString &name : {g.nameEn, g.nameEs}) {
            if (!name.trimmed().isEmpty())
                m_groups.append({fold(name.trimmed()), g.code});
        }
    }
    // Longest first, so that a name hides the shorter names inside it.
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const Pattern &a, const Pattern &b) { return a.text.size() > b.text.size(); });
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const Pattern &p = m_patterns.at(i);
        (p.caseSensitive ? m_byFirstWordExact : m_byFirstWord)[firstWord(p.text).toString()].append(i);
    }
}

QList<PartyMatcher::Match> PartyMatcher::matches(const QString &text) const
{
    const QString folded = fold(text);
    QList<Match> found;
    // Word by word: only the patterns that start with the word are tried there.
    for (qsizetype at = 0; at < text.size();) {
        if (!isWordChar(text.at(at))) {
            ++at;
            continue;
        }
        for (const bool exact : {false, true}) {
            const QString &haystack = exact ? text : folded;
            const QStringView word = firstWord(haystack, at);
            const auto candidates = (exact ? m_byFirstWordExact : m_byFirstWord).constFind(word.toString());
            if (candidates == (exact ? m_byFirstWordExact : m_byFirstWord).cend())
                continue;
            for (const qsizetype i : *candidates) {
                const Pattern &p = m_patterns.at(i);
                if (QStringView(haystack).mid(at, p.text.size()) == p.text &&
                    boundedAt(haystack, at, at + p.text.size()))
                    found.append({at, at + p.text.size(), p.code, p.kind});
            }
        }
        while (at < text.size() && isWordChar(text.at(at)))
            ++at;
    }
    // "the PPT" on its own is the presidency ("the PPT of Mexico" names Mexico anyway).
    if (!m_presidency.isEmpty()) {
        static const QStringList ppt = {
            QStringLiteral("the ppt"), QStringLiteral("la ppt"), QStringLiteral("the presidency pro tempore"),
            QStringLiteral("the presidency pro-tempore"), QStringLiteral("la presidencia pro tempore")};
        for (const QString &p : ppt) {
            for (qsizetype at = folded.indexOf(p); at >= 0; at = folded.indexOf(p, at + 1)) {
                const qsizetype end = at + p.size();
                const QStringView rest = QStringView(folded).mid(end).trimmed();
                if (!boundedAt(folded, at, end) || rest.startsWith(QLatin1String("of ")) ||
                    rest.startsWith(QLatin1String("de ")) || rest.startsWith(QLatin1String("(")))
                    continue;
                found.append({at, end, m_presidency, PartyKind::Country});
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<Match> kept;
    qsizetype covered = 0;
    for (const Match &m : std::as_const(found)) {
        if (m.start < covered)
            continue;
        covered = m.end;
        if (m.code != m_conference)
            kept.append(m);
    }
    return kept;
}

QStringList PartyMatcher::codes(const QString &text) const
{
    QStringList out;
    for (const Match &m : matches(text)) {
        if (!out.contains(m.code))
            out.append(m.code);
    }
    return out;
}

PartyKind PartyMatcher::kindOf(const QString &code) const
{
    for (const Pattern &p : m_patterns) {
        if (p.code == code)
            return p.kind;
    }
    return PartyKind::Country;
}

QString PartyMatcher::groupNamed(const QString &heading) const
{
    QString f = fold(heading).trimmed();
    while (f.endsWith(QLatin1Char(':')) || f.endsWith(QLatin1Char('.')))
        f.chop(1);
    f = f.simplified();
    for (const auto &[name, code] : m_groups) {
        if (f == name || (f.startsWith(name) && f.size() - name.size() < 12))
            return code;
    }
    return {};
}

QString PartyMatcher::groupMentioned(const QString &text) const
{
    const QString f = fold(text);
    for (const auto &[name, code] : m_groups) {
        if (f.contains(name))
            return code;
    }
    return {};
}

bool PartyMatcher::isKnownHeading(const QString &heading) const
{
    return heading.size() < 100 && (!groupNamed(heading).isEmpty() || isStructuralHeading(heading));
}

} // namespace pd::conclusions
