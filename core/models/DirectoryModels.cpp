#include "DirectoryModels.h"

#include "storage/Repositories.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

QHash<qint64, QString> partyNames(Repositories &repos, Language language)
{
    QHash<qint64, QString> names;
    for (const Party &p : repos.parties().all())
        names.insert(p.id, p.name.text(language));
    return names;
}

template <typename Model>
int findUid(const Model &model, const QString &uid)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Model::UidRole).toString() == uid)
            return row;
    }
    return -1;
}

} // namespace

// --- Parties

PartyTableModel::PartyTableModel(Repositories &repos, QObject *parent) : QAbstractTableModel(parent), m_repos(repos)
{
    for (const auto signal : {&Repository::added, &Repository::changed, &Repository::removed})
        connect(&repos.parties(), signal, this, &PartyTableModel::reload);
    reload();
}

void PartyTableModel::reload()
{
    beginResetModel();
    m_items.clear();
    for (const Party &p : m_repos.parties().all()) {
        if (!m_kind || p.kind == *m_kind)
            m_items.append(p);
    }
    endResetModel();
}

void PartyTableModel::setKindFilter(std::optional<PartyKind> kind)
{
    m_kind = kind;
    reload();
}

void PartyTableModel::setLanguage(Language language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

int PartyTableModel::rowOf(const QString &uid) const
{
    return findUid(*this, uid);
}

int PartyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PartyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party &p = m_items.at(index.row());
    if (role == UidRole)
        return p.uid;
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name.text(m_language);
    case NameEnColumn:
        return p.name.en;
    case NameEsColumn:
        return p.name.es;
    case AcronymColumn:
        return p.acronym.text(m_language);
    case KindColumn:
        return enumLabel(p.kind);
    case CodeColumn:
        return p.code;
    case MemberColumn:
        return p.member ? tr("Member") : QString();
    }
    return {};
}

QVariant PartyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NameEnColumn:
        return tr("English");
    case NameEsColumn:
        return tr("Spanish");
    case AcronymColumn:
        return tr("Acronym");
    case KindColumn:
        return tr("Kind");
    case CodeColumn:
        return tr("Code");
    case MemberColumn:
        return tr("Membership");
    }
    return {};
}

// --- Focal points

FocalPointTableModel::FocalPointTableModel(Repositories &repos, QObject *parent)
    : QAbstractTableModel(parent), m_repos(repos)
{
    for (const auto signal : {&Repository::added, &Repository::changed, &Repository::removed}) {
        connect(&repos.focalPoints(), signal, this, &FocalPointTableModel::reload);
        connect(&repos.parties(), signal, this, &FocalPointTableModel::reload);
    }
    reload();
}

void FocalPointTableModel::reload()
{
    beginResetModel();
    m_partyNames = partyNames(m_repos, m_language);
    m_items = m_repos.focalPoints().all();
    // By party name, then by person.
    std::stable_sort(m_items.begin(), m_items.end(), [this](const FocalPoint &a, const FocalPoint &b) {
        const int byParty = QString::localeAwareCompare(m_partyNames.value(a.partyId), m_partyNames.value(b.partyId));
        return byParty != 0 ? byParty < 0 : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
}

void FocalPointTableModel::setLanguage(Language language)
{
    m_language = language;
    reload();
}

int FocalPointTableModel::rowOf(const QString &uid) const
{
    return findUid(*this, uid);
}

int FocalPointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FocalPointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FocalPointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FocalPoint &f = m_items.at(index.row());
    if (role == UidRole)
        return f.uid;
    if (role == Qt::ToolTipRole && index.column() == PersonalDataColumn)
        return f.personalData ? tr("Personal data: a handover package may leave this record out")
                              : tr("Not personal data (an office address, say): always handed over");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return f.name;
    case RoleColumn:
        return f.role;
    case PartyColumn:
        return m_partyNames.value(f.partyId);
    case EmailColumn:
        return f.email;
    case PhoneColumn:
        return f.phone;
    case PersonalDataColumn:
        return f.personalData ? tr("Personal") : QString();
    }
    return {};
}

QVariant FocalPointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PartyColumn:
        return tr("Country or organization");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case PersonalDataColumn:
        return tr("Personal data");
    }
    return {};
}

// --- Presidencies

PresidencyTableModel::PresidencyTableModel(Repositories &repos, QObject *parent)
    : QAbstractTableModel(parent), m_repos(repos)
{
    for (const auto signal : {&Repository::added, &Repository::changed, &Repository::removed}) {
        connect(&repos.presidencies(), signal, this, &PresidencyTableModel::reload);
        connect(&repos.parties(), signal, this, &PresidencyTableModel::reload);
    }
    reload();
}

void PresidencyTableModel::reload()
{
    beginResetModel();
    m_partyNames = partyNames(m_repos, m_language);
    m_items = m_repos.presidencies().all();
    // The own conference first, then by status (past, current, incoming) and year.
    const auto own = m_repos.conference();
    const qint64 ownId = own ? own->id : 0;
    std::stable_sort(m_items.begin(), m_items.end(), [ownId](const Presidency &a, const Presidency &b) {
        const bool aOwn = a.conferenceId == ownId, bOwn = b.conferenceId == ownId;
        if (aOwn != bOwn)
            return aOwn;
        if (a.conferenceId != b.conferenceId)
            return a.conferenceId < b.conferenceId;
        if (a.status != b.status)
            return int(a.status) < int(b.status);
        return a.year < b.year;
    });
    endResetModel();
}

void PresidencyTableModel::setLanguage(Language language)
{
    m_language = language;
    reload();
}

int PresidencyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PresidencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresidencyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Presidency &p = m_items.at(index.row());
    if (role == UidRole)
        return p.uid;
    if (role == StatusRole)
        return int(p.status);
    if (role == Qt::FontRole && p.status == PresidencyStatus::Current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    switch (index.column()) {
    case PartyColumn:
        return m_partyNames.value(p.partyId);
    case ConferenceColumn:
        return m_partyNames.value(p.conferenceId);
    case StatusColumn:
        return enumLabel(p.status);
    case YearColumn:
        return p.year ? QString::number(p.year) : QString();
    case PeriodColumn: {
        const QString format = QStringLiteral("d MMM yyyy");
        if (!p.start.isValid())
            return QString();
        return p.end.isValid()
                   ? locale.toString(p.start, format) + QStringLiteral(" – ") + locale.toString(p.end, format)
                   : locale.toString(p.start, format);
    }
    }
    return {};
}

QVariant PresidencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartyColumn:
        return tr("Presidency");
    case ConferenceColumn:
        return tr("Conference");
    case StatusColumn:
        return tr("Status");
    case YearColumn:
        return tr("Year");
    case PeriodColumn:
        return tr("Period");
    }
    return {};
}

} // namespace pd
