#pragma once

#include "domain/Document.h"
#include "domain/Party.h"

#include <QAbstractTableModel>
#include <QColor>

namespace pd {

class Repositories;

/*
 * The consultation matrix: one row per document, one column per member country. A
 * cell shows the country's reply in short ("More time to 31 Mar 2022"), coloured by
 * state, with the dates, note and message as its tooltip. A country without a recorded
 * reply is pending. Read-only: replies are recorded through Editor::setConsultation.
 * Like DocumentListModel it reads the documents a page at a time (fetchMore).
 */
class ConsultationMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(ConsultationState)
        DocumentUidRole,
        PartyIdRole,
        RequestedUntilRole, // QDate
        RepliedOnRole,      // QDate
        NoteRole,
        MessageRole
    };

    static constexpr int PageSize = 100;

    explicit ConsultationMatrixModel(Repositories &repos, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setLanguage(Language language);
    int rowOf(const QString &documentUid) const; // among the rows read so far
    // The row of the document, reading further pages until it comes; -1 if there is none.
    int fetchRowOf(const QString &documentUid);
    int columnOf(qint64 partyId) const;
    const Document &documentAt(int row) const { return m_documents.at(row); }
    const Party &memberAt(int column) const { return m_members.at(column); }
    Consultation replyAt(const QModelIndex &index) const;

    static QColor colorOf(ConsultationState state);
    QString shortLabel(const Consultation &reply) const;
    void reload();

private:
    void onChanged(const QString &uid);
    QString documentLabel(const Document &document) const;

    Repositories &m_repos;
    Language m_language = Language::English;
    QList<Document> m_documents;
    bool m_complete = true;
    QList<Party> m_members;
};

} // namespace pd
