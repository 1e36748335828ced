#include "ConclusionsImporter.h"

#include "domain/TextFold.h"
#include "storage/Repositories.h"

#include <QRegularExpression>

namespace pd::conclusions {

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

} // namespace

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
Status Importer::add(AggregateRepository<T> &repository, T &record, QList<T> &list, Type type, bool write)
{
    if (write) {
        if (Status s = repository.add(record); !s)
            return s;
    }
    list.append(record);
    order.append({type, list.size() - 1});
    return {};
}

// Puts `text` into `field` in the language read when it is empty there; true when it did.
// A different text already there is kept, and said so.
bool Importer::fillText(LocalizedText &field, const QString &text, const QString &what, int line,
                        ConclusionsImportSummary &summary, bool warn) const
{
    const bool spanish = m_parsed.language == Language::Spanish;
    QString &target = spanish ? field.es : field.en;
    if (text.trimmed().isEmpty() || target.simplified() == text.simplified())
        return false;
    if (target.trimmed().isEmpty()) {
        target = text;
        return true;
    }
    if (warn && m_translating) {
        summary.warnings.append(
            {line, text,
             spanish ? ConclusionsImport::tr("%1 already has a different Spanish text; it was kept, and the text "
                                             "read was left out.")
                           .arg(what)
                     : ConclusionsImport::tr("%1 already has a different English text; it was kept, and the text "
                                             "read was left out.")
                           .arg(what)});
    }
    return false;
}

template <typename T>
Status Importer::fill(AggregateRepository<T> &repository, const T &before, const T &after, QList<Fill<T>> &list,
                      Type type, bool write)
{
    if (write) {
        if (Status s = repository.update(after); !s)
            return s;
    }
    list.append({before, after});
    fillOrder.append({type, list.size() - 1});
    return {};
}

