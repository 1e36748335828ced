// PagedTreeView reads no page it does not show: after a reset whose first page fills the
// viewport it asks for no second one (a plain QTreeView does, and paints twice); a short
// page, a scroll to the last row and a taller window still bring the rows they need.

#include "models/PagedModel.h"
#include "widgets/PagedTreeView.h"

#include <QApplication>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pd;

namespace {

// Numbers 0..total-1, read `page` at a time; counts the reads. (Not under
// QAbstractItemModelTester: the tester fetches pages itself, which is what is counted.)
class NumbersModel : public PagedModel
{
public:
    NumbersModel(int total, int page) : m_total(total), m_page(page) { reset(); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_loaded; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QVariant(index.row()) : QVariant(QStringLiteral("row %1").arg(index.row()));
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_loaded >= m_total)
            return;
        const int count = std::min(m_page, m_total - m_loaded);
        beginInsertRows({}, m_loaded, m_loaded + count - 1);
        m_loaded += count;
        ++reads;
        endInsertRows();
    }
    // As a filter step does: the first page read again.
    void reset()
    {
        beginResetModel();
        m_loaded = std::min(m_page, m_total);
        reads = 1;
        endResetModel();
    }

    int reads = 0;

protected:
    bool hasMorePages(const QModelIndex &parent) const override { return !parent.isValid() && m_loaded < m_total; }

private:
    int m_total;
    int m_page;
    int m_loaded = 0;
};

} // namespace

class TestPagedTreeView : public QObject
{
    Q_OBJECT

private:
    // A view of the given height, shown and laid out.
    template <typename View>
    static void show(View &view, QAbstractItemModel *model, int height)
    {
        view.setUniformRowHeights(true);
        view.setModel(model);
        view.resize(400, height);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void aFullFirstPageIsEnough()
    {
        NumbersModel model(1000, 50);
        PagedTreeView view;
        show(view, &model, 300);
        QCOMPARE(model.reads, 1);
        QCOMPARE(model.rowCount(), 50);

        model.reset(); // a filter step
        QCoreApplication::processEvents();
        QCOMPARE(model.reads, 1);
        QVERIFY(model.canFetchMore({})); // held only during the layout
    }

    // What PagedTreeView is for: the plain view reads a page it does not show.
    void plainTreeViewReadsASecondPage()
    {
        NumbersModel model(1000, 50);
        QTreeView view;
        show(view, &model, 300);
        model.reset();
        QCoreApplication::processEvents();
        QCOMPARE(model.reads, 2);
    }

    void scrollingToTheEndReadsMore()
    {
        NumbersModel model(1000, 50);
        PagedTreeView view;
        show(view, &model, 300);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        QTRY_VERIFY(model.rowCount() > 50);
        QVERIFY(model.reads >= 2);
    }

    // Pages shorter than the viewport: the view reads until it is full, as a plain one.
    void aShortPageFillsTheView()
    {
        NumbersModel model(1000, 5);
        PagedTreeView view;
        show(view, &model, 600);
        const int rowHeight = view.visualRect(model.index(0, 0)).height();
        QVERIFY(rowHeight > 0);
        QTRY_VERIFY(model.rowCount() * rowHeight >= view.viewport()->height());

        model.reset();
        QCoreApplication::processEvents();
        QTRY_VERIFY(model.rowCount() * rowHeight >= view.viewport()->height());
    }

    // Behind a sort proxy the fetch is held too (the calendar's list).
    void throughAProxy()
    {
        NumbersModel model(1000, 50);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        PagedTreeView view;
        show(view, &proxy, 300);
        model.reset();
        QCoreApplication::processEvents();
        QCOMPARE(model.reads, 1);
        QCOMPARE(proxy.rowCount(), 50);
    }
};

QTEST_MAIN(TestPagedTreeView)
#include "tst_gui_pagedtreeview.moc"
