#include "ConclusionsImport.h"

#include "ConclusionsImporter.h"

#include "commands/EditCommand.h"
#include "storage/Repositories.h"

namespace pd {

namespace {

using conclusions::Importer;

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
        // Forwards: the records added, then the texts filled in; backwards the other way.
        if (forward) {
            for (const Added &a : m_importer.order) {
                if (Status s = write(a, true); !s)
                    return s;
            }
            for (const Added &f : m_importer.fillOrder) {
                if (Status s = refill(f, true); !s)
                    return s;
            }
        } else {
            for (auto it = m_importer.fillOrder.crbegin(); it != m_importer.fillOrder.crend(); ++it) {
                if (Status s = refill(*it, false); !s)
                    return s;
            }
            for (auto it = m_importer.order.crbegin(); it != m_importer.order.crend(); ++it) {
                if (Status s = write(*it, false); !s)
                    return s;
            }
        }
        return {};
    }

private:
    Status write(const Importer::Added &a, bool forward)
    {
        switch (a.type) {
        case Importer::MeetingRecord:
            return step(m_repos.meetings(), m_importer.meetings[a.index], forward);
        case Importer::DecisionRecord:
            return step(m_repos.decisions(), m_importer.decisions[a.index], forward);
        case Importer::ActivityRecord:
            return step(m_repos.activities(), m_importer.activities[a.index], forward);
        case Importer::DocumentRecord:
            return step(m_repos.documents(), m_importer.documents[a.index], forward);
        }
        return {};
    }
    Status refill(const Importer::Added &f, bool forward)
    {
        switch (f.type) {
        case Importer::MeetingRecord:
            return restep(m_repos.meetings(), m_importer.meetingFills.at(f.index), forward);
        case Importer::DecisionRecord:
            return restep(m_repos.decisions(), m_importer.decisionFills.at(f.index), forward);
        case Importer::ActivityRecord:
            return restep(m_repos.activities(), m_importer.activityFills.at(f.index), forward);
        case Importer::DocumentRecord:
            return restep(m_repos.documents(), m_importer.documentFills.at(f.index), forward);
        }
        return {};
    }
    template <typename T>
    static Status step(AggregateRepository<T> &repository, T &record, bool forward)
    {
        return forward ? repository.add(record) : repository.remove(record.id);
    }
    template <typename T>
    static Status restep(AggregateRepository<T> &repository, const Importer::Fill<T> &fill, bool forward)
    {
        return repository.update(forward ? fill.after : fill.before);
    }

    Repositories &m_repos;
    const ParsedConclusions m_parsed; // a copy: the preview may change after the import
    ConclusionsImportSummary *m_summary;
    Importer m_importer;
    bool m_planned = false;
};

} // namespace

QString presenceKey(ConclusionsItemPresence::State state)
{
    switch (state) {
    case ConclusionsItemPresence::State::New:
        return QStringLiteral("new");
    case ConclusionsItemPresence::State::Present:
        return QStringLiteral("present");
    case ConclusionsItemPresence::State::AddsText:
        return QStringLiteral("adds_text");
    case ConclusionsItemPresence::State::LeftOut:
        break;
    }
    return QStringLiteral("left_out");
}

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
