#include "ConclusionsVocabulary.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pd::conclusions {

namespace {

struct VerbWord
{
    const char *phrase; // folded
    DecisionVerb verb;
};

// Longest first where one phrase starts another ("take note" before "take").
const VerbWord impersonalVerbs[] = {
    {"it is recommended", DecisionVerb::Recommend},
    {"it is requested", DecisionVerb::Request},
    {"it is agreed to approve", DecisionVerb::Approve},
    {"se recomienda", DecisionVerb::Recommend},
    {"se solicita", DecisionVerb::Request},
    {"se toma nota", DecisionVerb::TakeNote},
    {"se agradece", DecisionVerb::Thank},
    {"se aprueba", DecisionVerb::Approve},
    {"se insta", DecisionVerb::Urge},
    {"se acepta", DecisionVerb::Accept},
};

const VerbWord verbs[] = {
    {"take note", DecisionVerb::TakeNote},
    {"takes note", DecisionVerb::TakeNote},
    {"note", DecisionVerb::TakeNote},
    {"notes", DecisionVerb::TakeNote},
    {"approve", DecisionVerb::Approve},
    {"approves", DecisionVerb::Approve},
    {"adopt", DecisionVerb::Approve},
    {"endorse", DecisionVerb::Approve},
    {"thank", DecisionVerb::Thank},
    {"thanks", DecisionVerb::Thank},
    {"express its gratitude", DecisionVerb::Thank},
    {"express gratitude", DecisionVerb::Thank},
    {"express appreciation", DecisionVerb::Thank},
    {"urge", DecisionVerb::Urge},
    {"urges", DecisionVerb::Urge},
    {"recommend", DecisionVerb::Recommend},
    {"recommends", DecisionVerb::Recommend},
    {"accept", DecisionVerb::Accept},
    {"accepts", DecisionVerb::Accept},
    {"encourage", DecisionVerb::Encourage},
    {"encourages", DecisionVerb::Encourage},
    {"congratulate", DecisionVerb::Congratulate},
    {"congratulates", DecisionVerb::Congratulate},
    {"welcome", DecisionVerb::Welcome},
    {"welcomes", DecisionVerb::Welcome},
    {"recognize", DecisionVerb::Recognize},
    {"recognise", DecisionVerb::Recognize},
    {"recognizes", DecisionVerb::Recognize},
    {"acknowledge", DecisionVerb::Recognize},
    {"call for", DecisionVerb::CallFor},
    {"call on", DecisionVerb::CallFor},
    {"call upon", DecisionVerb::CallFor},
    {"calls for", DecisionVerb::CallFor},
    {"initiate", DecisionVerb::Initiate},
    {"launch", DecisionVerb::Initiate},
    {"update", DecisionVerb::Update},
    {"request", DecisionVerb::Request},
    {"requests", DecisionVerb::Request},
    {"invite", DecisionVerb::Invite},
    {"invites", DecisionVerb::Invite},
    {"reiterate", DecisionVerb::Reiterate},
    {"reiterates", DecisionVerb::Reiterate},
    // Spanish infinitives, as the conclusions of the conference write them.
    {"tomar nota", DecisionVerb::TakeNote},
    {"toma nota", DecisionVerb::TakeNote},
    {"aprobar", DecisionVerb::Approve},
    {"aprueba", DecisionVerb::Approve},
    {"adoptar", DecisionVerb::Approve},
    {"agradecer", DecisionVerb::Thank},
    {"agradece", DecisionVerb::Thank},
    {"expresar su agradecimiento", DecisionVerb::Thank},
    {"instar", DecisionVerb::Urge},
    {"insta", DecisionVerb::Urge},
    {"exhortar", DecisionVerb::Urge},
    {"recomendar", DecisionVerb::Recommend},
    {"recomienda", DecisionVerb::Recommend},
    {"aceptar", DecisionVerb::Accept},
    {"acepta", DecisionVerb::Accept},
    {"alentar", DecisionVerb::Encourage},
    {"animar", DecisionVerb::Encourage},
    {"incentivar", DecisionVerb::Encourage},
    {"felicitar", DecisionVerb::Congratulate},
    {"felicita", DecisionVerb::Congratulate},
    {"dar la bienvenida", DecisionVerb::Welcome},
    {"acoger", DecisionVerb::Welcome},
    {"saludar", DecisionVerb::Welcome},
    {"reconocer", DecisionVerb::Recognize},
    {"reconoce", DecisionVerb::Recognize},
    {"hacer un llamado", DecisionVerb::CallFor},
    {"llamar a", DecisionVerb::CallFor},
    {"iniciar", DecisionVerb::Initiate},
    {"actualizar", DecisionVerb::Update},
    {"solicitar", DecisionVerb::Request},
    {"solicita", DecisionVerb::Request},
    {"pedir", DecisionVerb::Request},
    {"invitar", DecisionVerb::Invite},
    {"invita", DecisionVerb::Invite},
    {"reiterar", DecisionVerb::Reiterate},
    {"reitera", DecisionVerb::Reiterate},
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool startsWithWord(const QString &folded, qsizetype at, QLatin1String phrase)
{
    if (folded.size() - at < phrase.size())
        return false;
    if (QStringView(folded).mid(at, phrase.size()) != phrase)
        return false;
    const qsizetype end = at + phrase.size();
    return end >= folded.size() || !isWordChar(folded.at(end));
}

struct VerbHit
{
    DecisionVerb verb = DecisionVerb::Other;
    qsizetype end = -1;
};

// Sentence starts (and, as a second choice, clause starts after a comma).
QList<qsizetype> starts(const QString &folded, bool clauses)
{
    QList<qsizetype> out{0};
    for (qsizetype i = 1; i + 1 < folded.size(); ++i) {
        const QChar c = folded.at(i - 1);
        if (folded.at(i) != QLatin1Char(' '))
            continue;
        if (c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char(':') ||
            (clauses && c == QLatin1Char(',')))
            out.append(i + 1);
    }
    return out;
}

std::optional<VerbHit> findVerb(const QString &text, bool impersonalOnly)
{
    const QString folded = fold(text);
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype at : starts(folded, pass == 1)) {
            while (at < folded.size() && !isWordChar(folded.at(at)))
                ++at;
            for (const VerbWord &w : impersonalVerbs) {
                const QLatin1String phrase(w.phrase);
                if (startsWithWord(folded, at, phrase))
                    return VerbHit{w.verb, at + phrase.size()};
            }
            if (impersonalOnly)
                continue;
            qsizetype v = at;
            if (startsWithWord(folded, v, QLatin1String("to")))
                v += 3;
            for (const VerbWord &w : verbs) {
                const QLatin1String phrase(w.phrase);
                if (startsWithWord(folded, v, phrase))
                    return VerbHit{w.verb, v + phrase.size()};
            }
        }
    }
    return std::nullopt;
}

