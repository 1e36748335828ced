#include "DocumentRepository.h"

#include "RowHelpers.h"

namespace pd {

DocumentRepository::DocumentRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("document"), parent)
{
    addChildTable({QStringLiteral("consultation"), QStringLiteral("document_id"), QStringLiteral("party_id")});
}

QList<Document> DocumentRepository::page(int limit, int offset) const
{
    return load(QStringLiteral("SELECT * FROM document ORDER BY id LIMIT :limit OFFSET :offset"),
                {{QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}});
}

QVariantMap DocumentRepository::toRow(const Document &d) const
{
    QVariantMap r;
    r.insert(QStringLiteral("code"), d.code);
    row::putText(r, QStringLiteral("title"), d.title);
    row::putText(r, QStringLiteral("description"), d.description);
    r.insert(QStringLiteral("kind"), enumKey(d.kind));
    r.insert(QStringLiteral("state"), enumKey(d.state));
    r.insert(QStringLiteral("working_group_id"), nullIfZero(d.workingGroupId));
    r.insert(QStringLiteral("review_deadline"), dateValue(d.reviewDeadline));
    r.insert(QStringLiteral("decision_id"), nullIfZero(d.decisionId));
    return r;
}

Document DocumentRepository::fromRow(const QVariantMap &r) const
{
    Document d;
    d.id = row::id(r, "id");
    d.uid = row::str(r, "uid");
    d.code = row::str(r, "code");
    d.title = row::text(r, QStringLiteral("title"));
    d.description = row::text(r, QStringLiteral("description"));
    d.kind = row::enumValue(r, "kind", DocumentKind::Other);
    d.state = row::enumValue(r, "state", DocumentState::Draft);
    d.workingGroupId = row::id(r, "working_group_id");
    d.reviewDeadline = row::date(r, "review_deadline");
    d.decisionId = row::id(r, "decision_id");
    return d;
}

Repository::ChildWriter DocumentRepository::childWriter(const Document &document) const
{
    // Consultations keep their uid across edits: they are updated in place by party,
    // so a reply recorded for one country never renumbers the others.
    return [this, consultations = document.consultations](qint64 id) -> Status {
        QHash<qint64, QString> existing;
        for (const QVariantMap &r : fetchRows(QStringLiteral("SELECT party_id, uid FROM consultation "
                                                             "WHERE document_id = :id"),
                                              {{QStringLiteral("id"), id}}))
            existing.insert(row::id(r, "party_id"), row::str(r, "uid"));
        if (Status s = deleteChildren(QStringLiteral("consultation"), QStringLiteral("document_id"), id); !s)
            return s;
        for (const Consultation &c : consultations) {
            QString uid = c.uid.isEmpty() ? existing.value(c.partyId) : c.uid;
            if (uid.isEmpty())
                uid = newUid();
            const auto inserted = insertRow(QStringLiteral("consultation"),
                                            {{QStringLiteral("uid"), uid},
                                             {QStringLiteral("document_id"), id},
                                             {QStringLiteral("party_id"), c.partyId},
                                             {QStringLiteral("state"), enumKey(c.state)},
                                             {QStringLiteral("requested_until"), dateValue(c.requestedUntil)},
                                             {QStringLiteral("replied_on"), dateValue(c.repliedOn)},
                                             {QStringLiteral("note"), c.note},
                                             {QStringLiteral("message"), c.message}});
            if (!inserted)
                return inserted.error();
        }
        return {};
    };
}

void DocumentRepository::loadChildren(QList<Document> &documents) const
{
    const auto consultations = childRows(QStringLiteral("consultation"), QStringLiteral("document_id"),
                                         QStringLiteral("document_id, id"), documents);
    for (Document &d : documents) {
        for (const QVariantMap &r : consultations.value(d.id)) {
            Consultation c;
            c.id = row::id(r, "id");
            c.uid = row::str(r, "uid");
            c.partyId = row::id(r, "party_id");
            c.state = row::enumValue(r, "state", ConsultationState::Pending);
            c.requestedUntil = row::date(r, "requested_until");
            c.repliedOn = row::date(r, "replied_on");
            c.note = row::str(r, "note");
            c.message = row::str(r, "message");
            d.consultations.append(c);
        }
    }
}

std::optional<Repository::SearchEntry> DocumentRepository::searchEntry(const QVariantMap &r) const
{
    return SearchEntry{3, QStringLiteral("document"), row::both(row::text(r, QStringLiteral("title"))),
                       row::str(r, "code") + QLatin1Char(' ') + row::both(row::text(r, QStringLiteral("description")))};
}

} // namespace pd
