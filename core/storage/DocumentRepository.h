#pragma once

#include "AggregateRepository.h"
#include "domain/Document.h"

namespace pd {

// Documents with their country-by-country consultations (one aggregate).
class DocumentRepository : public AggregateRepository<Document>
{
    Q_OBJECT
public:
    explicit DocumentRepository(Database &db, QObject *parent = nullptr);
    // `limit` documents from `offset` in list order (as all()), with their consultations:
    // the lists read a page at a time.
    QList<Document> page(int limit, int offset) const;

protected:
    QVariantMap toRow(const Document &document) const override;
    Document fromRow(const QVariantMap &row) const override;
    ChildWriter childWriter(const Document &document) const override;
    void loadChildren(QList<Document> &documents) const override;
    std::optional<SearchEntry> searchEntry(const QVariantMap &row) const override;
};

} // namespace pd