const char *const monthNames[][2] = {
    {"january", "enero"},   {"february", "febrero"},   {"march", "marzo"},
    {"april", "abril"},     {"may", "mayo"},           {"june", "junio"},
    {"july", "julio"},      {"august", "agosto"},      {"september", "septiembre"},
    {"october", "octubre"}, {"november", "noviembre"}, {"december", "diciembre"},
};

int monthOf(const QString &word)
{
    for (int m = 0; m < 12; ++m) {
        if (word == QLatin1String(monthNames[m][0]) || word == QLatin1String(monthNames[m][1]))
            return m + 1;
    }
    if (word == QLatin1String("setiembre"))
        return 9;
    return 0;
}

const QString &monthPattern()
{
    static const QString pattern = [] {
        QStringList names{QStringLiteral("setiembre")};
        for (const auto &m : monthNames) {
            names.append(QLatin1String(m[0]));
            names.append(QLatin1String(m[1]));
        }
        return names.join(QLatin1Char('|'));
    }();
    return pattern;
}

int ordinal(const QString &word)
{
    static const QHash<QString, int> words = {
        {QStringLiteral("first"), 1},   {QStringLiteral("1st"), 1},     {QStringLiteral("primer"), 1},
        {QStringLiteral("primero"), 1}, {QStringLiteral("second"), 2},  {QStringLiteral("2nd"), 2},
        {QStringLiteral("segundo"), 2}, {QStringLiteral("third"), 3},   {QStringLiteral("3rd"), 3},
        {QStringLiteral("tercer"), 3},  {QStringLiteral("tercero"), 3}, {QStringLiteral("fourth"), 4},
        {QStringLiteral("4th"), 4},     {QStringLiteral("cuarto"), 4},  {QStringLiteral("last"), 4},
        {QStringLiteral("ultimo"), 4}};
    return words.value(word);
}

