#pragma once

#include "PagedModel.h"
#include "domain/Decision.h"

#include <QAbstractItemModel>
#include <QHash>

namespace pd {

class Repositories;

/*
 * The decision register of one meeting as a tree: the numbered conclusions at the top
 * (1, 2, …) and their sub-items under them (1.a, 7.p, 7.p.i), as the repository links
 * them. It follows the repository: a changed decision is refreshed in place; one added,
 * removed or moved within the tree reloads the meeting (some sixty rows). The top-level
 * conclusions are read PageSize at a time, each with all its sub-items (fetchMore), so a
 * register of thousands opens at once; a PagedTreeView holds the second page while the
 * first fills it (PagedFetch).
 */
class DecisionTreeModel : public QAbstractItemModel, public PagedFetch
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

    static constexpr int PageSize = 100;

    explicit DecisionTreeModel(Repositories &repos, QObject *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void reload();

    QModelIndex indexOf(const QString &uid, int column = NumberColumn) const; // among the rows read
    // The index of the decision, reading further pages until it comes.
    QModelIndex fetchIndexOf(const QString &uid, int column = NumberColumn);
    const Decision *decisionAt(const QModelIndex &index) const;
    QString partyName(qint64 partyId) const { return m_partyNames.value(partyId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node
    {
        Decision decision;
        int parent = -1; // index in m_nodes, -1 at the top
        int row = 0;     // under its parent
        QList<int> children;
    };

    void reloadLookups();
    void reloadRows(); // the lookups only when stale
    void append(const QList<Decision> &top, const QList<Decision> &subItems);
    QList<Decision> subItemsOf(const QList<Decision> &top) const;
    void onAdded(const QString &uid);
    void onChanged(const QString &uid);
    void onRemoved(const QString &uid);
    QString displayText(const Decision &d, int column) const;

    Repositories &m_repos;
    qint64 m_meetingId = 0;
    Language m_language = Language::English;
    QList<Node> m_nodes;
    bool m_complete = true;
    QList<int> m_roots;
    QHash<QString, int> m_byUid;
    QHash<qint64, QString> m_partyNames;
    bool m_lookupsStale = false; // the party names, read again on a party change or a language switch
};

} // namespace pd
