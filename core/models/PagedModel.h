#pragma once

#include <QAbstractTableModel>

namespace pd {

/*
 * What a model that reads its rows a page at a time (canFetchMore/fetchMore) needs so
 * that a view may hold its fetching for a while: QTreeView asks for the next page
 * whenever it lays out the model, even when the rows it has already fill its viewport,
 * and then paints again for the rows that came. PagedTreeView holds the fetch during
 * such a layout; the rows are then read when the view scrolls to its last row, as with
 * any view. A table model derives from PagedModel; a tree model (DecisionTreeModel)
 * derives from this too and answers canFetchMore() false while fetchHeld().
 */
class PagedFetch
{
public:
    // fetchHeld() is true while a FetchHold on the model lives.
    class FetchHold
    {
    public:
        explicit FetchHold(PagedFetch *model) : m_model(model)
        {
            if (m_model)
                ++m_model->m_fetchHolds;
        }
        ~FetchHold()
        {
            if (m_model)
                --m_model->m_fetchHolds;
        }
        FetchHold(const FetchHold &) = delete;
        FetchHold &operator=(const FetchHold &) = delete;

    private:
        PagedFetch *m_model;
    };

protected:
    bool fetchHeld() const { return m_fetchHolds > 0; }

private:
    int m_fetchHolds = 0;
};

// A table model read a page at a time: canFetchMore() answers false while a FetchHold
// on the model lives.
class PagedModel : public QAbstractTableModel, public PagedFetch
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const final { return !fetchHeld() && hasMorePages(parent); }

protected:
    // Whether rows under parent are still to be read, held or not.
    virtual bool hasMorePages(const QModelIndex &parent) const = 0;
};

} // namespace pd
