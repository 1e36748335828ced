// The agenda sheet: what goes on the table of every delegation.

#include "ReportContext.h"
#include "Reports.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QTextBlockFormat>

namespace pd::reports {

namespace {

constexpr qreal mm = ReportDocument::MillimetrePx;

QString timeText(const AgendaItem &item)
{
    if (!item.startTime.isValid())
        return {};
    const QString start = item.startTime.toString(QStringLiteral("HH:mm"));
    if (item.durationMinutes <= 0)
        return start;
    return start + QChar(0x2013) + item.startTime.addSecs(item.durationMinutes * 60).toString(QStringLiteral("HH:mm"));
}

QString meetingWhen(const Meeting &m, const ReportText &t)
{
    if (!m.isScheduled())
        return t.label(QT_TRANSLATE_NOOP("Report", "Dates to be determined"));
    QString when = t.dateRange(m.startDate, m.endDate);
    if (!m.isAllDay()) {
        when += QStringLiteral(", ") + m.startTime.toString(QStringLiteral("HH:mm"));
        if (m.endTime.isValid())
            when += QChar(0x2013) + m.endTime.toString(QStringLiteral("HH:mm"));
        if (!m.timeZone.isEmpty())
            when += QStringLiteral(" (") + m.timeZone + QLatin1Char(')');
    }
    return when;
}

QString meetingWhere(const Meeting &m, ReportContext &c)
{
    QStringList parts;
    if (!m.venueCity.isEmpty())
        parts << m.venueCity;
    if (m.hostId)
        parts << c.partyName(m.hostId);
    if (m.mode != MeetingMode::Unspecified)
        parts << c.text().enumText(m.mode);
    return parts.join(QStringLiteral(", "));
}

void addItem(ReportContext &c, const AgendaItem &item, int index)
{
    ReportDocument &b = c.body();
    const ReportText &t = c.text();
    // One block per item, kept together: a page break never falls inside an item.
    QTextBlockFormat f;
    f.setProperty(ReportDocument::KeepTogether, true);
    f.setLeftMargin(34 * mm);
    f.setTextIndent(-34 * mm);
    f.setTopMargin(1.2 * mm);
    f.setBottomMargin(2.2 * mm);
    f.setTabPositions(
        {QTextOption::Tab(24 * mm, QTextOption::LeftTab), QTextOption::Tab(34 * mm, QTextOption::LeftTab)});
    b.cursor().insertBlock(f);
    b.append(timeText(item), ReportDocument::Style::Muted);
    b.append(QStringLiteral("\t"));
    b.append(item.numbering.isEmpty() ? QString::number(index + 1) + QLatin1Char('.') : item.numbering,
             ReportDocument::Style::Bold);
    b.append(QStringLiteral("\t"));
    b.appendLocalized(item.title, ReportDocument::Style::Bold);

    QStringList facts;
    if (item.presenterId)
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presenter: %1")).arg(c.partyName(item.presenterId));
    if (item.documentId) {
        if (const auto doc = c.repos().documents().byId(item.documentId)) {
            const QString code = doc->code.isEmpty() ? doc->title.text(t.primary()) : doc->code;
            facts << t.label(QT_TRANSLATE_NOOP("Report", "Document: %1")).arg(code);
        }
    }
    if (!facts.isEmpty()) {
        b.lineBreak();
        b.append(facts.join(QStringLiteral("   \u00b7   ")), ReportDocument::Style::Muted);
    }
}

void addParticipants(ReportContext &c, const Meeting &m)
{
    ReportDocument &b = c.body();
    b.heading(c.text().label(QT_TRANSLATE_NOOP("Report", "Participants")));
    for (const ParticipantRole role : enumValues<ParticipantRole>()) {
        QStringList names;
        for (const Participant &p : m.participants) {
            if (p.role == role)
                names << c.partyName(p.partyId);
        }
        if (names.isEmpty())
            continue;
        QTextBlockFormat f;
        f.setProperty(ReportDocument::KeepTogether, true);
        f.setLeftMargin(6 * mm);
        f.setTextIndent(-6 * mm);
        f.setBottomMargin(1.8 * mm);
        b.cursor().insertBlock(f);
        b.append(c.text().enumText(role), ReportDocument::Style::Bold);
        b.lineBreak();
        b.append(names.join(QStringLiteral(", ")));
    }
}

} // namespace

Result<Report> agendaSheet(Repositories &repos, const QString &meetingUid, const ReportOptions &options)
{
    const auto meeting = repos.meetings().byUid(meetingUid);
    if (!meeting)
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("Report", "no meeting with uid \"%1\"").arg(meetingUid));
    ReportContext c(repos, options);
    const ReportText &t = c.text();
    const Meeting &m = *meeting;

    QStringList facts;
    facts << meetingWhen(m, t);
    if (const QString where = meetingWhere(m, c); !where.isEmpty())
        facts << where;
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    if (m.status != MeetingStatus::Confirmed && m.status != MeetingStatus::Held)
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Status: %1")).arg(t.enumText(m.status));
    c.body().title(t.label(QT_TRANSLATE_NOOP("Report", "Agenda")), m.title, facts);

    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Agenda items")));
    if (m.agenda.isEmpty())
        c.body().paragraph(t.label(QT_TRANSLATE_NOOP("Report", "The agenda has no items yet.")),
                           ReportDocument::Style::Muted);
    for (int i = 0; i < m.agenda.size(); ++i)
        addItem(c, m.agenda.at(i), i);
    if (options.participants && !m.participants.isEmpty())
        addParticipants(c, m);
    return c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Agenda")) + QStringLiteral(" \u2014 ") +
                    m.title.text(t.primary()));
}

} // namespace pd::reports
