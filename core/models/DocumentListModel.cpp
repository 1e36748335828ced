#include "DocumentListModel.h"

#include "ConsensusRules.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

DocumentListModel::DocumentListModel(Repositories &repos, QObject *parent)
    : PagedDocumentsModel(repos.documents(), parent), m_repos(repos)
{
    connect(&repos.documents(), &Repository::added, this, &DocumentListModel::reload);
    connect(&repos.documents(), &Repository::removed, this, &DocumentListModel::reload);
    connect(&repos.documents(), &Repository::changed, this, &DocumentListModel::onChanged);
    for (Repository *lookup :
         {static_cast<Repository *>(&repos.parties()), static_cast<Repository *>(&repos.workingGroups())}) {
        connect(lookup, &Repository::added, this, &DocumentListModel::reload);
        connect(lookup, &Repository::changed, this, &DocumentListModel::reload);
        connect(lookup, &Repository::removed, this, &DocumentListModel::reload);
    }
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    readFirstPage();
    m_members = ConsensusRules::consultedMembers(m_repos.parties());
    m_groupNames.clear();
    for (const WorkingGroup &g : m_repos.workingGroups().all())
        m_groupNames.insert(g.id, g.name.text(m_language));
    endResetModel();
}

void DocumentListModel::onChanged(const QString &uid)
{
    int row = -1;
    switch (refresh(uid, &row)) {
    case Refresh::NotRead:
        return;
    case Refresh::Reload:
        reload();
        return;
    case Refresh::Updated:
        break;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DocumentListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

void DocumentListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_documents.isEmpty())
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_documents.size()) - 1, DeadlineColumn));
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::summaryOf(const Document &document) const
{
    return ConsensusRules::summary(ConsensusRules::tally(document, m_members));
}

QString DocumentListModel::deadlineText(const Document &d) const
{
    if (!d.reviewDeadline.isValid())
        return {};
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    const QString date = locale.toString(d.reviewDeadline, QStringLiteral("d MMM yyyy"));
    const qint64 days = today().daysTo(d.reviewDeadline);
    if (days == 0)
        return tr("%1 (today)").arg(date);
    if (days == 1)
        return tr("%1 (1 day left)").arg(date);
    if (days > 0)
        return tr("%1 (%2 days left)").arg(date).arg(days);
    if (days == -1)
        return tr("%1 (1 day overdue)").arg(date);
    return tr("%1 (%2 days overdue)").arg(date).arg(-days);
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &d = m_documents.at(index.row());
    switch (role) {
    case UidRole:
        return d.uid;
    case StateRole:
        return int(d.state);
    case DaysLeftRole:
        return d.reviewDeadline.isValid() ? QVariant(int(today().daysTo(d.reviewDeadline))) : QVariant();
    case BlockingRole: {
        QStringList names;
        for (const Party &p : ConsensusRules::blockingMembers(d, m_members))
            names.append(p.name.text(m_language));
        return names;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CodeColumn:
        return d.code;
    case TitleColumn:
        return d.title.text(m_language);
    case GroupColumn:
        return d.workingGroupId ? m_groupNames.value(d.workingGroupId) : QString();
    case KindColumn:
        return enumLabel(d.kind);
    case StateColumn:
        return enumLabel(d.state);
    case DeadlineColumn:
        return deadlineText(d);
    case ConsultationColumn:
        return summaryOf(d);
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Document");
    case GroupColumn:
        return tr("Working group");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("Approval state");
    case DeadlineColumn:
        return tr("Review deadline");
    case ConsultationColumn:
        return tr("Member countries");
    }
    return {};
}

} // namespace pd
