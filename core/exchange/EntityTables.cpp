#include "EntityTables.h"

#include "storage/Repositories.h"

#include <QHash>

namespace pd {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullable(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

// Lookups from ids to the readable keys used in listings, read once per table.
struct Names
{
    explicit Names(Repositories &repos)
    {
        for (const Party &p : repos.parties().all())
            parties.insert(p.id, p.code);
        for (const WorkingGroup &g : repos.workingGroups().all())
            groups.insert(g.id, g.code);
    }
    QVariant party(qint64 id) const { return id ? QVariant(parties.value(id)) : QVariant(); }
    QVariant group(qint64 id) const { return id ? QVariant(groups.value(id)) : QVariant(); }
    QStringList partyList(const QList<qint64> &ids) const
    {
        QStringList codes;
        for (qint64 id : ids)
            codes.append(parties.value(id));
        return codes;
    }
    QHash<qint64, QString> parties, groups;
};

RecordTable parties(EntityRecords &records)
{
    Repositories &repos = records.repos();
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("name_en"),
                   QStringLiteral("name_es"), QStringLiteral("acronym_en"), QStringLiteral("acronym_es"),
                   QStringLiteral("member")},
                  {}};
    for (const Party &p : repos.parties().all())
        t.rows.append({p.uid, enumKey(p.kind), p.code, p.name.en, nullable(p.name.es), nullable(p.acronym.en),
                       nullable(p.acronym.es), p.member});
    return t;
}

RecordTable meetings(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("title_en"),
                   QStringLiteral("title_es"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                   QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("venue_city"),
                   QStringLiteral("host"), QStringLiteral("mode"), QStringLiteral("status"),
                   QStringLiteral("working_group"), QStringLiteral("participants")},
                  {}};
    for (const Meeting &m : records.meetings()) {
        QStringList participants;
        for (const Participant &p : m.participants)
            participants.append(names.parties.value(p.partyId));
        t.rows.append({m.uid, nullable(m.code), enumKey(m.kind), m.title.en, nullable(m.title.es),
                       nullable(m.startDate), nullable(m.endDate), nullable(m.startTime), nullable(m.endTime),
                       nullable(m.venueCity), names.party(m.hostId), nullable(enumKey(m.mode)), enumKey(m.status),
                       names.group(m.workingGroupId), participants});
    }
    return t;
}

RecordTable activities(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    QHash<qint64, QString> meetingUids;
    for (const Meeting &m : records.meetings())
        meetingUids.insert(m.id, m.uid);
    QHash<qint64, QString> decisionNumbers;
    for (const Decision &d : records.decisions())
        decisionNumbers.insert(d.id, d.number);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("code"), QStringLiteral("working_group"),
                   QStringLiteral("kind"), QStringLiteral("title_en"), QStringLiteral("title_es"),
                   QStringLiteral("status"), QStringLiteral("lead"), QStringLiteral("host"),
                   QStringLiteral("supporters"), QStringLiteral("target_start"), QStringLiteral("target_end"),
                   QStringLiteral("progress"), QStringLiteral("funding_needed"), QStringLiteral("currency"),
                   QStringLiteral("meeting_uid"), QStringLiteral("decision")},
                  {}};
    for (const Activity &a : records.activities())
        t.rows.append({a.uid, a.code, names.group(a.workingGroupId), enumKey(a.kind), a.title.en, nullable(a.title.es),
                       enumKey(a.status), names.party(a.leadId), names.party(a.hostId), names.partyList(a.supporterIds),
                       nullable(a.targetStart), nullable(a.targetEnd), a.progress,
                       a.fundingNeeded ? QVariant(*a.fundingNeeded) : QVariant(), nullable(a.currency),
                       nullable(meetingUids.value(a.meetingId)), nullable(decisionNumbers.value(a.decisionId))});
    return t;
}

RecordTable documents(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("title_en"),
                   QStringLiteral("title_es"), QStringLiteral("state"), QStringLiteral("working_group"),
                   QStringLiteral("review_deadline"), QStringLiteral("no_objection"), QStringLiteral("consulted")},
                  {}};
    for (const Document &d : records.documents()) {
        int agreed = 0;
        for (const Consultation &c : d.consultations)
            agreed += c.state == ConsultationState::NoObjection ? 1 : 0;
        t.rows.append({d.uid, nullable(d.code), enumKey(d.kind), d.title.en, nullable(d.title.es), enumKey(d.state),
                       names.group(d.workingGroupId), nullable(d.reviewDeadline), agreed, int(d.consultations.size())});
    }
    return t;
}

