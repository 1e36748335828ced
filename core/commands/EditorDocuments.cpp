// The Editor's document methods: documents, the country-by-country consultation, the
// consensus rule for approval (with its audited override) and attachments.

#include "Editor.h"

#include "EditorSaveRecord.h"
#include "RecordCommand.h"
#include "models/ConsensusRules.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

namespace pd {

namespace {

QString documentName(const Document &document)
{
    if (!document.code.isEmpty())
        return document.code;
    const QString title = document.title.text(Language::English);
    return QChar(0x201c) + (title.size() > 40 ? title.left(39).trimmed() + QChar(0x2026) : title) + QChar(0x201d);
}
// A change of state kept in the audit log with the reason given for it (the approval of a
// document without consensus). Undo writes the state back, noting that it was undone.
class ReasonedDocumentCommand : public EditCommand
{
public:
    ReasonedDocumentCommand(Database &db, DocumentRepository &repository, Document before, Document after,
                            QString reason, const QString &text)
        : EditCommand(db, text), m_repository(repository), m_before(std::move(before)), m_after(std::move(after)),
          m_reason(std::move(reason))
    {
    }

    Status apply(bool forward) override
    {
        return forward ? m_repository.update(m_after, m_reason)
                       : m_repository.update(m_before, Editor::tr("Undone: %1").arg(m_reason));
    }

private:
    DocumentRepository &m_repository;
    Document m_before;
    Document m_after;
    QString m_reason;
};

// Adds (or, with adding = false, removes) one attachment; the file's bytes are kept so
// that the other direction can write it back under its id, uid and version.
class AttachmentCommand : public EditCommand
{
public:
    AttachmentCommand(Database &db, AttachmentRepository &repository, Attachment attachment, bool adding,
                      const QString &text)
        : EditCommand(db, text), m_repository(repository), m_attachment(std::move(attachment)), m_adding(adding)
    {
    }

    Status apply(bool forward) override
    {
        if (forward != m_adding)
            return m_repository.remove(m_attachment.uid);
        Attachment copy = m_attachment;
        if (Status s = m_repository.add(copy); !s)
            return s;
        m_attachment.id = copy.id; // known only after the first add
        m_attachment.uid = copy.uid;
        m_attachment.version = copy.version;
        m_attachment.addedAt = copy.addedAt;
        return {};
    }