Status Importer::run(bool write, ConclusionsImportSummary &summary)
{
    using State = ConclusionsItemPresence::State;
    const Language lang = m_parsed.language;
    for (const Party &p : m_repos.parties().all())
        m_parties.insert(p.code, p.id);
    for (const WorkingGroup &g : m_repos.workingGroups().all()) {
        m_groups.insert(g.code, g.id);
        m_groupById.insert(g.id, g);
    }
    const ParsedMeeting &pm = m_parsed.meeting;
    summary.decisions.fill({State::LeftOut, QString()}, m_parsed.decisions.size());
    summary.activities.fill({State::LeftOut, QString()}, m_parsed.activities.size());
    summary.documents.fill({State::LeftOut, QString()}, m_parsed.documents.size());

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
        summary.meeting = {State::Present, meeting->uid};
        Meeting after = *meeting;
        if (fillText(after.title, meetingTitle, ConclusionsImport::tr("The meeting"), pm.line, summary, false)) {
            if (Status s = fill(m_repos.meetings(), *meeting, after, meetingFills, MeetingRecord, write); !s)
                return s;
            summary.meeting.state = State::AddsText;
            ++summary.textsAdded;
            // Conclusions read in the other language: a text of theirs that differs from
            // the one already there is pointed out (when the meeting has its text in this
            // language, a different one is an edit made since, and left alone quietly).
            m_translating = true;
        }
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
        if (Status s = add(m_repos.meetings(), m, meetings, MeetingRecord, write); !s)
            return s;
        meeting = m;
        ++summary.meetingsAdded;
        summary.meeting = {State::New, QString()};
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
                summary.decisions[i] = {State::Present, existing->uid};
                Decision after = *existing;
                bool filled = fillText(after.text, pd.text, ConclusionsImport::tr("Decision %1").arg(pd.number),
                                       pd.line, summary);
                if (filled && after.workingGroupId == 0)
                    fillText(after.heading, pd.heading, QString(), pd.line, summary, false);
                if (filled) {
                    if (Status s = fill(m_repos.decisions(), *existing, after, decisionFills, DecisionRecord, write);
                        !s)
                        return s;
                    summary.decisions[i].state = State::AddsText;
                    ++summary.textsAdded;
                }
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
        if (Status s = add(m_repos.decisions(), d, decisions, DecisionRecord, write); !s)
            return s;
        decisionIds.insert(pd.number, d.id);
        ++summary.decisionsAdded;
        summary.decisions[i] = {State::New, QString()};
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
    for (qsizetype i = 0; i < m_parsed.activities.size(); ++i) {
        const ParsedActivity &pa = m_parsed.activities.at(i);
        if (!pa.included || (!pa.parentCode.isEmpty() && !activityIds.contains(pa.parentCode)))
            continue;
        const qint64 decisionId = excluded.contains(pa.code) ? 0 : decisionIds.value(pa.code);
        if (decisionId != 0 && activityOfDecision.contains(decisionId)) {
            const Activity existing = activityOfDecision.value(decisionId);
            activityIds.insert(pa.code, existing.id);
            ++summary.activitiesPresent;
            summary.activities[i] = {State::Present, existing.uid};
            const QString what = ConclusionsImport::tr("Activity %1").arg(pa.code);
            Activity after = existing;
            if (fillText(after.title, pa.title, what, pa.line, summary)) {
                fillText(after.description, pa.description, what, pa.line, summary, false);
                if (Status s = fill(m_repos.activities(), existing, after, activityFills, ActivityRecord, write); !s)
                    return s;
                summary.activities[i].state = State::AddsText;
                ++summary.textsAdded;
            }
            if (pa.isMeeting && meetingOfDecision.contains(decisionId)) {
                const Meeting calendar = meetingOfDecision.value(decisionId);
                Meeting afterMeeting = calendar;
                if (fillText(afterMeeting.title, pa.title, what, pa.line, summary, false)) {
                    if (Status s = fill(m_repos.meetings(), calendar, afterMeeting, meetingFills, MeetingRecord, write);
                        !s)
                        return s;
                    ++summary.textsAdded;
                }
            }
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
                if (Status s = add(m_repos.meetings(), m, meetings, MeetingRecord, write); !s)
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
        if (Status s = add(m_repos.activities(), a, activities, ActivityRecord, write); !s)
            return s;
        activityIds.insert(pa.code, a.id);
        ++summary.activitiesAdded;
        summary.activities[i] = {State::New, QString()};
    }

    // Documents, known by their title (or by the decision that named them, as the text in
    // the other language names it).
    QHash<QString, qint64> documentByTitle;
    QHash<qint64, qint64> documentOfDecision;
    QHash<qint64, Document> documentById;
    for (const Document &d : m_repos.documents().all()) {
        documentByTitle.insert(titleKey(d.title.en), d.id);
        documentByTitle.insert(titleKey(d.title.es), d.id);
        if (d.decisionId != 0 && !documentOfDecision.contains(d.decisionId))
            documentOfDecision.insert(d.decisionId, d.id);
        documentById.insert(d.id, d);
    }
    documentByTitle.remove(QString());
    const QList<Party> members = m_repos.parties().members();
    for (qsizetype i = 0; i < m_parsed.documents.size(); ++i) {
        const ParsedDocument &pdoc = m_parsed.documents.at(i);
        if (!pdoc.included)
            continue;
        const qint64 decisionId = excluded.contains(pdoc.decisionNumber) ? 0 : decisionIds.value(pdoc.decisionNumber);
        qint64 existingId = documentByTitle.value(titleKey(pdoc.title));
        if (existingId == 0 && decisionId != 0 && existingDecisions.contains(pdoc.decisionNumber))
            existingId = documentOfDecision.value(decisionId);
        if (existingId != 0 && documentById.contains(existingId)) {
            ++summary.documentsPresent;
            const Document existing = documentById.value(existingId);
            summary.documents[i] = {State::Present, existing.uid};
            Document after = existing;
            if (fillText(after.title, pdoc.title, ConclusionsImport::tr("Document “%1”").arg(pdoc.title), pdoc.line,
                         summary)) {
                if (Status s = fill(m_repos.documents(), existing, after, documentFills, DocumentRecord, write); !s)
                    return s;
                documentById.insert(existingId, after);
                summary.documents[i].state = State::AddsText;
                ++summary.textsAdded;
            }
            continue;
        }
        if (existingId != 0) {
            ++summary.documentsPresent; // added by this import, under another item
            summary.documents[i] = {State::Present, QString()};
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
        if (Status s = add(m_repos.documents(), d, documents, DocumentRecord, write); !s)
            return s;
        documentByTitle.insert(titleKey(pdoc.title), -1 - i); // not in documentById: present, no record yet
        ++summary.documentsAdded;
        summary.documents[i] = {State::New, QString()};
    }
    return {};
}

} // namespace pd::conclusions
