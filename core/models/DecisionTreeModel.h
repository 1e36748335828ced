#pragma once

#include "domain/Decision.h"

#include <QAbstractItemModel>
#include <QHash>

namespace pd {

class Repositories;

/*
 * The decision register of one meeting as a tree: the numbered conclusions at the top
 * (1, 2, …) and their sub-items under them (1.a, 7.p, 7.p.i), as the repository links
 * them. It follows the repository: a changed decision is refreshed in place; one added,
 * removed or moved within the tree reloads the meeting (some sixty rows).
 */
class DecisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        VerbColumn,
        TextColumn,
        PartiesColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        IdRole,     // qint64
        StatusRole, // DecisionStatus as int
        OwnerIdRole // qint64, 0 for none
    };

    explicit DecisionTreeModel(Repositories &repos, QObject *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void reload();

    QModelIndex indexOf(const QString &uid, int column = NumberColumn) const;
    const Decision *decisionAt(const QModelIndex &index) const;
    QString partyName(qint64 partyId) const { return m_partyNames.value(partyId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Decision decision;
        int parent = -1; // index in m_nodes, -1 at the top
        int row = 0;     // under its parent
        QList<int> children;
    };

    void reloadLookups();
    void onAdded(const QString &uid);
    void onChanged(const QString &uid);
    void onRemoved(const QString &uid);
    QString displayText(const Decision &d, int column) const;

    Repositories &m_repos;
    qint64 m_meetingId = 0;
    Language m_language = Language::English;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byUid;
    QHash<qint64, QString> m_partyNames;
};

} // namespace pd
