#include "PendingFollowUpModel.h"

#include "domain/FollowUp.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

PendingFollowUpModel::PendingFollowUpModel(Repositories &repos, QObject *parent) : PagedModel(parent), m_repos(repos)
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
    reloadRows(); // the names read for earlier choices stay
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
    m_meetingNames.clear();
    m_partyNames.clear();
    reloadRows();
}

void PendingFollowUpModel::reloadRows()
{
    beginResetModel();
    m_items.clear();
    m_onAgenda.clear();
    m_complete = true;
    m_target = m_targetId ? m_repos.meetings().byId(m_targetId) : std::nullopt;
    if (m_target && m_partyNames.isEmpty()) {
        for (const Party &p : m_repos.parties().all()) {
            const QString acronym = p.acronym.text(m_language);
            m_partyNames.insert(p.id, acronym.isEmpty() ? p.name.text(m_language) : acronym);
        }
    }
    if (m_target) {
        const QList<Decision> page =
            m_repos.decisions().openFollowUpsBefore(m_target->startDate, m_target->id, PageSize, 0);
        m_complete = page.size() < PageSize;
        addPage(page);
    }
    endResetModel();
}

// Appends a page with what its rows show: whether each is on the target's agenda and the
// names of the meetings they come from (only those, not every meeting of the calendar).
void PendingFollowUpModel::addPage(const QList<Decision> &page)
{
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    for (const Decision &d : page) {
        for (const AgendaItem &item : m_target->agenda) {
            if (notesReferTo(item.notes, d.uid))
                m_onAgenda.insert(d.uid);
        }
        if (d.meetingId && !m_meetingNames.contains(d.meetingId)) {
            const auto m = m_repos.meetings().byId(d.meetingId);
            const QString date = m ? locale.toString(m->startDate, QStringLiteral("d MMM yyyy")) : QString();
            m_meetingNames.insert(d.meetingId, !m || m->code.isEmpty() ? date : m->code + QStringLiteral(" · ") + date);
        }
    }
    m_items.append(page);
}

bool PendingFollowUpModel::hasMorePages(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void PendingFollowUpModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete || !m_target)
        return;
    const QList<Decision> page =
        m_repos.decisions().openFollowUpsBefore(m_target->startDate, m_target->id, PageSize, int(m_items.size()));
    m_complete = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size() - 1));
    addPage(page);
    endInsertRows();
}

int PendingFollowUpModel::fetchRowOf(const QString &uid)
{
    int row = rowOf(uid);
    while (row < 0 && !m_complete) {
        const int from = int(m_items.size());
        fetchMore({});
        for (int i = from; i < m_items.size() && row < 0; ++i)
            row = m_items.at(i).uid == uid ? i : -1;
    }
    return row;
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
    if (chosen.status != MeetingStatus::Held && chosen.status != MeetingStatus::Cancelled)
        return chosen;
    // In calendar order (those to be scheduled, then by date) from the chosen meeting on:
    // the first of the same kind, else the first of any kind.
    if (auto sameKind = repos.meetings().nextOpen(chosen, chosen.kind))
        return sameKind;
    return repos.meetings().nextOpen(chosen);
}

} // namespace pd