    const Attachment &attachment() const { return m_attachment; }

private:
    AttachmentRepository &m_repository;
    Attachment m_attachment;
    bool m_adding;
};

} // namespace

Status Editor::addDocument(Document &document)
{
    return saveRecord<Document>(m_repos.documents(), std::nullopt, document,
                                tr("Add document %1").arg(documentName(document)), &document);
}

Status Editor::updateDocument(const Document &document)
{
    const auto before = m_repos.documents().byId(document.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The document no longer exists."));
    return saveRecord<Document>(m_repos.documents(), before, document,
                                tr("Edit document %1").arg(documentName(document)));
}

Status Editor::removeDocument(const QString &uid)
{
    const auto before = m_repos.documents().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The document no longer exists."));
    Database &db = m_repos.database();
    auto *macro = new MacroCommand(db, tr("Delete document %1").arg(documentName(*before)));
    // Its files go with it, and agenda items lose the link (ON DELETE SET NULL); undo
    // brings both back.
    for (const Attachment &meta : m_repos.attachments().forDocument(before->id)) {
        const auto attachment = m_repos.attachments().byUid(meta.uid, true);
        if (attachment)
            macro->add(new AttachmentCommand(db, m_repos.attachments(), *attachment, false, QString()));
    }
    for (const Meeting &meeting : m_repos.meetings().all()) {
        Meeting unlinked = meeting;
        bool linked = false;
        for (AgendaItem &item : unlinked.agenda) {
            if (item.documentId == before->id) {
                item.documentId = 0;
                linked = true;
            }
        }
        if (linked)
            macro->add(new RecordCommand<Meeting>(db, m_repos.meetings(), meeting, unlinked, QString()));
    }
    macro->add(new RecordCommand<Document>(db, m_repos.documents(), before, std::nullopt, QString()));
    return push(macro);
}

Status Editor::setConsultation(const QString &documentUid, const Consultation &reply)
{
    const auto before = m_repos.documents().byUid(documentUid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The document no longer exists."));
    const auto party = m_repos.parties().byId(reply.partyId);
    if (!party)
        return makeError(Error::Code::NotFound, tr("The country no longer exists."));
    Document after = *before;
    Consultation written = ConsensusRules::replyOf(*before, reply.partyId);
    written.state = reply.state;
    written.requestedUntil = reply.state == ConsultationState::MoreTimeRequested ? reply.requestedUntil : QDate();
    written.repliedOn = reply.repliedOn;
    written.note = reply.note;
    written.message = reply.message;
    bool found = false;
    for (Consultation &c : after.consultations) {
        if (c.partyId == reply.partyId) {
            c = written;
            found = true;
        }
    }
    if (!found)
        after.consultations.append(written);
    return saveRecord<Document>(
        m_repos.documents(), before, after,
        tr("Set %1's reply on %2").arg(party->name.text(Language::English), documentName(*before)));
}

Status Editor::setDocumentState(const QString &uid, DocumentState state, const QString &overrideReason)
{
    const auto before = m_repos.documents().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The document no longer exists."));
    if (before->state == state)
        return {};
    Document after = *before;
    after.state = state;
    const QString name = documentName(*before);
    const QString reason = overrideReason.trimmed();
    QList<Party> blocking;
    if (ConsensusRules::needsConsensus(state))
        blocking = ConsensusRules::blockingMembers(*before, ConsensusRules::consultedMembers(m_repos.parties()));
    if (blocking.isEmpty())
        return saveRecord<Document>(m_repos.documents(), before, after,
                                    tr("Change state of %1 to %2").arg(name, enumLabel(state)));
    const QString who = ConsensusRules::names(blocking, Language::English);
    if (reason.isEmpty())
        return makeError(Error::Code::Invalid,
                         tr("%1 cannot be approved without consensus: no “no objection” yet from %2.").arg(name, who));
    const QString audited = tr("Approved without the no objection of %1. Reason: %2").arg(who, reason);
    return push(new ReasonedDocumentCommand(m_repos.database(), m_repos.documents(), *before, after, audited,
                                            tr("Approve %1 without consensus").arg(name)));
}

Status Editor::addAttachment(const QString &documentUid, const QString &fileName, const QByteArray &data,
                             QString *attachmentUid)
{
    const auto document = m_repos.documents().byUid(documentUid);
    if (!document)
        return makeError(Error::Code::NotFound, tr("The document no longer exists."));
    Attachment attachment;
    attachment.documentId = document->id;
    attachment.fileName = fileName;
    attachment.data = data;
    auto *command = new AttachmentCommand(m_repos.database(), m_repos.attachments(), attachment, true,
                                          tr("Attach %1 to %2").arg(fileName, documentName(*document)));
    const Status status = command->applyFirst();
    if (!status) {
        delete command;
        return status;
    }
    if (attachmentUid)
        *attachmentUid = command->attachment().uid;
    m_stack.push(command);
    return {};
}

Status Editor::removeAttachment(const QString &attachmentUid)
{
    const auto attachment = m_repos.attachments().byUid(attachmentUid, true);
    if (!attachment)
        return makeError(Error::Code::NotFound, tr("The attachment no longer exists."));
    const auto document = m_repos.documents().byId(attachment->documentId);
    const QString name = document ? documentName(*document) : QString();
    return push(new AttachmentCommand(
        m_repos.database(), m_repos.attachments(), *attachment, false,
        tr("Remove %1 (version %2) from %3").arg(attachment->fileName).arg(attachment->version).arg(name)));
}

} // namespace pd
