#pragma once

#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd {

// The participants of a meeting being edited: party and role, in the order added.
// A party takes part at most once; the role is editable in place.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PartyColumn,
        RoleColumn,
        ColumnCount
    };

    explicit ParticipantTableModel(QObject *parent = nullptr);

    // The parties to name participants by, in the content language.
    void setParties(const QList<Party> &parties, Language language);
    void setParticipants(const QList<Participant> &participants);
    QList<Participant> participants() const { return m_participants; }
    bool contains(qint64 partyId) const;
    // Appends a participant and returns its row, or -1 when the party already takes part.
    int addParticipant(const Participant &participant);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Participant> m_participants;
    QHash<qint64, Party> m_parties;
    Language m_language = Language::English;
};

} // namespace pd
