#include "MeetingListModel.h"

#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

MeetingListModel::MeetingListModel(Repositories &repos, QObject *parent)
    : RecordListModel(repos.meetings(), parent), m_repos(repos)
{
    followLookups(repos.parties());
    reload();
}

void MeetingListModel::reloadLookups()
{
    m_partyNames.clear();
    for (const Party &p : m_repos.parties().all())
        m_partyNames.insert(p.id, p.name.text(m_language));
}

void MeetingListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reloadAll();
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::dateText(const Meeting &m) const
{
    if (!m.isScheduled())
        return tr("To be scheduled");
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    const QString start = locale.toString(m.startDate, QStringLiteral("d MMM yyyy"));
    if (!m.endDate.isValid() || m.endDate == m.startDate)
        return start;
    return tr("%1 – %2").arg(start, locale.toString(m.endDate, QStringLiteral("d MMM yyyy")));
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &m = m_items.at(index.row());
    if (role == UidRole)
        return m.uid;
    if (role == StartDateRole)
        return m.startDate;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return dateText(m);
    case TitleColumn:
        return m.title.text(m_language);
    case KindColumn:
        return enumLabel(m.kind);
    case VenueColumn: {
        const QString host = m_partyNames.value(m.hostId);
        if (m.venueCity.isEmpty())
            return host;
        return host.isEmpty() ? m.venueCity : tr("%1, %2").arg(m.venueCity, host);
    }
    case StatusColumn:
        return enumLabel(m.status);
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Meeting");
    case KindColumn:
        return tr("Kind");
    case VenueColumn:
        return tr("Venue");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace pd
