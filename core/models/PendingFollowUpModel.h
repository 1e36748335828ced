#pragma once

#include "PagedModel.h"
#include "domain/Decision.h"
#include "domain/Meeting.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace pd {

class Repositories;

/*
 * "Pending from previous meetings": the follow-ups still open or in progress (not done,
 * cancelled or needing none) of the meetings held before a target meeting, oldest
 * first, to be carried into its agenda. Those already on the target's agenda say so
 * (OnAgendaRole). Reloads on every change of a decision or a meeting (a few rows).
 * Read PageSize rows at a time as the view scrolls (fetchMore): years of registers may
 * leave thousands open. A PagedModel, so that a PagedTreeView reads one page per meeting
 * chosen rather than a second one it does not show.
 */
class PendingFollowUpModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        MeetingColumn,
        TextColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        OnAgendaRole // bool: already on the target meeting's agenda
    };

    static constexpr int PageSize = 100;

    explicit PendingFollowUpModel(Repositories &repos, QObject *parent = nullptr);

    // The meeting the follow-ups would be carried into (0: none, an empty list).
    void setTargetMeeting(qint64 meetingId);
    qint64 targetMeeting() const { return m_targetId; }
    void setLanguage(Language language);
    void reload();

    int rowOf(const QString &uid) const; // among the rows read so far
    // The row of the follow-up, reading further pages until it comes; -1 if there is none.
    int fetchRowOf(const QString &uid);
    void fetchMore(const QModelIndex &parent) override;
    const Decision &decisionAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Where the open follow-ups of `chosen` go: the meeting itself unless it is already
    // held or cancelled; otherwise the next meeting after it that is neither, one of the
    // same kind first (the RCGM after an RCGM), scheduled before "to be scheduled".
    static std::optional<Meeting> carryForwardTarget(Repositories &repos, const Meeting &chosen);

protected:
    bool hasMorePages(const QModelIndex &parent) const override;

private:
    void reloadRows(); // keeps the meeting and party names read so far

    void addPage(const QList<Decision> &page);

    Repositories &m_repos;
    qint64 m_targetId = 0;
    Language m_language = Language::English;
    QList<Decision> m_items;
    std::optional<Meeting> m_target;
    bool m_complete = true;
    QSet<QString> m_onAgenda;
    QHash<qint64, QString> m_meetingNames;
    QHash<qint64, QString> m_partyNames;
};

} // namespace pd