// A period in words at the start of `s` (folded): the last day of it.
QDate readPeriod(QString s)
{
    static const QRegularExpression lead(
        QStringLiteral("^(?:(?:the|el|la|en|del|de)\\s+)*(?:(?:end|fin|final|finales|cierre)\\s+(?:of|de|del)\\s+)?"
                       "(?:(?:the|el|la)\\s+)?"));
    s.remove(lead);
    const QString yearTail = QStringLiteral("(?:\\s+(?:of|de|del))?(?:\\s+(?:the|el))?(?:\\s+(?:year|ano))?"
                                            "(?:\\s+(?:de|del))?\\s+(\\d{4})\\b");
    static const QRegularExpression quarter(
        QStringLiteral("^(first|second|third|fourth|last|1st|2nd|3rd|4th|primer|primero|segundo|tercer|tercero|"
                       "cuarto|ultimo)\\s+(?:quarter|trimestre)") +
        yearTail);
    static const QRegularExpression half(
        QStringLiteral("^(first|second|primer|segundo)\\s+(?:half|semester|semestre)") + yearTail);
    static const QRegularExpression month(QStringLiteral("^(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+|de\\s+)?)?(") +
                                          monthPattern() +
                                          QStringLiteral(")(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?(?:\\s+(?:of|de|del))?"
                                                         "\\s+(\\d{4})\\b"));
    static const QRegularExpression year(QStringLiteral("^(?:(?:year|ano)\\s+)?(?:(?:de|del)\\s+)?(\\d{4})\\b"));
    if (const auto m = quarter.match(s); m.hasMatch()) {
        const int q = ordinal(m.captured(1));
        const QDate first(m.captured(2).toInt(), q * 3, 1);
        return first.isValid() ? QDate(first.year(), first.month(), first.daysInMonth()) : QDate();
    }
    if (const auto m = half.match(s); m.hasMatch())
        return QDate(m.captured(2).toInt(), ordinal(m.captured(1)) == 1 ? 6 : 12,
                     ordinal(m.captured(1)) == 1 ? 30 : 31);
    if (const auto m = month.match(s); m.hasMatch()) {
        const int y = m.captured(4).toInt();
        const int mo = monthOf(m.captured(2));
        const QString day = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
        if (!day.isEmpty())
            return QDate(y, mo, day.toInt());
        const QDate first(y, mo, 1);
        return first.isValid() ? QDate(y, mo, first.daysInMonth()) : QDate();
    }
    if (const auto m = year.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), 12, 31);
    return {};
}

bool has(const QString &folded, const char *word)
{
    return folded.contains(QLatin1String(word));
}

} // namespace

QString fold(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (u >= 'A' && u <= 'Z')
                c = QChar(char16_t(u + 32));
            continue;
        }
        if (c.decompositionTag() == QChar::Canonical) {
            const QString d = c.decomposition();
            if (!d.isEmpty() && !d.at(0).isSurrogate())
                c = d.at(0);
        }
        if (!c.isSurrogate())
            c = c.toCaseFolded();
    }
    return out;
}

