#pragma once

#include "domain/Document.h"
#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd {

// The agenda of a meeting being edited. Items are numbered from their position (1, 2,
// 3, ...), shown as the vertical header so that the cells themselves move with their
// rows; the cells are edited in place. Rows are inserted, removed and moved through
// the standard QAbstractItemModel calls.
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleEnColumn,
        TitleEsColumn,
        PresenterColumn,
        StartColumn,
        DurationColumn,
        DocumentColumn,
        ColumnCount
    };

    explicit AgendaTableModel(QObject *parent = nullptr);

    // The parties and documents to name presenters and linked documents by.
    void setNames(const QList<Party> &parties, const QList<Document> &documents, Language language);
    void setItems(const QList<AgendaItem> &items);
    // The items in order, numbered from their position.
    QList<AgendaItem> items() const;
    // Moves one item (to is the row it ends up in).
    bool moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    void renumberFrom(int row);
    QString presenterName(qint64 id, bool full) const;
    QString documentName(qint64 id) const;
    QString documentTitle(qint64 id) const;

    QList<AgendaItem> m_items;
    QHash<qint64, Party> m_parties;
    QHash<qint64, Document> m_documents;
    Language m_language = Language::English;
};

} // namespace pd
