#pragma once

#include "PagedModel.h"
#include "storage/AggregateRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

namespace pd {

/*
 * A flat, filtered table of one repository's records, read a page at a time as the
 * view scrolls (canFetchMore/fetchMore), so that a list of 100,000 activities shows
 * its first rows at once and a filter step costs one LIMITed query. Subclasses give the
 * columns and reload their lookups (names of parties, groups) in reloadLookups().
 *
 * The rows read are always the first rows of the repository's order, so that the next
 * page is read from their count. The model follows the repository's signals: they come
 * in a burst after a commit (one per record of an import), so it notes them and brings
 * the rows in step once the Database reports the commit. A removed record is taken out;
 * an added or changed one that falls among the rows read is put (or moved) where it
 * sorts, and one that falls after them is left to the page it belongs to. Lookups that
 * change start the table again from the first page, once per commit.
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
        connect(&repository, &Repository::added, this, &RecordListModel::noteChanged);
        connect(&repository, &Repository::changed, this, &RecordListModel::noteChanged);
        connect(&repository, &Repository::removed, this, &RecordListModel::noteRemoved);
        connect(&repository.database(), &Database::committed, this, &RecordListModel::catchUp);
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
        catchUp();
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
        const Updating updating(this);
        beginResetModel();
        if (m_lookupsStale) {
            reloadLookups();
            m_lookupsStale = false;
        }
        m_changed.clear();
        m_removed.clear();
        m_reloadDue = false;
        m_items = m_repository.find(m_filter, PageSize, 0, m_children);
        m_complete = m_items.size() < PageSize;
        endResetModel();
    }

    bool hasMorePages(const QModelIndex &parent) const override { return !parent.isValid() && !m_complete; }

    void fetchMore(const QModelIndex &parent) override
    {
        // Not while the rows change: QAbstractItemModelTester asks for more on every signal.
        if (parent.isValid() || m_updating > 0)
            return;
        catchUp(); // the next page is read from the count of rows in step
        if (m_complete)
            return;
        const Updating updating(this);
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
    // Called once the rows have followed records added, changed or removed (those read
    // or not): what sums over all records can be read again.
    virtual void recordsFollowed() {}
    void setChildren(Children children) { m_children = children; }

    // Reads the lookups and the rows again (after a language switch, say).
    void reloadAll()
    {
        m_lookupsStale = true;
        reload();
    }

    // The lookups come from `source`: any record added, changed or removed there
    // refreshes them (and the rows), once per commit. A filter step alone does not read
    // them again.
    void followLookups(Repository &source)
    {
        for (auto signal : {&Repository::added, &Repository::changed, &Repository::removed})
            connect(&source, signal, this, &RecordListModel::noteLookupsChanged);
    }

    QList<T> m_items;

private:
    // Marks the rows as changing: fetchMore() leaves them alone meanwhile.
    class Updating
    {
    public:
        explicit Updating(RecordListModel *model) : m_model(model) { ++m_model->m_updating; }
        ~Updating() { --m_model->m_updating; }
        Updating(const Updating &) = delete;
        Updating &operator=(const Updating &) = delete;

    private:
        RecordListModel *m_model;
    };

    // Up to this many noted records are first asked whether they match at all; a larger
    // burst (an import) goes straight to one read of the rows it touches.
    static constexpr int FewRecords = 8;

    void noteChanged(const QString &uid)
    {
        m_changed.insert(uid);
        scheduleCatchUp();
    }

    void noteRemoved(const QString &uid)
    {
        m_removed.insert(uid);
        scheduleCatchUp();
    }

    void noteLookupsChanged()
    {
        m_lookupsStale = true;
        m_reloadDue = true;
        scheduleCatchUp();
    }

    // The Database's committed() brings the rows in step after a write; signals that
    // come without a commit are caught up with when the event loop runs.
    void scheduleCatchUp()
    {
        if (m_catchUpQueued)
            return;
        m_catchUpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_catchUpQueued = false;
                catchUp();
            },
            Qt::QueuedConnection);
    }

    // Brings the rows in step with everything noted since the last time.
    void catchUp()
    {
        if (m_updating > 0) { // a write made while the rows change: once they have
            if (m_reloadDue || !m_changed.isEmpty() || !m_removed.isEmpty())
                scheduleCatchUp();
            return;
        }
        if (m_reloadDue) {
            reload();
            return;
        }
        if (m_changed.isEmpty() && m_removed.isEmpty())
            return;
        followNoted();
        recordsFollowed();
    }

    void followNoted()
    {
        if (!m_removed.isEmpty())
            takeOutRemoved();
        if (m_changed.isEmpty())
            return;
        QSet<QString> changed;
        changed.swap(m_changed);
        QHash<QString, int> rows;
        for (int i = 0; i < m_items.size(); ++i)
            rows.insert(m_items.at(i).uid, i);
        // A few records not among the rows, and no longer (or not) matching: nothing to do.
        if (changed.size() <= FewRecords) {
            const QSet<QString> noted = changed;
            for (const QString &uid : noted) {
                if (!rows.contains(uid) && !m_repository.matches(m_filter, uid))
                    changed.remove(uid);
            }
            if (changed.isEmpty())
                return;
        }
        if (changed.size() == 1 && catchUpOne(*changed.cbegin(), rows.value(*changed.cbegin(), -1)))
            return;
        const Updating updating(this);
        bool toEnd = false;
        const QList<T> rowsNow = readInStep(changed, &toEnd);
        applyRows(rowsNow, changed);
        m_complete = toEnd;
    }

    // One record changed: cheaply when it kept its row, or when it sorts after the rows
    // read and comes with a later page. False when the rows have to be read again.
    bool catchUpOne(const QString &uid, int row)
    {
        const Updating updating(this);
        if (row >= 0) {
            const QList<T> at = m_repository.find(m_filter, 1, row, m_children);
            if (at.isEmpty() || at.first().uid != uid)
                return false;
            m_items[row] = at.first();
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return true;
        }
        if (m_complete || m_items.isEmpty())
            return false;
        const QList<T> last = m_repository.find(m_filter, 1, int(m_items.size() - 1), Children::Skip);
        return !last.isEmpty() && last.first().uid == m_items.last().uid;
    }

    void takeOutRemoved()
    {
        const Updating updating(this);
        for (int end = int(m_items.size()) - 1; end >= 0; --end) {
            if (!m_removed.contains(m_items.at(end).uid))
                continue;
            int first = end;
            while (first > 0 && m_removed.contains(m_items.at(first - 1).uid))
                --first;
            beginRemoveRows({}, first, end);
            m_items.remove(first, end - first + 1);
            endRemoveRows();
            end = first;
        }
        m_removed.clear();
    }

    // The first rows of the repository's order as they are now: at least as many as are
    // read, and far enough to hold every row read that did not change (the records that
    // changed may have moved among them, new ones come between them). A table read to its
    // end also takes up to a page of records added after its last row, as fetchMore would.
    QList<T> readInStep(const QSet<QString> &changed, bool *toEnd) const
    {
        QString anchor; // the last row read that did not change: it must stay read
        for (auto it = m_items.crbegin(); it != m_items.crend() && anchor.isEmpty(); ++it) {
            if (!changed.contains(it->uid))
                anchor = it->uid;
        }
        const int extra = m_complete ? PageSize : 0;
        int need = int(m_items.size()) + extra;
        bool anchorFound = anchor.isEmpty();
        QList<T> rows;
        int chunk = int(m_items.size()) + PageSize;
        *toEnd = false;
        while (!*toEnd && (!anchorFound || rows.size() < need)) {
            const QList<T> page = m_repository.find(m_filter, chunk, int(rows.size()), m_children);
            *toEnd = page.size() < chunk;
            for (int i = 0; i < page.size() && !anchorFound; ++i) {
                if (page.at(i).uid == anchor) {
                    anchorFound = true;
                    need = qMax(need, int(rows.size()) + i + 1 + extra);
                }
            }
            rows.append(page);
            chunk *= 2; // an import that lands among the rows read: reads grow with it
        }
        if (rows.size() > need) {
            rows.resize(need);
            *toEnd = false;
        }
        return rows;
    }

    // Turns the rows into `now` (records by uid) in the steps a view can follow: rows
    // taken out, changed ones moved to their place, new ones put in, changed ones refreshed.
    void applyRows(const QList<T> &now, const QSet<QString> &changed)
    {
        QHash<QString, int> target;
        for (int i = 0; i < now.size(); ++i)
            target.insert(now.at(i).uid, i);
        for (int end = int(m_items.size()) - 1; end >= 0; --end) {
            if (target.contains(m_items.at(end).uid))
                continue;
            int first = end;
            while (first > 0 && !target.contains(m_items.at(first - 1).uid))
                --first;
            beginRemoveRows({}, first, end);
            m_items.remove(first, end - first + 1);
            endRemoveRows();
            end = first;
        }
        QSet<QString> kept; // the rows read that are still among the first rows
        for (const T &item : std::as_const(m_items))
            kept.insert(item.uid);
        if (!moveChangedRows(now, changed, kept)) {
            // Rows that moved without being noted (a write made while the signals of an
            // earlier one were still coming): start again from these rows.
            beginResetModel();
            m_items = now;
            endResetModel();
            return;
        }
        for (int i = 0; i < now.size();) {
            if (kept.contains(now.at(i).uid)) {
                if (changed.contains(now.at(i).uid)) {
                    m_items[i] = now.at(i);
                    Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
                }
                ++i;
                continue;
            }
            int end = i + 1; // new rows, each not among those kept
            while (end < now.size() && !kept.contains(now.at(end).uid))
                ++end;
            beginInsertRows({}, i, end - 1);
            m_items.insert(i, end - i, T());
            std::copy(now.cbegin() + i, now.cbegin() + end, m_items.begin() + i);
            endInsertRows();
            i = end;
        }
    }

    // Puts the rows kept in the order they have in `now`. Only changed records can be out
    // of place: each goes right after the record that now comes before it, in the order
    // of their new places. False if the rows are still out of order after that.
    bool moveChangedRows(const QList<T> &now, const QSet<QString> &changed, const QSet<QString> &kept)
    {
        QStringList order; // the rows kept, in their new order
        for (const T &item : now) {
            if (kept.contains(item.uid))
                order.append(item.uid);
        }
        const auto currentRow = [this](const QString &uid) {
            for (int row = 0; row < m_items.size(); ++row) {
                if (m_items.at(row).uid == uid)
                    return row;
            }
            return -1;
        };
        for (int t = 0; t < order.size(); ++t) {
            if (!changed.contains(order.at(t)))
                continue;
            const int from = currentRow(order.at(t));
            const int to = t == 0 ? 0 : currentRow(order.at(t - 1)) + 1; // before the row now at `to`
            if (from == to || from + 1 == to)
                continue;
            beginMoveRows({}, from, from, {}, to);
            m_items.move(from, from < to ? to - 1 : to);
            endMoveRows();
        }
        for (int i = 0; i < order.size(); ++i) {
            if (m_items.at(i).uid != order.at(i))
                return false;
        }
        return true;
    }

    Repo &m_repository;
    Filter m_filter;
    Children m_children = Children::Skip;
    bool m_complete = true;
    bool m_lookupsStale = true;
    bool m_reloadDue = false;
    bool m_catchUpQueued = false;
    int m_updating = 0;
    QSet<QString> m_changed; // added or changed since the rows were last in step
    QSet<QString> m_removed;
};

} // namespace pd
