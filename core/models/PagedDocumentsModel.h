#pragma once

#include "domain/Document.h"

#include <QAbstractTableModel>

namespace pd {

class DocumentRepository;

/*
 * The part the document list and the consultation matrix share: the documents read a
 * page at a time as the view scrolls (canFetchMore/fetchMore), since thousands of them,
 * each with its consultations, would make the page slow to open; finding a row among
 * those read, or reading on until a document comes.
 */
class PagedDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(const QString &uid) const; // among the rows read so far
    // The row of the document, reading further pages until it comes; -1 if there is none.
    int fetchRowOf(const QString &uid);
    const Document &documentAt(int row) const { return m_documents.at(row); }

protected:
    PagedDocumentsModel(DocumentRepository &documents, QObject *parent);
    // Starts again from the first page; call between beginResetModel and endResetModel.
    void readFirstPage();
    enum class Refresh
    {
        Updated, // *row holds the document's new state
        NotRead, // its page has not been read: it will come with it
        Reload   // a new document among those read, or one gone: read again
    };
    Refresh refresh(const QString &uid, int *row);

    QList<Document> m_documents;

private:
    DocumentRepository &m_repository;
    bool m_complete = true;
};

} // namespace pd
