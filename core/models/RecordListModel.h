#pragma once

#include "storage/AggregateRepository.h"

#include <QAbstractTableModel>

namespace pd {

// A flat table of the records of one repository, kept in step with its signals row
// by row: an added record is appended, a changed one refreshed in place, a removed one
// taken out, so views keep their selection and scroll position. Subclasses give the
// columns and reload their lookups (names of parties, groups) in reloadLookups().
template <typename T>
class RecordListModel : public QAbstractTableModel
{
public:
    RecordListModel(AggregateRepository<T> &repository, QObject *parent)
        : QAbstractTableModel(parent), m_repository(repository)
    {
        connect(&repository, &Repository::added, this, &RecordListModel::onAdded);
        connect(&repository, &Repository::changed, this, &RecordListModel::onChanged);
        connect(&repository, &Repository::removed, this, &RecordListModel::onRemoved);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    const T &recordAt(int row) const { return m_items.at(row); }

    int rowOf(const QString &uid) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).uid == uid)
                return i;
        }
        return -1;
    }

    void reload()
    {
        beginResetModel();
        m_items = m_repository.all();
        reloadLookups();
        endResetModel();
    }

protected:
    virtual void reloadLookups() {}

    QList<T> m_items;

private:
    void onAdded(const QString &uid)
    {
        const auto record = m_repository.byUid(uid);
        if (!record || rowOf(uid) >= 0)
            return;
        const int row = int(m_items.size());
        beginInsertRows({}, row, row);
        m_items.append(*record);
        endInsertRows();
    }

    void onChanged(const QString &uid)
    {
        const int row = rowOf(uid);
        const auto record = m_repository.byUid(uid);
        if (row < 0 || !record)
            return;
        m_items[row] = *record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    void onRemoved(const QString &uid)
    {
        const int row = rowOf(uid);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }

    AggregateRepository<T> &m_repository;
};

} // namespace pd
