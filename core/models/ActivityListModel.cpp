#include "ActivityListModel.h"

#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

ActivityListModel::ActivityListModel(Repositories &repos, QObject *parent)
    : RecordListModel(repos.activities(), parent), m_repos(repos)
{
    setChildren(Children::Load); // the supporters column
    followLookups(repos.parties());
    followLookups(repos.workingGroups());
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
    m_locale = QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    reloadAll();
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString periodText(const Activity &a, const QLocale &locale)
{
    const QString format = QStringLiteral("d MMM yyyy");
    if (!a.targetEnd.isValid() || a.targetEnd == a.targetStart)
        return locale.toString(a.targetStart, format);
    return locale.toString(a.targetStart, format) + QStringLiteral(" – ") + locale.toString(a.targetEnd, format);
}

// "USD 25,000" or "USD 1,250.50": minor units shown only when there are any.
QString fundingText(const Activity &a, const QLocale &locale)
{
    if (!a.fundingNeeded)
        return {};
    const qint64 minor = *a.fundingNeeded;
    const QString amount =
        minor % 100 == 0 ? locale.toString(minor / 100) : locale.toString(double(minor) / 100.0, 'f', 2);
    return a.currency.isEmpty() ? amount : a.currency + QChar(0x00a0) + amount;
}

} // namespace

QString ActivityListModel::groupName(qint64 workingGroupId) const
{
    return workingGroupId ? m_groupNames.value(workingGroupId) : tr("Structural meetings");
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_items.at(index.row());
    switch (role) {
    case UidRole:
        return a.uid;
    case GroupIdRole:
        return a.workingGroupId;
    case GroupStartRole:
        return index.row() == 0 || m_items.at(index.row() - 1).workingGroupId != a.workingGroupId;
    case ProgressRole:
        return a.progress;
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == FundingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale &locale = m_locale;
    switch (index.column()) {
    case CodeColumn:
        return a.code;
    case TitleColumn:
        return a.title.text(m_language);
    case GroupColumn:
        return groupName(a.workingGroupId);
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
    case TargetColumn:
        return a.targetStart.isValid() ? periodText(a, locale) : tr("To be scheduled");
    case ProgressColumn:
        return tr("%1 %").arg(a.progress);
    case FundingColumn:
        return fundingText(a, locale);
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
        return tr("Target date or period");
    case ProgressColumn:
        return tr("Progress");
    case FundingColumn:
        return tr("Funding needed");
    }
    return {};
}

} // namespace pd