Language detectLanguage(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b(the|of|and|to|with|for|de|la|el|los|las|y|para|con)\\b"));
    int english = 0;
    int spanish = 0;
    const QString folded = fold(text.left(20000));
    auto it = words.globalMatch(folded);
    while (it.hasNext()) {
        const QString w = it.next().captured(1);
        if (w == QLatin1String("the") || w == QLatin1String("of") || w == QLatin1String("and") ||
            w == QLatin1String("to") || w == QLatin1String("with") || w == QLatin1String("for"))
            ++english;
        else
            ++spanish;
    }
    return spanish > english ? Language::Spanish : Language::English;
}

std::optional<DecisionVerb> classifyVerb(const QString &text, bool impersonalOnly)
{
    if (const auto hit = findVerb(text, impersonalOnly))
        return hit->verb;
    return std::nullopt;
}

qsizetype verbPhraseEnd(const QString &text)
{
    const auto hit = findVerb(text, false);
    return hit ? hit->end : -1;
}

DecisionStatus defaultStatus(DecisionVerb verb)
{
    switch (verb) {
    case DecisionVerb::Approve:
    case DecisionVerb::Thank:
    case DecisionVerb::TakeNote:
    case DecisionVerb::Congratulate:
    case DecisionVerb::Welcome:
    case DecisionVerb::Recognize:
        return DecisionStatus::NoFollowUp;
    default:
        return DecisionStatus::Open;
    }
}

Deadline findDeadline(const QString &text)
{
    static const QRegularExpression cue(
        QStringLiteral("\\b(?:no later than|not later than|by the end of|before the end of|by|before|until|"
                       "a mas tardar(?: en)?|antes de(?:l)?|a finales de(?:l)?|al final de(?:l)?|hasta(?: el)?)\\s+"));
    static const QRegularExpression dateish(QStringLiteral("\\b(?:quarter|trimestre|semester|semestre|half|year|ano|"
                                                           "\\d{4}|") +
                                            monthPattern() + QStringLiteral(")\\b"));
    const QString folded = fold(text);
    Deadline d;
    auto it = cue.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString after = folded.mid(m.capturedEnd(), 60);
        if (!dateish.match(after).hasMatch())
            continue;
        d.mentioned = true;
        const QDate date = readPeriod(folded.mid(m.capturedEnd(), 100));
        if (date.isValid()) {
            d.date = date;
            return d;
        }
    }
    return d;
}

