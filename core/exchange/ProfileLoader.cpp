#include "ProfileLoader.h"

#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

LocalizedText text(const QJsonObject &o, const char *prefix)
{
    const QString p = QLatin1String(prefix);
    return {o.value(p + QStringLiteral("_en")).toString(), o.value(p + QStringLiteral("_es")).toString()};
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

// Resolves the keys the profile uses for cross references, collecting the first
// unknown one so that a broken profile fails with a message naming it.
class Keys
{
public:
    qint64 resolve(const QHash<QString, qint64> &table, const QJsonValue &key, const char *what)
    {
        if (key.isNull() || key.isUndefined() || key.toString().isEmpty())
            return 0;
        const qint64 id = table.value(key.toString());
        if (id == 0 && m_problem.isEmpty())
            m_problem = ProfileLoader::tr("unknown %1 \"%2\" in the profile").arg(QLatin1String(what), key.toString());
        return id;
    }
    QList<qint64> resolveAll(const QHash<QString, qint64> &table, const QJsonValue &keys, const char *what)
    {
        QList<qint64> ids;
        const QJsonArray array = keys.toArray();
        for (const QJsonValue &key : array)
            ids.append(resolve(table, key, what));
        return ids;
    }
    template <typename E>
    E value(const QJsonObject &o, const char *key, E fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return fallback;
        const auto e = enumFromKey<E>(v.toString());
        if (!e && m_problem.isEmpty())
            m_problem =
                ProfileLoader::tr("unknown value \"%1\" for %2 in the profile").arg(v.toString(), QLatin1String(key));
        return e.value_or(fallback);
    }
    const QString &problem() const { return m_problem; }

    QHash<QString, qint64> parties, groups, meetings, decisions, activities;

private:
    QString m_problem;
};

} // namespace

Status ProfileLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot read the profile %1").arg(path));
    return load(file.readAll());
}

