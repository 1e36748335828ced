#include "PagedDocumentsModel.h"

#include "storage/DocumentRepository.h"

namespace pd {

PagedDocumentsModel::PagedDocumentsModel(DocumentRepository &documents, QObject *parent)
    : QAbstractTableModel(parent), m_repository(documents)
{
}

void PagedDocumentsModel::readFirstPage()
{
    m_documents = m_repository.page(PageSize, 0);
    m_complete = m_documents.size() < PageSize;
}

PagedDocumentsModel::Refresh PagedDocumentsModel::refresh(const QString &uid, int *row)
{
    *row = rowOf(uid);
    if (*row < 0 && !m_complete)
        return Refresh::NotRead;
    const auto document = m_repository.byUid(uid);
    if (*row < 0 || !document)
        return Refresh::Reload;
    m_documents[*row] = *document;
    return Refresh::Updated;
}

int PagedDocumentsModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).uid == uid)
            return i;
    }
    return -1;
}

int PagedDocumentsModel::fetchRowOf(const QString &uid)
{
    int row = rowOf(uid);
    while (row < 0 && !m_complete) {
        const int from = int(m_documents.size());
        fetchMore({});
        for (int i = from; i < m_documents.size() && row < 0; ++i)
            row = m_documents.at(i).uid == uid ? i : -1;
    }
    return row;
}

bool PagedDocumentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void PagedDocumentsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<Document> page = m_repository.page(PageSize, int(m_documents.size()));
    m_complete = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_documents.size()), int(m_documents.size() + page.size() - 1));
    m_documents.append(page);
    endInsertRows();
}

} // namespace pd
