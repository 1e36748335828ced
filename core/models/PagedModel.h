#pragma once

#include <QAbstractTableModel>

namespace pd {

/*
 * A table model that reads its rows a page at a time (canFetchMore/fetchMore). A view
 * may hold its fetching for a while: QTreeView asks for the next page whenever it lays
 * out the model, even when the rows it has already fill its viewport, and then paints
 * again for the rows that came. PagedTreeView holds the fetch during such a layout; the
 * rows are then read when the view scrolls to its last row, as with any view.
 */
class PagedModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // canFetchMore() answers false while a FetchHold on the model lives.
    class FetchHold
    {
    public:
        explicit FetchHold(PagedModel *model) : m_model(model)
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
        PagedModel *m_model;
    };

    bool canFetchMore(const QModelIndex &parent) const final { return m_fetchHolds == 0 && hasMorePages(parent); }

protected:
    // Whether rows under parent are still to be read, held or not.
    virtual bool hasMorePages(const QModelIndex &parent) const = 0;

private:
    int m_fetchHolds = 0;
};

} // namespace pd
