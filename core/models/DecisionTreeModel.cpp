#include "DecisionTreeModel.h"

#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

DecisionTreeModel::DecisionTreeModel(Repositories &repos, QObject *parent) : QAbstractItemModel(parent), m_repos(repos)
{
    DecisionRepository &decisions = repos.decisions();
    connect(&decisions, &Repository::added, this, &DecisionTreeModel::onAdded);
    connect(&decisions, &Repository::changed, this, &DecisionTreeModel::onChanged);
    connect(&decisions, &Repository::removed, this, &DecisionTreeModel::onRemoved);
    connect(&repos.parties(), &Repository::added, this, &DecisionTreeModel::reload);
    connect(&repos.parties(), &Repository::changed, this, &DecisionTreeModel::reload);
    reloadLookups();
}

void DecisionTreeModel::setMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    reloadRows(); // the party names stay: a meeting choice reads only its decisions
}

void DecisionTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

void DecisionTreeModel::reloadLookups()
{
    m_partyNames.clear();
    for (const Party &p : m_repos.parties().all()) {
        const QString acronym = p.acronym.text(m_language);
        m_partyNames.insert(p.id, acronym.isEmpty() ? p.name.text(m_language) : acronym);
    }
}

void DecisionTreeModel::reload()
{
    m_lookupsStale = true;
    reloadRows();
}

void DecisionTreeModel::reloadRows()
{
    beginResetModel();
    if (m_lookupsStale) {
        reloadLookups();
        m_lookupsStale = false;
    }
    m_nodes.clear();
    m_roots.clear();
    m_byUid.clear();
    m_complete = true;
    if (m_meetingId) {
        const QList<Decision> top = m_repos.decisions().topOfMeeting(m_meetingId, PageSize, 0);
        m_complete = top.size() < PageSize;
        append(top, subItemsOf(top));
    }
    endResetModel();
}

QList<Decision> DecisionTreeModel::subItemsOf(const QList<Decision> &top) const
{
    QList<qint64> ids;
    ids.reserve(top.size());
    for (const Decision &d : top)
        ids.append(d.id);
    return m_repos.decisions().subItemsOf(m_meetingId, ids);
}

// Adds a page of top-level decisions and their sub-items, in register order.
void DecisionTreeModel::append(const QList<Decision> &top, const QList<Decision> &subItems)
{
    QHash<qint64, int> byId;
    for (const QList<Decision> *list : {&top, &subItems}) {
        for (const Decision &d : *list) {
            byId.insert(d.id, int(m_nodes.size()));
            m_byUid.insert(d.uid, int(m_nodes.size()));
            m_nodes.append(Node{d, -1, 0, {}});
        }
    }
    const int first = int(m_nodes.size() - top.size() - subItems.size());
    for (int i = first; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const int parent = i < first + top.size() ? -1 : byId.value(node.decision.parentId, -1);
        node.parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        node.row = int(siblings.size());
        siblings.append(i);
    }
}

bool DecisionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return !fetchHeld() && !parent.isValid() && !m_complete;
}

void DecisionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<Decision> top = m_repos.decisions().topOfMeeting(m_meetingId, PageSize, int(m_roots.size()));
    m_complete = top.size() < PageSize;
    if (top.isEmpty())
        return;
    const QList<Decision> subItems = subItemsOf(top);
    beginInsertRows({}, int(m_roots.size()), int(m_roots.size() + top.size() - 1));
    append(top, subItems);
    endInsertRows();
}

QModelIndex DecisionTreeModel::fetchIndexOf(const QString &uid, int column)
{
    while (!m_byUid.contains(uid) && !m_complete)
        fetchMore({});
    return indexOf(uid, column);
}

void DecisionTreeModel::onAdded(const QString &uid)
{
    const auto decision = m_repos.decisions().byUid(uid);
    if (decision && decision->meetingId == m_meetingId)
        reload();
}

void DecisionTreeModel::onChanged(const QString &uid)
{
    const int node = m_byUid.value(uid, -1);
    const auto decision = m_repos.decisions().byUid(uid);
    if (node < 0) {
        if (decision && decision->meetingId == m_meetingId)
            reload();
        return;
    }
    const Decision &old = m_nodes.at(node).decision;
    if (!decision || decision->meetingId != old.meetingId || decision->parentId != old.parentId ||
        decision->position != old.position) {
        reload();
        return;
    }
    m_nodes[node].decision = *decision;
    const int row = m_nodes.at(node).row;
    Q_EMIT dataChanged(createIndex(row, 0, quintptr(node)), createIndex(row, ColumnCount - 1, quintptr(node)));
}

void DecisionTreeModel::onRemoved(const QString &uid)
{
    if (m_byUid.contains(uid))
        reload();
}

QModelIndex DecisionTreeModel::indexOf(const QString &uid, int column) const
{
    const int node = m_byUid.value(uid, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, column, quintptr(node));
}

const Decision *DecisionTreeModel::decisionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(int(index.internalId())).decision;
}

QModelIndex DecisionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex DecisionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int DecisionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int DecisionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DecisionTreeModel::displayText(const Decision &d, int column) const
{
    switch (column) {
    case NumberColumn:
        return d.number;
    case VerbColumn:
        return d.verb == DecisionVerb::Other ? QString() : enumLabel(d.verb);
    case TextColumn:
        return d.text.text(m_language);
    case PartiesColumn: {
        QStringList names;
        for (const qint64 id : d.partyIds)
            names.append(m_partyNames.value(id));
        return names.join(QStringLiteral(", "));
    }
    case OwnerColumn:
        return d.ownerId ? m_partyNames.value(d.ownerId) : QString();
    case DueColumn: {
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        return d.due.isValid() ? locale.toString(d.due, QStringLiteral("d MMM yyyy")) : QString();
    }
    case StatusColumn:
        return enumLabel(d.status);
    }
    return {};
}

QVariant DecisionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Decision &d = m_nodes.at(int(index.internalId())).decision;
    switch (role) {
    case UidRole:
        return d.uid;
    case IdRole:
        return d.id;
    case StatusRole:
        return int(d.status);
    case OwnerIdRole:
        return d.ownerId;
    case Qt::DisplayRole:
        return displayText(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            const QString text = d.text.text(m_language);
            const QString heading = d.heading.text(m_language);
            return heading.isEmpty() ? text : heading + QLatin1Char('\n') + text;
        }
        return displayText(d, index.column());
    default:
        return {};
    }
}

QVariant DecisionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case VerbColumn:
        return tr("Action");
    case TextColumn:
        return tr("Conclusion");
    case PartiesColumn:
        return tr("Parties named");
    case OwnerColumn:
        return tr("Follow-up owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace pd
