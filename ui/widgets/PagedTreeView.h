#pragma once

#include <QTreeView>

namespace pd {

/*
 * A QTreeView over a PagedModel or another PagedFetch model (or a proxy of one) that
 * reads no page it does not show. QTreeView asks its model for the next page whenever it lays it out, even when
 * the rows it has already fill the viewport: after a filter step that was a second
 * query. This view holds the fetch during its layout while the rows fill the viewport;
 * further pages come as usual when the last row scrolls into view.
 */
class PagedTreeView : public QTreeView
{
    Q_OBJECT
public:
    using QTreeView::QTreeView;

    void doItemsLayout() override;

private:
    bool rowsFillViewport() const;
};

} // namespace pd
