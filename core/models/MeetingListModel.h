#pragma once

#include "domain/Meeting.h"

#include "RecordListModel.h"
#include "storage/MeetingRepository.h"
#include <QHash>

namespace pd {

class Repositories;

// The meetings of the calendar as a table, kept in step with the repository's
// signals row by row (no reset on a single change).
class MeetingListModel : public RecordListModel<Meeting, MeetingFilter, MeetingRepository>
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        KindColumn,
        VenueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        StartDateRole
    };

    explicit MeetingListModel(Repositories &repos, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);

protected:
    void reloadLookups() override;

private:
    QString dateText(const Meeting &meeting) const;

    Repositories &m_repos;
    Language m_language = Language::English;
    QHash<qint64, QString> m_partyNames;
};

} // namespace pd
