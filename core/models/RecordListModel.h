#pragma once

#include "PagedModel.h"
#include "storage/AggregateRepository.h"

namespace pd {

/*
 * A flat, filtered table of one repository's records, read a page at a time as the
 * view scrolls (canFetchMore/fetchMore), so that a list of 100,000 activities shows
 * its first rows at once and a filter step costs one LIMITed query. It follows the
 * repository's signals row by row: a changed record is refreshed in place (or taken
 * out if it no longer matches), a removed one taken out, a new one that matches
 * appended once every page is loaded. Subclasses give the columns and reload their
 * lookups (names of parties, groups) in reloadLookups().
 *
 * Repo must offer find(filter, limit, offset, children), matches(filter, uid) and
 * byUid(uid). Rows are read without their child lists unless a subclass asks for them
 * (setChildren), so recordAt() of such a model has empty participants and agenda.
 */
template <typename T, typename Filter, typename Repo>
class RecordListModel : public PagedModel
{
public:
    // 50 rows fill a tall window, so a filter step reads one page (see PagedModel).
    static constexpr int PageSize = 50;

    RecordListModel(Repo &repository, QObject *parent) : PagedModel(parent), m_repository(repository)
    {
        connect(&repository, &Repository::added, this, &RecordListModel::onAdded);
        connect(&repository, &Repository::changed, this, &RecordListModel::onChanged);
        connect(&repository, &Repository::removed, this, &RecordListModel::onRemoved);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    const T &recordAt(int row) const { return m_items.at(row); }
    const Filter &filter() const { return m_filter; }

    int rowOf(const QString &uid) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).uid == uid)
                return i;
        }
        return -1;
    }

    // The row of the record, reading further pages until it comes; -1 if the filter hides it.
    int fetchRowOf(const QString &uid)
    {
        int row = rowOf(uid);
        while (row < 0 && !m_complete) {
            fetchMore({});
            row = rowOf(uid);
        }
        return row;
    }

    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        reload();
    }

    // Reads the first page again; the lookups only when something they come from changed.
    void reload()
    {
        beginResetModel();
        if (m_lookupsStale) {
            reloadLookups();
            m_lookupsStale = false;
        }
        m_items = m_repository.find(m_filter, PageSize, 0, m_children);
        m_complete = m_items.size() < PageSize;
        endResetModel();
    }

    bool hasMorePages(const QModelIndex &parent) const override { return !parent.isValid() && !m_complete; }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_complete)
            return;
        const QList<T> page = m_repository.find(m_filter, PageSize, int(m_items.size()), m_children);
        m_complete = page.size() < PageSize;
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size() - 1));
        m_items.append(page);
        endInsertRows();
    }

protected:
    virtual void reloadLookups() {}
    void setChildren(Children children) { m_children = children; }

    // Reads the lookups and the rows again (after a language switch, say).
    void reloadAll()
    {
        m_lookupsStale = true;
        reload();
    }

    // The lookups come from `source`: any record added, changed or removed there
    // refreshes them. A filter step alone does not read them again.
    void followLookups(Repository &source)
    {
        connect(&source, &Repository::added, this, &RecordListModel::reloadAll);
        connect(&source, &Repository::changed, this, &RecordListModel::reloadAll);
        connect(&source, &Repository::removed, this, &RecordListModel::reloadAll);
    }

    QList<T> m_items;

private:
    Children m_children = Children::Skip;
    bool m_lookupsStale = true;

    void append(const T &record)
    {
        const int row = int(m_items.size());
        beginInsertRows({}, row, row);
        m_items.append(record);
        endInsertRows();
    }

    void onAdded(const QString &uid)
    {
        // Until every page is loaded the record will come with its page.
        if (!m_complete || rowOf(uid) >= 0 || !m_repository.matches(m_filter, uid))
            return;
        if (const auto record = m_repository.byUid(uid))
            append(*record);
    }

    void onChanged(const QString &uid)
    {
        const int row = rowOf(uid);
        const bool matches = m_repository.matches(m_filter, uid);
        if (row < 0) {
            if (matches && m_complete) {
                if (const auto record = m_repository.byUid(uid))
                    append(*record);
            }
            return;
        }
        const auto record = m_repository.byUid(uid);
        if (!record || !matches) {
            onRemoved(uid);
            return;
        }
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

    Repo &m_repository;
    Filter m_filter;
    bool m_complete = true;
};

} // namespace pd
