#include "AttentionModel.h"

#include "domain/Money.h"
#include "storage/DashboardQueries.h"
#include "storage/Repositories.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

namespace pd {

namespace {
// Section rows have internal id 0; a line of section s has s + 1.
constexpr quintptr SectionId = 0;

QString elided(const QString &text, int length = 70)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}
} // namespace

AttentionModel::AttentionModel(Repositories &repos, QObject *parent) : QAbstractItemModel(parent), m_repos(repos)
{
    const QList<Repository *> sources{&repos.decisions(),  &repos.documents(),     &repos.meetings(),
                                      &repos.activities(), &repos.contributions(), &repos.parties(),
                                      &repos.funds()};
    for (Repository *repository : sources) {
        connect(repository, &Repository::added, this, &AttentionModel::scheduleReload);
        connect(repository, &Repository::changed, this, &AttentionModel::scheduleReload);
        connect(repository, &Repository::removed, this, &AttentionModel::scheduleReload);
    }
    reload();
}

QModelIndex AttentionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AttentionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() == SectionId && parent.column() == 0)
        return int(m_sections.at(parent.row()).lines.size());
    return 0;
}

int AttentionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const auto section = Section(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return sectionTitle(section);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case SectionRole:
            return int(section);
        case TotalRole:
            return m_sections.at(section).total;
        default:
            return {};
        }
    }
    const int section = int(index.internalId() - 1);
    const Line &line = m_sections.at(section).lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.text;
    case Qt::ToolTipRole:
        return line.toolTip.isEmpty() ? QVariant() : QVariant(line.toolTip);
    case KindRole:
        return line.kind;
    case UidRole:
        return line.uid;
    case SectionRole:
        return section;
    case AmountRole:
        return line.kind == QLatin1String("contribution") ? QVariant(line.amount) : QVariant();
    default:
        return {};
    }
}

void AttentionModel::setToday(const QDate &today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    reload();
}

void AttentionModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

int AttentionModel::rowOf(Section section, const QString &uid) const
{
    const QList<Line> &lines = m_sections.at(section).lines;
    for (int row = 0; row < lines.size(); ++row) {
        if (lines.at(row).uid == uid)
            return row;
    }
    return -1;
}

void AttentionModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &AttentionModel::reload);
}

void AttentionModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_sections[OverdueFollowUps] = overdueFollowUps();
    m_sections[ConsultationDeadlines] = consultationDeadlines();
    m_sections[UpcomingMeetings] = upcomingMeetings();
    m_sections[UnscheduledActivities] = unscheduledActivities();
    m_sections[OutstandingContributions] = outstandingContributions();
    for (Group &group : m_sections) {
        if (group.total > group.lines.size())
            group.lines.append({tr("… and %n more", nullptr, group.total - int(group.lines.size())), {}, {}, {}, 0});
    }
    endResetModel();
    Q_EMIT reloaded();
}

QString AttentionModel::sectionTitle(Section section) const
{
    const int n = m_sections.at(section).total;
    switch (section) {
    case OverdueFollowUps:
        return tr("Overdue follow-ups (%n)", nullptr, n);
    case ConsultationDeadlines:
        return tr("Consultation deadlines within %1 days (%n)", nullptr, n).arg(DeadlineDays);
    case UpcomingMeetings:
        return tr("Meetings in the next %1 days (%n)", nullptr, n).arg(MeetingDays);
    case UnscheduledActivities:
        return tr("Unscheduled activities (%n)", nullptr, n);
    case OutstandingContributions:
        return tr("Outstanding contributions (%n)", nullptr, n);
    case SectionCount:
        break;
    }
    return {};
}

