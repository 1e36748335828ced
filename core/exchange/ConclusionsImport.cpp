#include "ConclusionsImport.h"

#include "commands/EditCommand.h"
#include "domain/TextFold.h"
#include "storage/Repositories.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

LocalizedText inLanguage(Language language, const QString &text)
{
    return language == Language::Spanish ? LocalizedText{QString(), text} : LocalizedText{text, QString()};
}

// Titles compared without case, accents, articles or punctuation: "Updated the Regional
// Guidelines ..." is the document "Updated Regional Guidelines ...".
QString titleKey(const QString &title)
{
    static const QRegularExpression articles(QStringLiteral("\\b(?:the|a|an|el|la|los|las|del|de|of)\\b"));
    static const QRegularExpression nonWords(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString key = foldForMatching(title);
    key.replace(articles, QStringLiteral(" "));
    key.replace(nonWords, QStringLiteral(" "));
    return key.simplified();
}

// Plans the import against the database and, when writing, carries it out; the records
// it adds are kept in order so that undo removes them (last first) and redo puts them
// back under the same ids and uids.
class Importer
{
public:
    Importer(Repositories &repos, const ParsedConclusions &parsed) : m_repos(repos), m_parsed(parsed) {}

    Status run(bool write, ConclusionsImportSummary &summary);

    struct Added
    {
        enum Type
        {
            MeetingRecord,
            DecisionRecord,
            ActivityRecord,
            DocumentRecord
        } type;
        qsizetype index;
    };
    QList<Added> order;
    QList<Meeting> meetings;
    QList<Decision> decisions;
    QList<Activity> activities;
    QList<Document> documents;

private:
    qint64 party(const QString &code, int line, ConclusionsImportSummary &summary);
    QList<qint64> parties(const QStringList &codes, int line, ConclusionsImportSummary &summary);
    template <typename T>
    Status add(AggregateRepository<T> &repository, T &record, QList<T> &list, Added::Type type, bool write);

    Repositories &m_repos;
    const ParsedConclusions &m_parsed;
    QHash<QString, qint64> m_parties;
    QHash<QString, qint64> m_groups;
    QHash<qint64, WorkingGroup> m_groupById;
    QSet<QString> m_unknown;
};

qint64 Importer::party(const QString &code, int line, ConclusionsImportSummary &summary)
{
    if (code.isEmpty())
        return 0;
    const qint64 id = m_parties.value(code);
    if (id == 0 && !m_unknown.contains(code)) {
        m_unknown.insert(code);
        summary.warnings.append(
            {line, QString(), ConclusionsImport::tr("The directory has no party “%1”; it was left out.").arg(code)});
    }
    return id;
}

QList<qint64> Importer::parties(const QStringList &codes, int line, ConclusionsImportSummary &summary)
{
    QList<qint64> ids;
    for (const QString &code : codes) {
        if (const qint64 id = party(code, line, summary); id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

template <typename T>
Status Importer::add(AggregateRepository<T> &repository, T &record, QList<T> &list, Added::Type type, bool write)
{
    if (write) {
        if (Status s = repository.add(record); !s)
            return s;
    }
    list.append(record);
    order.append({type, list.size() - 1});
    return {};
}

Status Importer::run(bool write, ConclusionsImportSummary &summary)
{
    const Language lang = m_parsed.language;
    for (const Party &p : m_repos.parties().all())
        m_parties.insert(p.code, p.id);
    for (const WorkingGroup &g : m_repos.workingGroups().all()) {
        m_groups.insert(g.code, g.id);
        m_groupById.insert(g.id, g);
    }
    const ParsedMeeting &pm = m_parsed.meeting;

    // The meeting: the same kind on the same day is the same meeting.
    std::optional<Meeting> meeting;
    const QString meetingTitle = pm.body.isEmpty() ? pm.title : pm.body;
    for (const Meeting &m : m_repos.meetings().all()) {
        const bool same = pm.start.isValid() ? m.startDate == pm.start && m.kind == pm.kind
                                             : m.kind == pm.kind && m.title.text(lang) == meetingTitle;
        if (same && m.decisionId == 0) {
            meeting = m;
            break;
        }
    }
    if (meeting) {
        ++summary.meetingsPresent;
    } else {
        Meeting m;
        m.kind = pm.kind;
        m.title = inLanguage(lang, meetingTitle);
        m.startDate = pm.start;
        m.endDate = pm.end.isValid() ? pm.end : pm.start;
        m.venueCity = pm.city;
        m.hostId = party(pm.countryCode, pm.line, summary);
        m.mode = pm.mode;
        m.status =
            pm.start.isValid() && pm.start <= QDate::currentDate() ? MeetingStatus::Held : MeetingStatus::Planned;
        // The presidency and the incoming one take part in their roles.
        const auto conference = m_repos.conference();
        const auto current = m_repos.currentPresidency();
        const auto incoming =
            conference ? m_repos.presidencies().withStatus(conference->id, PresidencyStatus::Incoming) : std::nullopt;
        for (const QString &code : pm.participants) {
            const qint64 id = party(code, pm.line, summary);
            if (id == 0)
                continue;
            Participant participant{id, ParticipantRole::Member, QString()};
            if (current && current->partyId == id)
                participant.role = ParticipantRole::Presidency;
            else if (incoming && incoming->partyId == id)
                participant.role = ParticipantRole::IncomingPresidency;
            m.participants.append(participant);
        }
        if (Status s = add(m_repos.meetings(), m, meetings, Added::MeetingRecord, write); !s)
            return s;
        meeting = m;
        ++summary.meetingsAdded;
    }

    // The register.
    QHash<QString, qint64> decisionIds; // number -> id (0: new, not written)
    QSet<QString> existingDecisions;
    QSet<QString> excluded;
    for (qsizetype i = 0; i < m_parsed.decisions.size(); ++i) {
        const ParsedDecision &pd = m_parsed.decisions.at(i);
        if (!pd.included || excluded.contains(pd.parentNumber)) {
            excluded.insert(pd.number);
            continue;
        }
        if (meeting->id != 0) {
            if (const auto existing = m_repos.decisions().byNumber(meeting->id, pd.number)) {
                decisionIds.insert(pd.number, existing->id);
                existingDecisions.insert(pd.number);
                ++summary.decisionsPresent;
                continue;
            }
        }
        Decision d;
        d.meetingId = meeting->id;
        d.number = pd.number;
        d.parentId = decisionIds.value(pd.parentNumber);
        d.position = int(i);
        d.workingGroupId = m_groups.value(pd.groupCode);
        d.heading = d.workingGroupId ? m_groupById.value(d.workingGroupId).name : inLanguage(lang, pd.heading);
        d.verb = pd.verb;
        d.text = inLanguage(lang, pd.text);
        d.partyIds = parties(pd.parties, pd.line, summary);
        d.ownerId = party(pd.owner, pd.line, summary);
        d.due = pd.due;
        d.status = pd.status;
        if (Status s = add(m_repos.decisions(), d, decisions, Added::DecisionRecord, write); !s)
            return s;
        decisionIds.insert(pd.number, d.id);
        ++summary.decisionsAdded;
    }

    // The calendar: activities, and a meeting for each structural meeting.
    QHash<qint64, Activity> activityOfDecision;
    QHash<qint64, Meeting> meetingOfDecision;
    if (!existingDecisions.isEmpty()) {
        for (const Activity &a : m_repos.activities().all())
            activityOfDecision.insert(a.decisionId, a);
        for (const Meeting &m : m_repos.meetings().all())
            meetingOfDecision.insert(m.decisionId, m);
    }
    QHash<QString, qint64> activityIds;
    for (const ParsedActivity &pa : m_parsed.activities) {
        if (!pa.included || (!pa.parentCode.isEmpty() && !activityIds.contains(pa.parentCode)))
            continue;
        const qint64 decisionId = excluded.contains(pa.code) ? 0 : decisionIds.value(pa.code);
        if (decisionId != 0 && activityOfDecision.contains(decisionId)) {
            activityIds.insert(pa.code, activityOfDecision.value(decisionId).id);
            ++summary.activitiesPresent;
            continue;
        }
        qint64 calendarMeeting = 0;
        if (pa.isMeeting) {
            if (decisionId != 0 && meetingOfDecision.contains(decisionId)) {
                calendarMeeting = meetingOfDecision.value(decisionId).id;
                ++summary.meetingsPresent;
            } else {
                Meeting m;
                m.code = pa.code;
                m.kind = pa.meetingKind;
                m.title = inLanguage(lang, pa.title);
                m.hostId = party(pa.host, pa.line, summary);
                m.status = MeetingStatus::Planned;
                m.decisionId = decisionId;
                if (Status s = add(m_repos.meetings(), m, meetings, Added::MeetingRecord, write); !s)
                    return s;
                calendarMeeting = m.id;
                ++summary.meetingsAdded;
            }
        }
        Activity a;
        a.code = pa.code;
        a.parentId = activityIds.value(pa.parentCode);
        a.workingGroupId = m_groups.value(pa.groupCode);
        a.kind = pa.kind;
        a.title = inLanguage(lang, pa.title);
        a.description = inLanguage(lang, pa.description);
        a.status = pa.status;
        a.hostId = party(pa.host, pa.line, summary);
        a.leadId = party(pa.lead, pa.line, summary);
        a.supporterIds = parties(pa.supporters, pa.line, summary);
        a.meetingId = calendarMeeting;
        a.decisionId = decisionId;
        if (Status s = add(m_repos.activities(), a, activities, Added::ActivityRecord, write); !s)
            return s;
        activityIds.insert(pa.code, a.id);
        ++summary.activitiesAdded;
    }

    // Documents, known by their title (or by the decision that named them).
    QHash<QString, qint64> documentByTitle;
    QSet<qint64> documentDecisions;
    for (const Document &d : m_repos.documents().all()) {
        documentByTitle.insert(titleKey(d.title.en), d.id);
        documentByTitle.insert(titleKey(d.title.es), d.id);
        documentDecisions.insert(d.decisionId);
    }
    documentByTitle.remove(QString());
    documentDecisions.remove(0);
    const QList<Party> members = m_repos.parties().members();
    for (const ParsedDocument &pdoc : m_parsed.documents) {
        if (!pdoc.included)
            continue;
        const qint64 decisionId = excluded.contains(pdoc.decisionNumber) ? 0 : decisionIds.value(pdoc.decisionNumber);
        if (documentByTitle.contains(titleKey(pdoc.title)) ||
            (decisionId != 0 && existingDecisions.contains(pdoc.decisionNumber) &&
             documentDecisions.contains(decisionId))) {
            ++summary.documentsPresent;
            continue;
        }
        Document d;
        d.title = inLanguage(lang, pdoc.title);
        d.kind = pdoc.kind;
        d.state = pdoc.state;
        d.workingGroupId = m_groups.value(pdoc.groupCode);
        d.reviewDeadline = pdoc.reviewDeadline;
        d.decisionId = decisionId;
        QHash<qint64, Consultation> named;
        for (const ParsedConsultation &pc : pdoc.consultations) {
            Consultation c;
            c.partyId = party(pc.party, pdoc.line, summary);
            c.state = pc.state;
            c.requestedUntil = pc.requestedUntil;
            c.note = pc.note;
            if (c.partyId != 0)
                named.insert(c.partyId, c);
        }
        // Under consultation, every member is consulted; those not named are pending.
        if (pdoc.state == DocumentState::UnderConsultation) {
            for (const Party &member : members) {
                Consultation c = named.take(member.id);
                c.partyId = member.id;
                d.consultations.append(c);
            }
        }
        for (const Consultation &c : std::as_const(named))
            d.consultations.append(c);
        if (Status s = add(m_repos.documents(), d, documents, Added::DocumentRecord, write); !s)
            return s;
        documentByTitle.insert(titleKey(pdoc.title), d.id);
        ++summary.documentsAdded;
    }
    return {};
}

class ImportCommand : public EditCommand
{
public:
    ImportCommand(Repositories &repos, const ParsedConclusions &parsed, ConclusionsImportSummary *summary,
                  const QString &text)
        : EditCommand(repos.database(), text), m_repos(repos), m_parsed(parsed), m_summary(summary),
          m_importer(repos, m_parsed)
    {
    }

    Status apply(bool forward) override
    {
        if (!m_planned) {
            ConclusionsImportSummary summary;
            if (Status s = m_importer.run(true, summary); !s)
                return s;
            m_planned = true;
            if (m_summary)
                *m_summary = summary;
            m_summary = nullptr; // the caller's, valid for the first run only
            return {};
        }
        using Added = Importer::Added;
        const QList<Added> &order = m_importer.order;
        if (forward) {
            for (const Added &a : order) {
                if (Status s = write(a, true); !s)
                    return s;
            }
        } else {
            for (auto it = order.crbegin(); it != order.crend(); ++it) {
                if (Status s = write(*it, false); !s)
                    return s;
            }
        }
        return {};
    }

private:
    Status write(const Importer::Added &a, bool forward)
    {
        using Added = Importer::Added;
        switch (a.type) {
        case Added::MeetingRecord:
            return step(m_repos.meetings(), m_importer.meetings[a.index], forward);
        case Added::DecisionRecord:
            return step(m_repos.decisions(), m_importer.decisions[a.index], forward);
        case Added::ActivityRecord:
            return step(m_repos.activities(), m_importer.activities[a.index], forward);
        case Added::DocumentRecord:
            return step(m_repos.documents(), m_importer.documents[a.index], forward);
        }
        return {};
    }
    template <typename T>
    static Status step(AggregateRepository<T> &repository, T &record, bool forward)
    {
        return forward ? repository.add(record) : repository.remove(record.id);
    }

    Repositories &m_repos;
    const ParsedConclusions m_parsed; // a copy: the preview may change after the import
    ConclusionsImportSummary *m_summary;
    Importer m_importer;
    bool m_planned = false;
};

} // namespace

ConclusionsContext ConclusionsImport::context(Repositories &repos)
{
    ConclusionsContext context;
    const auto conference = repos.conference();
    for (const Party &p : repos.parties().all()) {
        ConclusionsContext::Party cp;
        cp.code = p.code;
        cp.kind = p.kind;
        cp.nameEn = p.name.en;
        cp.nameEs = p.name.es;
        cp.acronymEn = p.acronym.en;
        cp.acronymEs = p.acronym.es;
        context.parties.append(cp);
    }
    for (const WorkingGroup &g : repos.workingGroups().all())
        context.groups.append({g.code, g.name.en, g.name.es});
    if (conference) {
        context.conferenceCode = conference->code;
        for (const QString &name :
             {conference->name.en, conference->name.es, conference->acronym.en, conference->acronym.es}) {
            if (!name.isEmpty())
                context.conferenceNames.append(name);
        }
        for (const PresidencyStatus status : {PresidencyStatus::Current, PresidencyStatus::Incoming}) {
            const auto presidency = repos.presidencies().withStatus(conference->id, status);
            const auto holder = presidency ? repos.parties().byId(presidency->partyId) : std::nullopt;
            if (holder)
                (status == PresidencyStatus::Current ? context.presidencyCode : context.incomingPresidencyCode) =
                    holder->code;
        }
    }
    return context;
}

ConclusionsImportSummary ConclusionsImport::preview(Repositories &repos, const ParsedConclusions &parsed)
{
    ConclusionsImportSummary summary;
    Importer importer(repos, parsed);
    (void)importer.run(false, summary);
    return summary;
}

std::unique_ptr<EditCommand> ConclusionsImport::command(Repositories &repos, const ParsedConclusions &parsed,
                                                        ConclusionsImportSummary *summary)
{
    const QString title = parsed.meeting.body.isEmpty() ? parsed.meeting.title : parsed.meeting.body;
    const QString text = parsed.meeting.start.isValid()
                             ? tr("Import conclusions of %1, %2").arg(title, parsed.meeting.start.toString(Qt::ISODate))
                             : tr("Import conclusions of %1").arg(title);
    return std::make_unique<ImportCommand>(repos, parsed, summary, text);
}

} // namespace pd
