#pragma once

#include "domain/Activity.h"

#include "RecordListModel.h"
#include "storage/ActivityRepository.h"
#include <QHash>

namespace pd {

class Repositories;

// The activities of the working groups as a table, kept in step with the repository.
class ActivityListModel : public RecordListModel<Activity, ActivityFilter, ActivityRepository>
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        GroupColumn,
        LeadColumn,
        SupportersColumn,
        StatusColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1
    };

    explicit ActivityListModel(Repositories &repos, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);

protected:
    void reloadLookups() override;

private:
    Repositories &m_repos;
    Language m_language = Language::English;
    QHash<qint64, QString> m_partyNames;
    QHash<qint64, QString> m_groupNames;
};

} // namespace pd
