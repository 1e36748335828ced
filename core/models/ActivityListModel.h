#pragma once

#include "domain/Activity.h"

#include "RecordListModel.h"
#include "storage/ActivityRepository.h"
#include <QHash>
#include <QLocale>

namespace pd {

class Repositories;

/*
 * The activities of the working groups as a table, kept in step with the repository.
 * Rows come in the repository's order (working group, then code), so the rows of one
 * group are together: GroupStartRole tells a view where a group begins, so it can show
 * the group as a heading without a tree (and keep the paged, flat model fast).
 */
class ActivityListModel : public RecordListModel<Activity, ActivityFilter, ActivityRepository>
{
    Q_OBJECT
public:
    enum Column
    {
        GroupColumn,
        CodeColumn,
        TitleColumn,
        LeadColumn,
        SupportersColumn,
        StatusColumn,
        TargetColumn,
        ProgressColumn,
        FundingColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        GroupIdRole,    // qint64, 0 for the structural meetings
        GroupStartRole, // bool: the first row of its working group
        ProgressRole    // int, percent
    };

    explicit ActivityListModel(Repositories &repos, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    Language language() const { return m_language; }
    QString groupName(qint64 workingGroupId) const;

protected:
    void reloadLookups() override;

private:
    Repositories &m_repos;
    Language m_language = Language::English;
    QLocale m_locale{QLocale::English}; // of m_language: made once, not per cell
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_groupNames;
};

} // namespace pd
