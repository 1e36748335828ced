#pragma once

#include "PagedDocumentsModel.h"
#include "domain/Document.h"
#include "domain/Party.h"

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
class ConsultationMatrixModel : public PagedDocumentsModel
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

    explicit ConsultationMatrixModel(Repositories &repos, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    int columnOf(qint64 partyId) const;
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
    QList<Party> m_members;
};

} // namespace pd
