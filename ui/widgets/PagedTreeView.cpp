#include "PagedTreeView.h"

#include "models/PagedModel.h"

#include <QAbstractProxyModel>

namespace pd {

void PagedTreeView::doItemsLayout()
{
    QAbstractItemModel *source = model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(source)) // proxies pass fetches through
        source = proxy->sourceModel();
    auto *paged = dynamic_cast<PagedFetch *>(source); // a PagedModel, or a tree model that is held as one
    const PagedFetch::FetchHold hold(paged && rowsFillViewport() ? paged : nullptr);
    QTreeView::doItemsLayout();
}

bool PagedTreeView::rowsFillViewport() const
{
    // A row is at least a line of text high, so this never holds a fetch that a short
    // list needs to fill the view.
    const qint64 rows = model()->rowCount(rootIndex());
    return rows > 0 && rows * fontMetrics().height() >= viewport()->height();
}

} // namespace pd
