#include "MeetingRules.h"

#include "storage/Repositories.h"
#include "widgets/PartyLabels.h"

#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

QString dateRange(const Meeting &m)
{
    const QLocale locale;
    const QString start = locale.toString(m.startDate, QLocale::ShortFormat);
    if (!m.endDate.isValid() || m.endDate == m.startDate)
        return start;
    return start + QStringLiteral(" – ") + locale.toString(m.endDate, QLocale::ShortFormat);
}

bool takesPart(const Meeting &m, qint64 partyId)
{
    return m.hostId == partyId || std::any_of(m.participants.cbegin(), m.participants.cend(),
                                              [partyId](const Participant &p) { return p.partyId == partyId; });
}

} // namespace

MeetingRules::Problems MeetingRules::problems(const Meeting &m)
{
    Problems p;
    if (m.title.isEmpty())
        p.title = tr("Enter a title in English or in Spanish.");
    if (m.isScheduled() && m.endDate.isValid() && m.endDate < m.startDate)
        p.dates = tr("The end date is before the start date.");
    const bool oneDay = !m.isScheduled() || !m.endDate.isValid() || m.endDate == m.startDate;
    if (!m.isAllDay() && m.endTime.isValid() && oneDay && m.endTime < m.startTime)
        p.times = tr("The end time is before the start time.");
    if (m.mode == MeetingMode::Virtual && m.virtualLink.trimmed().isEmpty())
        p.link = tr("A virtual meeting needs the link to join it.");
    return p;
}

QStringList MeetingRules::clashes(Repositories &repos, const Meeting &meeting, const QList<Party> &parties,
                                  Language language)
{
    QStringList lines;
    if (!meeting.isScheduled() || meeting.status == MeetingStatus::Cancelled)
        return lines;

    // The countries that would be busy: the host and those taking part.
    QList<const Party *> countries;
    for (const Party &p : parties) {
        if (p.kind == PartyKind::Country && takesPart(meeting, p.id))
            countries.append(&p);
    }

    MeetingFilter filter;
    filter.from = meeting.startDate;
    filter.to = meeting.endDate.isValid() ? meeting.endDate : meeting.startDate;
    const QLocale locale;
    for (const Meeting &other : repos.meetings().find(filter)) {
        if ((meeting.id != 0 && other.id == meeting.id) || other.status == MeetingStatus::Cancelled)
            continue;
        const QString title = labels::elided(other.title.text(language), 90);
        if (other.kind == meeting.kind)
            lines.append(
                tr("Another meeting of the same kind is on these dates: “%1” (%2).").arg(title, dateRange(other)));
        QStringList booked;
        for (const Party *country : std::as_const(countries)) {
            if (takesPart(other, country->id))
                booked.append(country->name.text(language));
        }
        if (!booked.isEmpty())
            lines.append(tr("Already taking part in “%1” (%2): %3.")
                             .arg(title, dateRange(other), locale.createSeparatedList(booked)));
    }
    return lines;
}

QHash<qint64, ParticipantRole> MeetingRules::suggestedRoles(Repositories &repos, const QList<Party> &parties)
{
    QHash<qint64, ParticipantRole> roles;
    for (const Party &p : parties) {
        switch (p.kind) {
        case PartyKind::Country:
            roles.insert(p.id, p.member ? ParticipantRole::Member : ParticipantRole::Guest);
            break;
        case PartyKind::InternationalOrganization:
        case PartyKind::CivilSociety:
            roles.insert(p.id, ParticipantRole::Observer);
            break;
        case PartyKind::Secretariat:
            roles.insert(p.id, ParticipantRole::Secretariat);
            break;
        case PartyKind::Conference:
        case PartyKind::Academic:
        case PartyKind::Framework:
            roles.insert(p.id, ParticipantRole::Guest);
            break;
        }
    }
    if (const auto own = repos.conference()) {
        if (const auto current = repos.presidencies().withStatus(own->id, PresidencyStatus::Current))
            roles.insert(current->partyId, ParticipantRole::Presidency);
        if (const auto incoming = repos.presidencies().withStatus(own->id, PresidencyStatus::Incoming))
            roles.insert(incoming->partyId, ParticipantRole::IncomingPresidency);
    }
    return roles;
}

} // namespace pd