Status ProfileLoader::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Invalid, tr("the profile is not valid JSON: %1").arg(parseError.errorString()));
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return makeError(Error::Code::Invalid, tr("the profile has an unknown format"));

    Transaction tx(m_repos.database());
    if (!tx.isActive())
        return tx.error();
    Keys keys;
    auto failed = [&keys](const Status &s) { return !s || !keys.problem().isEmpty(); };
    // An unknown key explains a failure better than the constraint it then violates.
    auto failure = [&keys](const Status &s) {
        return keys.problem().isEmpty() ? s.error() : makeError(Error::Code::Invalid, keys.problem());
    };

    // The conference itself is a party, so that presidencies of sister conferences fit too.
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    Party conference;
    conference.kind = PartyKind::Conference;
    conference.code = str(profile, "acronym_en");
    conference.name = text(profile, "name");
    conference.acronym = text(profile, "acronym");
    if (Status s = m_repos.parties().add(conference); failed(s))
        return failure(s);
    if (Status s = m_repos.setConference(conference); failed(s))
        return failure(s);

    for (const QJsonValue &v : root.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject o = v.toObject();
        Party p;
        p.kind = keys.value(o, "kind", PartyKind::Country);
        p.code = str(o, "code");
        p.name = text(o, "name");
        p.acronym = text(o, "acronym");
        p.member = o.value(QStringLiteral("member")).toBool();
        if (Status s = m_repos.parties().add(p); failed(s))
            return failure(s);
        keys.parties.insert(str(o, "key"), p.id);
    }

    for (const QJsonValue &v : root.value(QStringLiteral("working_groups")).toArray()) {
        const QJsonObject o = v.toObject();
        WorkingGroup g;
        g.code = str(o, "code");
        g.name = text(o, "name");
        g.position = o.value(QStringLiteral("position")).toInt();
        if (Status s = m_repos.workingGroups().add(g); failed(s))
            return failure(s);
        keys.groups.insert(str(o, "key"), g.id);
    }

    for (const QJsonValue &v : root.value(QStringLiteral("presidencies")).toArray()) {
        const QJsonObject o = v.toObject();
        Presidency p;
        p.partyId = keys.resolve(keys.parties, o.value(QStringLiteral("party")), "party");
        const QJsonValue of = o.value(QStringLiteral("conference"));
        p.conferenceId = of.isNull() ? conference.id : keys.resolve(keys.parties, of, "conference");
        p.status = keys.value(o, "status", PresidencyStatus::Past);
        p.year = o.value(QStringLiteral("year")).toInt();
        p.start = date(o, "start");
        p.end = date(o, "end");
        if (Status s = m_repos.presidencies().add(p); failed(s))
            return failure(s);
    }

    for (const QJsonValue &v : root.value(QStringLiteral("funds")).toArray()) {
        const QJsonObject o = v.toObject();
        Fund f;
        f.code = str(o, "key");
        f.name = text(o, "name");
        f.administratorId = keys.resolve(keys.parties, o.value(QStringLiteral("administrator")), "party");
        f.currency = str(o, "currency");
        if (Status s = m_repos.funds().add(f); failed(s))
            return failure(s);
    }

    // Meetings that name the decision they come from are written after the decisions;
    // the decisions name the meeting that took them.
    const QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
    auto addMeetings = [&](bool withDecision) -> Status {
        for (const QJsonValue &v : meetings) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("decision")).isString() != withDecision)
                continue;
            Meeting m;
            m.code = str(o, "code");
            m.kind = keys.value(o, "kind", MeetingKind::Other);
            m.title = text(o, "title");
            m.startDate = date(o, "start");
            m.endDate = date(o, "end");
            m.venueCity = str(o, "venue_city");
            m.hostId = keys.resolve(keys.parties, o.value(QStringLiteral("host")), "party");
            m.mode = keys.value(o, "mode", MeetingMode::Unspecified);
            m.status = keys.value(o, "status", MeetingStatus::Planned);
            m.workingGroupId = keys.resolve(keys.groups, o.value(QStringLiteral("working_group")), "working group");
            m.decisionId = keys.resolve(keys.decisions, o.value(QStringLiteral("decision")), "decision");
            for (const QJsonValue &pv : o.value(QStringLiteral("participants")).toArray()) {
                const QJsonObject po = pv.toObject();
                m.participants.append({keys.resolve(keys.parties, po.value(QStringLiteral("party")), "party"),
                                       keys.value(po, "role", ParticipantRole::Member), QString()});
            }
            if (Status s = m_repos.meetings().add(m); failed(s))
                return failure(s);
            keys.meetings.insert(str(o, "key"), m.id);
        }
        return {};
    };
    if (Status s = addMeetings(false); !s)
        return s;

    const LocalizedText structural = text(profile, "structural_heading");
    int position = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject o = v.toObject();
        Decision d;
        d.meetingId = keys.resolve(keys.meetings, o.value(QStringLiteral("meeting")), "meeting");
        d.number = str(o, "number");
        // A sub-item's parent is its number less the last part ("7.p.i" -> "7.p").
        QString parent = str(o, "parent");
        if (parent.isEmpty() && d.number.contains(QLatin1Char('.')))
            parent = d.number.left(d.number.lastIndexOf(QLatin1Char('.')));
        d.parentId = keys.resolve(keys.decisions, parent.isEmpty() ? QJsonValue() : QJsonValue(parent), "decision");
        d.position = position++;
        const QString heading = str(o, "heading");
        if (heading == QLatin1String("STRUCTURAL")) {
            d.heading = structural;
        } else if (!heading.isEmpty()) {
            d.workingGroupId = keys.resolve(keys.groups, heading, "working group");
            if (const auto group = m_repos.workingGroups().byId(d.workingGroupId))
                d.heading = group->name;
        }
        d.verb = keys.value(o, "verb", DecisionVerb::Other);
        d.text = text(o, "text");
        d.partyIds = keys.resolveAll(keys.parties, o.value(QStringLiteral("parties")), "party");
        d.ownerId = keys.resolve(keys.parties, o.value(QStringLiteral("owner")), "party");
        d.due = date(o, "due");
        d.status = keys.value(o, "status", DecisionStatus::Open);
        if (Status s = m_repos.decisions().add(d); failed(s))
            return failure(s);
        keys.decisions.insert(d.number, d.id);
    }
    if (Status s = addMeetings(true); !s)
        return s;

    for (const QJsonValue &v : root.value(QStringLiteral("activities")).toArray()) {
        const QJsonObject o = v.toObject();
        Activity a;
        a.code = str(o, "code");
        a.parentId = keys.resolve(keys.activities, o.value(QStringLiteral("parent")), "activity");
        a.workingGroupId = keys.resolve(keys.groups, o.value(QStringLiteral("working_group")), "working group");
        a.kind = keys.value(o, "kind", ActivityKind::Other);
        a.title = text(o, "title");
        a.description = text(o, "description");
        a.status = keys.value(o, "status", ActivityStatus::Planned);
        a.leadId = keys.resolve(keys.parties, o.value(QStringLiteral("lead")), "party");
        a.hostId = keys.resolve(keys.parties, o.value(QStringLiteral("host")), "party");
        a.supporterIds = keys.resolveAll(keys.parties, o.value(QStringLiteral("supporters")), "party");
        a.meetingId = keys.resolve(keys.meetings, o.value(QStringLiteral("meeting")), "meeting");
        a.decisionId = keys.resolve(keys.decisions, o.value(QStringLiteral("decision")), "decision");
        if (Status s = m_repos.activities().add(a); failed(s))
            return failure(s);
        keys.activities.insert(a.code, a.id);
    }

    const QList<Party> members = m_repos.parties().members();
    for (const QJsonValue &v : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        Document d;
        d.code = str(o, "code");
        d.title = text(o, "title");
        d.kind = keys.value(o, "kind", DocumentKind::Other);
        d.state = keys.value(o, "state", DocumentState::Draft);
        d.workingGroupId = keys.resolve(keys.groups, o.value(QStringLiteral("working_group")), "working group");
        d.reviewDeadline = date(o, "review_deadline");
        d.decisionId = keys.resolve(keys.decisions, o.value(QStringLiteral("decision")), "decision");
        QHash<qint64, Consultation> given;
        for (const QJsonValue &cv : o.value(QStringLiteral("consultations")).toArray()) {
            const QJsonObject co = cv.toObject();
            Consultation c;
            c.partyId = keys.resolve(keys.parties, co.value(QStringLiteral("party")), "party");
            c.state = keys.value(co, "state", ConsultationState::Pending);
            c.requestedUntil = date(co, "requested_until");
            c.note = str(co, "note");
            given.insert(c.partyId, c);
        }
        // Every member is consulted; those the text says nothing about are still pending.
        if (o.value(QStringLiteral("consult_members")).toBool()) {
            for (const Party &member : members) {
                Consultation c = given.take(member.id);
                c.partyId = member.id;
                d.consultations.append(c);
            }
        }
        for (const Consultation &c : std::as_const(given))
            d.consultations.append(c);
        if (Status s = m_repos.documents().add(d); failed(s))
            return failure(s);
    }
    return tx.commit();
}

} // namespace pd