QString AttentionModel::formatDate(const QDate &date) const
{
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

AttentionModel::Group AttentionModel::overdueFollowUps() const
{
    const DashboardQueries queries(m_repos.database());
    Group group;
    group.total = queries.overdueFollowUpCount(m_today);
    for (const OverdueFollowUp &f : queries.overdueFollowUps(m_today, Limit)) {
        const QString text = f.text.text(m_language);
        QString toolTip = text;
        if (!f.owner.isEmpty())
            toolTip = tr("%1\nFollow-up: %2").arg(text, f.owner.text(m_language));
        group.lines.append({tr("%1 (due %2, %n day(s) late): %3", nullptr, int(f.due.daysTo(m_today)))
                                .arg(f.number, formatDate(f.due), elided(text)),
                            toolTip, QStringLiteral("decision"), f.uid, 0});
    }
    return group;
}

AttentionModel::Group AttentionModel::consultationDeadlines() const
{
    const DashboardQueries queries(m_repos.database());
    const QDate until = m_today.addDays(DeadlineDays);
    Group group;
    group.total = queries.consultationDeadlineCount(until);
    for (const ConsultationDeadline &d : queries.consultationDeadlines(until, Limit, NamesPerDocument)) {
        QStringList names;
        for (const WaitingCountry &w : d.waiting) {
            const QString name = w.name.text(m_language);
            names.append(w.state == ConsultationState::MoreTimeRequested && w.requestedUntil.isValid()
                             ? tr("%1 (more time until %2)").arg(name, formatDate(w.requestedUntil))
                             : name);
        }
        const int waiting = queries.waitingCount(d.uid);
        if (waiting > names.size())
            names.append(tr("%n more", nullptr, waiting - int(names.size())));
        const QString title = elided(d.title.text(m_language), 50);
        const QString label = d.code.isEmpty() ? title : tr("%1 %2").arg(d.code, title);
        const QString when = d.deadline < m_today ? tr("deadline passed on %1").arg(formatDate(d.deadline))
                                                  : tr("deadline %1").arg(formatDate(d.deadline));
        const QString text = tr("%1 (%2): waiting on %3").arg(label, when, names.join(tr(", ")));
        group.lines.append({text, d.title.text(m_language), QStringLiteral("document"), d.uid, 0});
    }
    return group;
}

AttentionModel::Group AttentionModel::upcomingMeetings() const
{
    MeetingFilter filter;
    filter.from = m_today;
    filter.to = m_today.addDays(MeetingDays);
    filter.scheduled = true;
    Group group;
    group.total = m_repos.meetings().countMatching(filter);
    for (const Meeting &m : m_repos.meetings().find(filter, Limit, 0, Children::Skip)) {
        QString when = formatDate(m.startDate);
        if (m.endDate.isValid() && m.endDate != m.startDate)
            when = tr("%1 – %2").arg(when, formatDate(m.endDate));
        const QString title = elided(m.title.text(m_language));
        const QString where =
            m.venueCity.isEmpty() ? enumLabel(m.status) : tr("%1, %2").arg(m.venueCity, enumLabel(m.status).toLower());
        group.lines.append(
            {tr("%1: %2 (%3)").arg(when, title, where), m.title.text(m_language), QStringLiteral("meeting"), m.uid, 0});
    }
    return group;
}

AttentionModel::Group AttentionModel::unscheduledActivities() const
{
    ActivityFilter filter;
    filter.scheduled = false;
    filter.linkedToMeeting = false;
    Group group;
    group.total = m_repos.activities().countMatching(filter);
    for (const Activity &a : m_repos.activities().find(filter, Limit, 0, Children::Skip)) {
        const QString title = elided(a.title.text(m_language));
        group.lines.append({a.code.isEmpty() ? title : tr("%1 %2").arg(a.code, title), a.title.text(m_language),
                            QStringLiteral("activity"), a.uid, 0});
    }
    return group;
}

AttentionModel::Group AttentionModel::outstandingContributions() const
{
    const DashboardQueries queries(m_repos.database());
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    Group group;
    group.total = queries.outstandingContributionCount(m_today.year());
    for (const OutstandingContribution &c : queries.outstandingContributions(m_today.year(), Limit)) {
        const QString amount = money::format(c.outstanding(), c.currency, locale);
        group.lines.append(
            {tr("%1, %2, %3: %4 outstanding")
                 .arg(c.party.text(m_language), c.fund.text(m_language), QString::number(c.year), amount),
             tr("Due %1, paid %2")
                 .arg(money::format(c.due, c.currency, locale), money::format(c.paid, c.currency, locale)),
             QStringLiteral("contribution"), c.uid, c.outstanding()});
    }
    return group;
}

} // namespace pd
