// The decision register's edits: the follow-up of a conclusion (owner, due date,
// status) and carrying an open follow-up into the agenda of a later meeting.

#include "Editor.h"

#include "EditorSaveRecord.h"
#include "RecordCommand.h"
#include "domain/FollowUp.h"
#include "storage/Repositories.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace pd {

namespace {

QString decisionName(const Decision &decision)
{
    if (!decision.number.isEmpty())
        return decision.number;
    const QString text = decision.text.text(Language::English);
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

QString shortMeetingName(const Meeting &meeting)
{
    const QString title = meeting.title.text(Language::English);
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}

// "Follow-up of conclusion 7.h: Workshop on Reintegration, in México, …"
QString followUpTitle(const QString &lead, const Decision &decision, Language language)
{
    constexpr int MaxText = 120;
    QString text = decision.text.text(language).simplified();
    if (text.size() > MaxText)
        text = text.left(MaxText - 1).trimmed() + QChar(0x2026);
    return text.isEmpty() ? lead.arg(decision.number) : lead.arg(decision.number) + QStringLiteral(": ") + text;
}
// A change of status or of follow-up (owner, due date) of some decisions. A burst of
// them on the same decisions (stepping through a combo box with the arrow keys) merges
// into one undo step that goes back to where the burst started.
class FollowUpCommand : public EditCommand
{
public:
    enum Kind
    {
        StatusKind = 1,
        FollowUpKind = 2
    };
    static constexpr qint64 MergeWindowMs = 2000;

    FollowUpCommand(Database &db, DecisionRepository &repository, Kind kind,
                    QList<std::pair<Decision, Decision>> changes, const QString &text)
        : EditCommand(db, text), m_repository(repository), m_kind(kind), m_changes(std::move(changes)),
          m_timer(QDateTime::currentMSecsSinceEpoch())
    {
    }

    int id() const override { return 0x44454300 + m_kind; } // "DEC"

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const FollowUpCommand *>(other);
        if (!next || next->m_kind != m_kind || next->m_changes.size() != m_changes.size() ||
            next->m_timer - m_timer > MergeWindowMs)
            return false;
        for (qsizetype i = 0; i < m_changes.size(); ++i) {
            if (next->m_changes.at(i).first.uid != m_changes.at(i).first.uid)
                return false;
        }
        for (qsizetype i = 0; i < m_changes.size(); ++i)
            m_changes[i].second = next->m_changes.at(i).second;
        m_timer = next->m_timer;
        setText(next->text());
        // A burst that ends where it started is no step at all.
        const bool unchanged = std::all_of(m_changes.cbegin(), m_changes.cend(), [this](const auto &change) {
            const auto &[before, after] = change;
            return m_kind == StatusKind ? before.status == after.status
                                        : before.ownerId == after.ownerId && before.due == after.due;
        });
        setObsolete(unchanged);
        return true;
    }

    Status apply(bool forward) override
    {
        for (const auto &[before, after] : std::as_const(m_changes)) {
            if (Status s = m_repository.update(forward ? after : before); !s)
                return s;
        }
        return {};
    }

private:
    DecisionRepository &m_repository;
    Kind m_kind;
    QList<std::pair<Decision, Decision>> m_changes;
    qint64 m_timer;
};

} // namespace

Status Editor::updateDecision(const Decision &decision)
{
    const auto before = m_repos.decisions().byId(decision.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The decision no longer exists."));
    return saveRecord<Decision>(m_repos.decisions(), before, decision,
                                tr("Edit decision %1").arg(decisionName(decision)));
}

Status Editor::setDecisionStatus(const QStringList &uids, DecisionStatus status)
{
    QList<std::pair<Decision, Decision>> changes;
    for (const QString &uid : uids) {
        const auto decision = m_repos.decisions().byUid(uid);
        if (!decision)
            return makeError(Error::Code::NotFound, tr("A decision of the selection no longer exists."));
        if (decision->status == status)
            continue;
        Decision after = *decision;
        after.status = status;
        changes.append({*decision, after});
    }
    if (changes.isEmpty())
        return {};
    const QString text = changes.size() == 1 ? tr("Change status of %1").arg(decisionName(changes.first().first))
                                             : tr("Change status of %n decisions", nullptr, int(changes.size()));
    return push(new FollowUpCommand(m_repos.database(), m_repos.decisions(), FollowUpCommand::StatusKind,
                                    std::move(changes), text));
}

Status Editor::setFollowUp(const QString &uid, qint64 ownerId, const QDate &due)
{
    const auto before = m_repos.decisions().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The decision no longer exists."));
    if (ownerId != 0 && !m_repos.parties().byId(ownerId))
        return makeError(Error::Code::NotFound, tr("The follow-up owner no longer exists."));
    if (before->ownerId == ownerId && before->due == due)
        return {};
    Decision after = *before;
    after.ownerId = ownerId;
    after.due = due;
    return push(new FollowUpCommand(m_repos.database(), m_repos.decisions(), FollowUpCommand::FollowUpKind,
                                    {{*before, after}}, tr("Change follow-up of %1").arg(decisionName(*before))));
}

Status Editor::carryForward(const QString &decisionUid, const QString &meetingUid, QString *agendaItemUid)
{
    const auto decision = m_repos.decisions().byUid(decisionUid);
    if (!decision)
        return makeError(Error::Code::NotFound, tr("The decision no longer exists."));
    const auto meeting = m_repos.meetings().byUid(meetingUid);
    if (!meeting)
        return makeError(Error::Code::NotFound, tr("The meeting no longer exists."));
    if (decision->meetingId == meeting->id)
        return makeError(Error::Code::Invalid,
                         tr("Conclusion %1 belongs to this meeting; carry it into a later one.").arg(decision->number));
    for (const AgendaItem &item : meeting->agenda) {
        if (notesReferTo(item.notes, decision->uid))
            return makeError(Error::Code::Invalid, tr("Conclusion %1 is already on the agenda of “%2”.")
                                                       .arg(decision->number, shortMeetingName(*meeting)));
    }

    // Printable content in both working languages, whatever the interface language.
    AgendaItem item;
    item.uid = QUuid::createUuid().toString(QUuid::WithoutBraces); // kept by undo and redo
    item.numbering = QString::number(meeting->agenda.size() + 1);
    item.title.en = followUpTitle(QStringLiteral("Follow-up of conclusion %1"), *decision, Language::English);
    item.title.es = followUpTitle(QStringLiteral("Seguimiento de la conclusión %1"), *decision, Language::Spanish);
    item.presenterId = decision->ownerId;
    item.notes = followUpReference(decision->uid);
    Meeting after = *meeting;
    after.agenda.append(item);

    auto *command = new RecordCommand<Meeting>(
        m_repos.database(), m_repos.meetings(), meeting, after,
        tr("Carry %1 into the agenda of “%2”").arg(decisionName(*decision), shortMeetingName(*meeting)));
    const Status status = command->applyFirst();
    if (!status) {
        delete command;
        return status;
    }
    m_stack.push(command);
    if (agendaItemUid)
        *agendaItemUid = item.uid;
    return {};
}

} // namespace pd
