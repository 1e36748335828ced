// ParsedConclusions as JSON, its small look-ups, and the parser's context from a
// profile file.

#include "ParsedConclusions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue code(const QString &c)
{
    return c.isEmpty() ? QJsonValue() : QJsonValue(c);
}

QJsonArray codes(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int ParsedConclusions::conclusionCount() const
{
    return int(
        std::count_if(decisions.cbegin(), decisions.cend(), [](const ParsedDecision &d) { return d.level == 0; }));
}

const ParsedDecision *ParsedConclusions::decision(const QString &number) const
{
    for (const ParsedDecision &d : decisions) {
        if (d.number == number)
            return &d;
    }
    return nullptr;
}

const ParsedActivity *ParsedConclusions::activity(const QString &code) const
{
    for (const ParsedActivity &a : activities) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

QStringList ParsedConclusions::childNumbers(const QString &number) const
{
    QStringList out;
    for (const ParsedDecision &d : decisions) {
        if (d.parentNumber == number)
            out.append(d.number);
    }
    return out;
}

QJsonObject ParsedConclusions::toJson() const
{
    QJsonObject m;
    m.insert(QStringLiteral("body"), meeting.body);
    m.insert(QStringLiteral("kind"), enumKey(meeting.kind));
    m.insert(QStringLiteral("title"), meeting.title);
    m.insert(QStringLiteral("start"), date(meeting.start));
    m.insert(QStringLiteral("end"), date(meeting.end));
    m.insert(QStringLiteral("city"), meeting.city);
    m.insert(QStringLiteral("country"), code(meeting.countryCode));
    m.insert(QStringLiteral("mode"), code(enumKey(meeting.mode)));
    m.insert(QStringLiteral("participants"), codes(meeting.participants));
    m.insert(QStringLiteral("line"), meeting.line);

    QJsonArray ds;
    for (const ParsedDecision &d : decisions) {
        QJsonObject o;
        o.insert(QStringLiteral("included"), d.included);
        o.insert(QStringLiteral("number"), d.number);
        o.insert(QStringLiteral("parent"), code(d.parentNumber));
        o.insert(QStringLiteral("level"), d.level);
        o.insert(QStringLiteral("heading"), code(d.heading));
        o.insert(QStringLiteral("working_group"), code(d.groupCode));
        o.insert(QStringLiteral("structural"), d.structural);
        o.insert(QStringLiteral("verb"), enumKey(d.verb));
        o.insert(QStringLiteral("text"), d.text);
        o.insert(QStringLiteral("parties"), codes(d.parties));
        o.insert(QStringLiteral("owner"), code(d.owner));
        o.insert(QStringLiteral("due"), date(d.due));
        o.insert(QStringLiteral("status"), enumKey(d.status));
        o.insert(QStringLiteral("line"), d.line);
        ds.append(o);
    }
    QJsonArray as;
    for (const ParsedActivity &a : activities) {
        QJsonObject o;
        o.insert(QStringLiteral("included"), a.included);
        o.insert(QStringLiteral("code"), a.code);
        o.insert(QStringLiteral("parent"), code(a.parentCode));
        o.insert(QStringLiteral("working_group"), code(a.groupCode));
        o.insert(QStringLiteral("kind"), enumKey(a.kind));
        o.insert(QStringLiteral("status"), enumKey(a.status));
        o.insert(QStringLiteral("title"), a.title);
        o.insert(QStringLiteral("description"), a.description);
        o.insert(QStringLiteral("host"), code(a.host));
        o.insert(QStringLiteral("lead"), code(a.lead));
        o.insert(QStringLiteral("supporters"), codes(a.supporters));
        o.insert(QStringLiteral("meeting"), a.isMeeting ? QJsonValue(enumKey(a.meetingKind)) : QJsonValue());
        o.insert(QStringLiteral("line"), a.line);
        as.append(o);
    }
    QJsonArray docs;
    for (const ParsedDocument &d : documents) {
        QJsonObject o;
        o.insert(QStringLiteral("included"), d.included);
        o.insert(QStringLiteral("title"), d.title);
        o.insert(QStringLiteral("kind"), enumKey(d.kind));
        o.insert(QStringLiteral("state"), enumKey(d.state));
        o.insert(QStringLiteral("working_group"), code(d.groupCode));
        o.insert(QStringLiteral("review_deadline"), date(d.reviewDeadline));
        o.insert(QStringLiteral("decision"), code(d.decisionNumber));
        QJsonArray cs;
        for (const ParsedConsultation &c : d.consultations) {
            QJsonObject co;
            co.insert(QStringLiteral("party"), c.party);
            co.insert(QStringLiteral("state"), enumKey(c.state));
            co.insert(QStringLiteral("requested_until"), date(c.requestedUntil));
            co.insert(QStringLiteral("note"), c.note);
            cs.append(co);
        }
        o.insert(QStringLiteral("consultations"), cs);
        o.insert(QStringLiteral("line"), d.line);
        docs.append(o);
    }
    QJsonArray ws;
    for (const ConclusionsWarning &w : warnings) {
        QJsonObject o;
        o.insert(QStringLiteral("line"), w.line);
        o.insert(QStringLiteral("source"), w.source);
        o.insert(QStringLiteral("message"), w.message);
        ws.append(o);
    }
    QJsonArray ns;
    for (const ConclusionsNoise &n : noise)
        ns.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("text"), n.text}});

    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("language"),
                language == Language::Spanish ? QStringLiteral("es") : QStringLiteral("en"));
    root.insert(QStringLiteral("meeting"), m);
    root.insert(QStringLiteral("conclusions"), conclusionCount());
    root.insert(QStringLiteral("decisions"), ds);
    root.insert(QStringLiteral("activities"), as);
    root.insert(QStringLiteral("documents"), docs);
    root.insert(QStringLiteral("warnings"), ws);
    root.insert(QStringLiteral("noise"), ns);
    return root;
}

ConclusionsContext ConclusionsContext::fromProfileJson(const QByteArray &json)
{
    ConclusionsContext context;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    auto str = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); };
    context.conferenceCode = str(profile, "acronym_en");
    for (const char *key : {"name_en", "name_es", "acronym_en", "acronym_es"}) {
        if (!str(profile, key).isEmpty())
            context.conferenceNames.append(str(profile, key));
    }
    Party conference;
    conference.code = context.conferenceCode;
    conference.kind = PartyKind::Conference;
    conference.nameEn = str(profile, "name_en");
    conference.nameEs = str(profile, "name_es");
    conference.acronymEn = str(profile, "acronym_en");
    conference.acronymEs = str(profile, "acronym_es");
    if (!conference.code.isEmpty())
        context.parties.append(conference);
    for (const QJsonValue &v : root.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject o = v.toObject();
        Party p;
        p.code = str(o, "code");
        p.kind = enumFromKey<PartyKind>(str(o, "kind")).value_or(PartyKind::Country);
        p.nameEn = str(o, "name_en");
        p.nameEs = str(o, "name_es");
        p.acronymEn = str(o, "acronym_en");
        p.acronymEs = str(o, "acronym_es");
        context.parties.append(p);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("working_groups")).toArray()) {
        const QJsonObject o = v.toObject();
        context.groups.append({str(o, "code"), str(o, "name_en"), str(o, "name_es")});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("presidencies")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("conference")).isNull())
            continue;
        if (str(o, "status") == QLatin1String("current"))
            context.presidencyCode = str(o, "party");
        else if (str(o, "status") == QLatin1String("incoming"))
            context.incomingPresidencyCode = str(o, "party");
    }
    return context;
}

} // namespace pd
