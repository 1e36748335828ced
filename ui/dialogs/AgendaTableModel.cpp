#include "AgendaTableModel.h"

#include "widgets/FormHelpers.h"
#include "widgets/PartyLabels.h"

#include <QColor>

namespace pd {

AgendaTableModel::AgendaTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaTableModel::setNames(const QList<Party> &parties, const QList<Document> &documents, Language language)
{
    m_parties.clear();
    for (const Party &p : parties)
        m_parties.insert(p.id, p);
    m_documents.clear();
    for (const Document &d : documents)
        m_documents.insert(d.id, d);
    m_language = language;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AgendaTableModel::setItems(const QList<AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QList<AgendaItem> AgendaTableModel::items() const
{
    QList<AgendaItem> items = m_items;
    for (int i = 0; i < items.size(); ++i)
        items[i].numbering = QString::number(i + 1);
    return items;
}

bool AgendaTableModel::moveItem(int from, int to)
{
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
        return false;
    // moveRows takes the row the item is inserted before, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaTableModel::presenterName(qint64 id, bool full) const
{
    const auto party = m_parties.constFind(id);
    if (party == m_parties.cend())
        return {};
    return full ? labels::party(*party, m_language) : labels::partyShort(*party, m_language);
}

QString AgendaTableModel::documentName(qint64 id) const
{
    const auto document = m_documents.constFind(id);
    return document == m_documents.cend() ? QString() : labels::document(*document, m_language);
}

QString AgendaTableModel::documentTitle(qint64 id) const
{
    const auto document = m_documents.constFind(id);
    return document == m_documents.cend() ? QString() : document->title.text(m_language);
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = m_items.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == StartColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    // An item titled in one language only: the empty cell is tinted and says why.
    if ((column == TitleEnColumn || column == TitleEsColumn) &&
        (role == Qt::BackgroundRole || role == Qt::ToolTipRole)) {
        const QString missing = form::missingTranslation(item.title.en, item.title.es);
        const bool empty = (column == TitleEnColumn ? item.title.en : item.title.es).trimmed().isEmpty();
        if (!missing.isEmpty() && empty)
            return role == Qt::ToolTipRole ? QVariant(missing) : QVariant(QColor(0xff, 0xf0, 0xc8));
        if (role == Qt::BackgroundRole)
            return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case TitleEnColumn:
        return item.title.en;
    case TitleEsColumn:
        return item.title.es;
    case PresenterColumn:
        return edit ? QVariant(item.presenterId) : QVariant(presenterName(item.presenterId, role == Qt::ToolTipRole));
    case StartColumn:
        if (edit)
            return item.startTime;
        return item.startTime.isValid() ? item.startTime.toString(QStringLiteral("HH:mm")) : QString();
    case DurationColumn:
        if (edit)
            return item.durationMinutes;
        return item.durationMinutes > 0 ? tr("%1 min").arg(item.durationMinutes) : QString();
    case DocumentColumn:
        if (edit)
            return item.documentId;
        return role == Qt::ToolTipRole ? documentTitle(item.documentId) : documentName(item.documentId);
    default:
        return {};
    }
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    AgendaItem &item = m_items[index.row()];
    switch (index.column()) {
    case TitleEnColumn:
        item.title.en = value.toString().trimmed();
        break;
    case TitleEsColumn:
        item.title.es = value.toString().trimmed();
        break;
    case PresenterColumn:
        item.presenterId = value.toLongLong();
        break;
    case StartColumn:
        item.startTime = value.toTime();
        break;
    case DurationColumn:
        item.durationMinutes = qMax(0, value.toInt());
        break;
    case DocumentColumn:
        item.documentId = value.toLongLong();
        break;
    default:
        return false;
    }
    // A title in one language changes the other's missing-language mark too.
    const bool title = index.column() == TitleEnColumn || index.column() == TitleEsColumn;
    const QModelIndex first = title ? index.siblingAtColumn(TitleEnColumn) : index;
    const QModelIndex last = title ? index.siblingAtColumn(TitleEsColumn) : index;
    Q_EMIT dataChanged(first, last, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::BackgroundRole});
    return true;
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The item's number: its position.
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return QString::number(section + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleEnColumn:
        return tr("Title (English)");
    case TitleEsColumn:
        return tr("Title (Spanish)");
    case PresenterColumn:
        return tr("Presenter");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case DocumentColumn:
        return tr("Document");
    default:
        return {};
    }
}

bool AgendaTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_items.insert(row, count, AgendaItem());
    endInsertRows();
    renumberFrom(row + count);
    return true;
}

bool AgendaTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    renumberFrom(row);
    return true;
}

bool AgendaTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<AgendaItem> moving = m_items.mid(sourceRow, count);
    m_items.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_items.insert(insertAt + i, moving.at(i));
    endMoveRows();
    renumberFrom(qMin(sourceRow, insertAt));
    return true;
}

void AgendaTableModel::renumberFrom(int row)
{
    if (row < rowCount())
        Q_EMIT headerDataChanged(Qt::Vertical, row, rowCount() - 1);
}

} // namespace pd
