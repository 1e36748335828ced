#include "UnscheduledModel.h"

namespace pd {

UnscheduledModel::UnscheduledModel(CalendarItems &source, QObject *parent)
    : QAbstractListModel(parent), m_source(source)
{
    connect(&source, &CalendarItems::changed, this, &UnscheduledModel::reload);
    reload();
}

void UnscheduledModel::reload()
{
    beginResetModel();
    m_items = m_source.unscheduled(Limit);
    m_total = m_source.unscheduledCount();
    endResetModel();
}

void UnscheduledModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int UnscheduledModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int UnscheduledModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).uid == uid)
            return i;
    }
    return -1;
}

QVariant UnscheduledModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarItem &item = m_items.at(index.row());
    const bool meeting = item.kind == CalendarItem::Kind::Meeting;
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = item.title.text(m_language);
        return item.code.isEmpty() ? title : tr("%1 %2").arg(item.code, title);
    }
    case Qt::ToolTipRole:
        return meeting ? tr("Meeting to be scheduled: %1").arg(item.title.text(m_language))
                       : tr("Activity to be scheduled: %1").arg(item.title.text(m_language));
    case UidRole:
        return item.uid;
    case KindRole:
        return int(item.kind);
    case ColorKeyRole:
        return item.colorKey;
    default:
        return {};
    }
}

Qt::ItemFlags UnscheduledModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool UnscheduledModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    const CalendarItemRef ref = CalendarItems::fromMimeData(data);
    if (!ref.isValid() || rowOf(ref.uid) >= 0)
        return false;
    const auto item = m_source.item(ref);
    return item && item->isScheduled();
}

bool UnscheduledModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT unscheduleRequested(CalendarItems::fromMimeData(data));
    return true;
}

QStringList UnscheduledModel::mimeTypes() const
{
    return {CalendarItems::mimeType()};
}

QMimeData *UnscheduledModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.row() < m_items.size()) {
            const CalendarItem &item = m_items.at(index.row());
            return CalendarItems::mimeData({item.kind, item.uid});
        }
    }
    return nullptr;
}

} // namespace pd
