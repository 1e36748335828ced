#include "ParticipantTableModel.h"

#include "widgets/PartyLabels.h"

#include <algorithm>

namespace pd {

ParticipantTableModel::ParticipantTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ParticipantTableModel::setParties(const QList<Party> &parties, Language language)
{
    m_parties.clear();
    for (const Party &p : parties)
        m_parties.insert(p.id, p);
    m_language = language;
    if (!m_participants.isEmpty())
        Q_EMIT dataChanged(index(0, PartyColumn), index(rowCount() - 1, PartyColumn));
}

void ParticipantTableModel::setParticipants(const QList<Participant> &participants)
{
    beginResetModel();
    m_participants.clear();
    for (const Participant &p : participants) {
        if (!contains(p.partyId))
            m_participants.append(p);
    }
    endResetModel();
}

bool ParticipantTableModel::contains(qint64 partyId) const
{
    return std::any_of(m_participants.cbegin(), m_participants.cend(),
                       [partyId](const Participant &p) { return p.partyId == partyId; });
}

int ParticipantTableModel::addParticipant(const Participant &participant)
{
    if (participant.partyId == 0 || contains(participant.partyId))
        return -1;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_participants.append(participant);
    endInsertRows();
    return row;
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_participants.at(index.row());
    if (index.column() == PartyColumn) {
        const auto party = m_parties.constFind(p.partyId);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return party == m_parties.cend() ? tr("(unknown party)") : labels::party(*party, m_language);
        if (role == Qt::EditRole)
            return p.partyId;
    } else if (index.column() == RoleColumn) {
        if (role == Qt::DisplayRole)
            return enumLabel(p.role);
        if (role == Qt::EditRole)
            return int(p.role);
    }
    return {};
}

bool ParticipantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || index.column() != RoleColumn || !value.isValid())
        return false;
    const auto newRole = ParticipantRole(value.toInt());
    Participant &p = m_participants[index.row()];
    if (p.role == newRole)
        return true;
    p.role = newRole;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartyColumn:
        return tr("Country or organization");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

bool ParticipantTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_participants.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace pd
