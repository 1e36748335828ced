#include "PendingFollowUpModel.h"

#include "domain/FollowUp.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

PendingFollowUpModel::PendingFollowUpModel(Repositories &repos, QObject *parent)
    : QAbstractTableModel(parent), m_repos(repos)
{
    for (Repository *repository :
         {static_cast<Repository *>(&repos.decisions()), static_cast<Repository *>(&repos.meetings()),
          static_cast<Repository *>(&repos.parties())}) {
        connect(repository, &Repository::added, this, &PendingFollowUpModel::reload);
        connect(repository, &Repository::changed, this, &PendingFollowUpModel::reload);
        connect(repository, &Repository::removed, this, &PendingFollowUpModel::reload);
    }
}

void PendingFollowUpModel::setTargetMeeting(qint64 meetingId)
{
    if (meetingId == m_targetId)
        return;
    m_targetId = meetingId;
    reload();
}

void PendingFollowUpModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

void PendingFollowUpModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_onAgenda.clear();
    m_meetingNames.clear();
    m_partyNames.clear();
    const auto target = m_targetId ? m_repos.meetings().byId(m_targetId) : std::nullopt;
    if (target) {
        m_items = m_repos.decisions().openFollowUpsBefore(target->startDate, target->id);
        for (const Decision &d : std::as_const(m_items)) {
            for (const AgendaItem &item : target->agenda) {
                if (notesReferTo(item.notes, d.uid))
                    m_onAgenda.insert(d.uid);
            }
        }
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        MeetingFilter scheduled;
        scheduled.scheduled = true;
        for (const Meeting &m : m_repos.meetings().find(scheduled, -1, 0, Children::Skip)) {
            const QString date = locale.toString(m.startDate, QStringLiteral("d MMM yyyy"));
            m_meetingNames.insert(m.id, m.code.isEmpty() ? date : m.code + QStringLiteral(" · ") + date);
        }
        for (const Party &p : m_repos.parties().all()) {
            const QString acronym = p.acronym.text(m_language);
            m_partyNames.insert(p.id, acronym.isEmpty() ? p.name.text(m_language) : acronym);
        }
    }
    endResetModel();
}

int PendingFollowUpModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).uid == uid)
            return i;
    }
    return -1;
}

int PendingFollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PendingFollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingFollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &d = m_items.at(index.row());
    const bool onAgenda = m_onAgenda.contains(d.uid);
    switch (role) {
    case UidRole:
        return d.uid;
    case OnAgendaRole:
        return onAgenda;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return d.number;
    case MeetingColumn:
        return m_meetingNames.value(d.meetingId);
    case TextColumn:
        return d.text.text(m_language);
    case OwnerColumn:
        return d.ownerId ? m_partyNames.value(d.ownerId) : QString();
    case DueColumn: {
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        return d.due.isValid() ? locale.toString(d.due, QStringLiteral("d MMM yyyy")) : QString();
    }
    case StatusColumn:
        return onAgenda ? tr("%1, on the agenda").arg(enumLabel(d.status)) : enumLabel(d.status);
    }
    return {};
}

QVariant PendingFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case MeetingColumn:
        return tr("Meeting");
    case TextColumn:
        return tr("Conclusion");
    case OwnerColumn:
        return tr("Follow-up owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

std::optional<Meeting> PendingFollowUpModel::carryForwardTarget(Repositories &repos, const Meeting &chosen)
{
    const auto open = [](const Meeting &m) {
        return m.status != MeetingStatus::Held && m.status != MeetingStatus::Cancelled;
    };
    if (open(chosen))
        return chosen;
    // In calendar order: scheduled by date, then those to be scheduled.
    const QList<Meeting> meetings = repos.meetings().find(MeetingFilter(), -1, 0, Children::Skip);
    const auto later = [&](const Meeting &m) {
        if (m.id == chosen.id || !open(m))
            return false;
        return !m.isScheduled() || !chosen.isScheduled() || m.startDate > chosen.startDate;
    };
    for (const bool sameKind : {true, false}) {
        for (const Meeting &m : meetings) {
            if (later(m) && (!sameKind || m.kind == chosen.kind))
                return m;
        }
    }
    return std::nullopt;
}

} // namespace pd
