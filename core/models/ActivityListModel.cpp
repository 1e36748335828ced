#include "ActivityListModel.h"

#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

ActivityListModel::ActivityListModel(Repositories &repos, QObject *parent)
    : RecordListModel(repos.activities(), parent), m_repos(repos)
{
    connect(&repos.parties(), &Repository::changed, this, &ActivityListModel::reload);
    connect(&repos.workingGroups(), &Repository::changed, this, &ActivityListModel::reload);
    reload();
}

void ActivityListModel::reloadLookups()
{
    m_partyNames.clear();
    for (const Party &p : m_repos.parties().all())
        m_partyNames.insert(p.id, p.acronym.text(m_language).isEmpty() ? p.name.text(m_language)
                                                                       : p.acronym.text(m_language));
    m_groupNames.clear();
    for (const WorkingGroup &g : m_repos.workingGroups().all())
        m_groupNames.insert(g.id, g.name.text(m_language));
}

void ActivityListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_items.at(index.row());
    if (role == UidRole)
        return a.uid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return a.code;
    case TitleColumn:
        return a.title.text(m_language);
    case GroupColumn:
        return a.workingGroupId ? m_groupNames.value(a.workingGroupId) : tr("Structural meetings");
    case LeadColumn: {
        QStringList names;
        if (a.leadId)
            names.append(m_partyNames.value(a.leadId));
        if (a.hostId && a.hostId != a.leadId)
            names.append(m_partyNames.value(a.hostId));
        return names.join(QStringLiteral(", "));
    }
    case SupportersColumn: {
        QStringList names;
        for (qint64 id : a.supporterIds)
            names.append(m_partyNames.value(id));
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return enumLabel(a.status);
    case TargetColumn: {
        if (!a.targetStart.isValid())
            return tr("To be scheduled");
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        return locale.toString(a.targetStart, QStringLiteral("d MMM yyyy"));
    }
    }
    return {};
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Activity");
    case GroupColumn:
        return tr("Working group");
    case LeadColumn:
        return tr("Lead / host");
    case SupportersColumn:
        return tr("Supported by");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target date");
    }
    return {};
}

} // namespace pd