RecordTable consultations(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("document_uid"), QStringLiteral("document"),
                   QStringLiteral("party"), QStringLiteral("state"), QStringLiteral("requested_until"),
                   QStringLiteral("replied_on"), QStringLiteral("note")},
                  {}};
    for (const Document &d : records.documents()) {
        for (const Consultation &c : d.consultations)
            t.rows.append({c.uid, d.uid, d.title.en, names.party(c.partyId), enumKey(c.state),
                           nullable(c.requestedUntil), nullable(c.repliedOn), nullable(c.note)});
    }
    return t;
}

RecordTable decisions(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    QHash<qint64, QString> meetingUids;
    for (const Meeting &m : records.meetings())
        meetingUids.insert(m.id, m.uid);
    const QList<Decision> &all = records.decisions();
    QHash<qint64, QString> uids;
    for (const Decision &d : all)
        uids.insert(d.id, d.uid);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("meeting_uid"), QStringLiteral("number"),
                   QStringLiteral("parent_uid"), QStringLiteral("heading_en"), QStringLiteral("verb"),
                   QStringLiteral("text_en"), QStringLiteral("text_es"), QStringLiteral("parties"),
                   QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("status")},
                  {}};
    for (const Decision &d : all)
        t.rows.append({d.uid, nullable(meetingUids.value(d.meetingId)), d.number, nullable(uids.value(d.parentId)),
                       nullable(d.heading.en), enumKey(d.verb), d.text.en, nullable(d.text.es),
                       names.partyList(d.partyIds), names.party(d.ownerId), nullable(d.due), enumKey(d.status)});
    return t;
}

RecordTable contributions(EntityRecords &records)
{
    Repositories &repos = records.repos();
    const Names names(repos);
    QHash<qint64, QString> funds;
    for (const Fund &f : repos.funds().all())
        funds.insert(f.id, f.code);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("party"), QStringLiteral("fund"), QStringLiteral("year"),
                   QStringLiteral("due"), QStringLiteral("paid"), QStringLiteral("outstanding"),
                   QStringLiteral("currency")},
                  {}};
    for (const Contribution &c : repos.contributions().all())
        t.rows.append({c.uid, names.party(c.partyId), funds.value(c.fundId), c.year, c.due, c.paid(), c.outstanding(),
                       c.currency});
    return t;
}

} // namespace

QStringList EntityTables::entityNames()
{
    return {QStringLiteral("meetings"),      QStringLiteral("activities"), QStringLiteral("documents"),
            QStringLiteral("consultations"), QStringLiteral("decisions"),  QStringLiteral("contributions"),
            QStringLiteral("parties")};
}

const QList<Meeting> &EntityRecords::meetings()
{
    if (!m_meetings)
        m_meetings = m_repos.meetings().all();
    return *m_meetings;
}

const QList<Activity> &EntityRecords::activities()
{
    if (!m_activities)
        m_activities = m_repos.activities().all();
    return *m_activities;
}

const QList<Decision> &EntityRecords::decisions()
{
    if (!m_decisions)
        m_decisions = m_repos.decisions().all();
    return *m_decisions;
}

const QList<Document> &EntityRecords::documents()
{
    if (!m_documents)
        m_documents = m_repos.documents().all();
    return *m_documents;
}

void EntityRecords::release()
{
    m_meetings.reset();
    m_activities.reset();
    m_decisions.reset();
    m_documents.reset();
}

std::optional<RecordTable> EntityTables::build(Repositories &repos, const QString &entity)
{
    EntityRecords records(repos);
    return build(records, entity);
}

std::optional<RecordTable> EntityTables::build(EntityRecords &records, const QString &entity)
{
    if (entity == QLatin1String("meetings"))
        return meetings(records);
    if (entity == QLatin1String("activities"))
        return activities(records);
    if (entity == QLatin1String("documents"))
        return documents(records);
    if (entity == QLatin1String("consultations"))
        return consultations(records);
    if (entity == QLatin1String("decisions"))
        return decisions(records);
    if (entity == QLatin1String("contributions"))
        return contributions(records);
    if (entity == QLatin1String("parties"))
        return parties(records);
    return std::nullopt;
}

RecordTable EntityTables::focalPoints(Repositories &repos)
{
    const Names names(repos);
    RecordTable t{{QStringLiteral("uid"), QStringLiteral("party"), QStringLiteral("name"), QStringLiteral("role"),
                   QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("personal_data"),
                   QStringLiteral("notes")},
                  {}};
    for (const FocalPoint &f : repos.focalPoints().all())
        t.rows.append({f.uid, names.party(f.partyId), f.name, nullable(f.role), nullable(f.email), nullable(f.phone),
                       f.personalData, nullable(f.notes)});
    return t;
}

} // namespace pd