QList<QDate> findDates(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\b(?:(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?|(") +
                                          monthPattern() + QStringLiteral("))\\b"));
    const QString folded = fold(text);
    QList<QDate> dates;
    struct Tok
    {
        int day = 0;
        int month = 0;
    };
    QList<Tok> pending;
    qsizetype lastEnd = -1;
    auto it = token.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        if (lastEnd >= 0 && m.capturedStart() - lastEnd > 30)
            pending.clear(); // too far from the last one to belong to the same date
        lastEnd = m.capturedEnd();
        if (!m.captured(1).isEmpty()) {
            const int year = m.captured(1).toInt();
            const bool monthFirst = !pending.isEmpty() && pending.first().month != 0;
            QList<int> days;
            int month = 0;
            for (const Tok &t : std::as_const(pending)) {
                if (t.month != 0) {
                    if (!monthFirst) {
                        for (int day : std::as_const(days))
                            dates.append(QDate(year, t.month, day));
                        days.clear();
                    }
                    month = t.month;
                } else if (monthFirst) {
                    dates.append(QDate(year, month, t.day));
                } else {
                    days.append(t.day);
                }
            }
            pending.clear();
            continue;
        }
        Tok t;
        if (!m.captured(2).isEmpty())
            t.day = m.captured(2).toInt();
        else
            t.month = monthOf(m.captured(3));
        if (t.day > 31)
            continue;
        pending.append(t);
        if (pending.size() > 8)
            pending.removeFirst();
    }
    dates.erase(std::remove_if(dates.begin(), dates.end(), [](const QDate &d) { return !d.isValid(); }), dates.end());
    return dates;
}

ActivityKind activityKind(const QString &text)
{
    const QString f = fold(text);
    if (has(f, "workshop") || has(f, "taller"))
        return ActivityKind::Workshop;
    if (has(f, "course") || has(f, "diploma") || has(f, "curso") || has(f, "diplomado"))
        return ActivityKind::Course;
    if (has(f, "congress") || has(f, "congreso"))
        return ActivityKind::Congress;
    if (has(f, "technical exchange") || has(f, "intercambio tecnico"))
        return ActivityKind::TechnicalExchange;
    if (has(f, "campaign") || has(f, "campana"))
        return ActivityKind::Campaign;
    if (has(f, "meeting") || has(f, "reunion") || has(f, "forum") || has(f, "foro"))
        return ActivityKind::Meeting;
    if (has(f, "strategy") || has(f, "estrategia"))
        return ActivityKind::Strategy;
    static const QRegularExpression plan(QStringLiteral("\\bplan\\b"));
    if (f.contains(plan))
        return ActivityKind::Plan;
    if (has(f, "mechanism") || has(f, "mecanismo"))
        return ActivityKind::Mechanism;
    if (has(f, "framework") || has(f, "marco"))
        return ActivityKind::Framework;
    if (has(f, "follow up") || has(f, "follow-up") || has(f, "seguimiento"))
        return ActivityKind::FollowUp;
    return ActivityKind::Other;
}

ActivityStatus activityStatus(const QString &text)
{
    const QString f = fold(text).trimmed();
    static const QRegularExpression ongoing(
        QStringLiteral("^(?:to\\s+)?(?:continu|follow[ -]up|dar seguimiento|seguimiento|continuar|continuacion)"));
    return ongoing.match(f).hasMatch() ? ActivityStatus::InProgress : ActivityStatus::Planned;
}

MeetingKind meetingKind(const QString &text)
{
    const QString f = fold(text);
    if (has(f, "consultation group") || has(f, "grupo regional de consulta") || has(f, "rcgm") || has(f, "grcm"))
        return MeetingKind::Rcgm;
    if (has(f, "vice-ministerial") || has(f, "viceministerial") || has(f, "vice ministerial"))
        return MeetingKind::ViceMinisterial;
    if (has(f, "plenary") || has(f, "plenaria"))
        return MeetingKind::JointPlenary;
    if (has(f, "workshop") || has(f, "taller"))
        return MeetingKind::Workshop;
    if (has(f, "course") || has(f, "curso"))
        return MeetingKind::Course;
    if (has(f, "congress") || has(f, "congreso"))
        return MeetingKind::Congress;
    if (has(f, "technical exchange") || has(f, "intercambio tecnico"))
        return MeetingKind::TechnicalExchange;
    if (has(f, "bilateral") || has(f, "trilateral"))
        return MeetingKind::Bilateral;
    if (has(f, "forum") || has(f, "foro"))
        return MeetingKind::Forum;
    return MeetingKind::Other;
}

DocumentKind documentKind(const QString &text)
{
    const QString f = fold(text);
    if (has(f, "guidelines") || has(f, "lineamientos") || has(f, "directrices"))
        return DocumentKind::Guidelines;
    if (has(f, "guide") || has(f, "guia"))
        return DocumentKind::Guide;
    if (has(f, "budget") || has(f, "presupuesto"))
        return DocumentKind::Budget;
    if (has(f, "report") || has(f, "informe"))
        return DocumentKind::Report;
    if (has(f, "plan"))
        return DocumentKind::Plan;
    return DocumentKind::Other;
}

bool isStructuralHeading(const QString &text)
{
    const QString f = fold(text);
    return has(f, "structural meeting") || has(f, "reuniones estructurales") || has(f, "reunion estructural");
}

} // namespace pd::conclusions
