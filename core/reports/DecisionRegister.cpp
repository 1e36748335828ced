// The decision register of a meeting and the follow-up of each decision.

#include "ReportContext.h"
#include "Reports.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QTextBlockFormat>

namespace pd::reports {

namespace {

constexpr qreal mm = ReportDocument::MillimetrePx;

std::optional<Meeting> latestWithDecisions(Repositories &repos)
{
    std::optional<Meeting> latest;
    for (const qint64 id : repos.decisions().meetingsWithDecisions()) {
        const auto m = repos.meetings().byId(id);
        if (m &&
            (!latest || (m->startDate.isValid() && (!latest->startDate.isValid() || m->startDate > latest->startDate))))
            latest = m;
    }
    return latest;
}

int depthOf(const Decision &d, const QHash<qint64, qint64> &parents)
{
    int depth = 0;
    for (qint64 p = d.parentId; p && depth < 4; p = parents.value(p))
        ++depth;
    return depth;
}

void addDecision(ReportContext &c, const Decision &d, int depth)
{
    ReportDocument &b = c.body();
    const ReportText &t = c.text();
    const qreal indent = (16 + 8 * depth) * mm;
    QTextBlockFormat f;
    f.setProperty(ReportDocument::KeepTogether, true); // a decision and its follow-up stay on one page
    f.setLeftMargin(indent);
    f.setTextIndent(-16 * mm);
    f.setBottomMargin(2 * mm);
    f.setTabPositions({QTextOption::Tab(16 * mm, QTextOption::LeftTab)}); // from the first line's start
    b.cursor().insertBlock(f);
    b.append(d.number + QLatin1Char('\t'), ReportDocument::Style::Bold);
    b.appendLocalized(d.text);
    if (d.status == DecisionStatus::NoFollowUp)
        return;
    QStringList facts{t.label(QT_TRANSLATE_NOOP("Report", "Follow-up: %1")).arg(t.enumText(d.status))};
    if (d.ownerId)
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Owner: %1")).arg(c.partyName(d.ownerId));
    if (d.due.isValid())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Due: %1")).arg(t.date(d.due));
    b.lineBreak();
    b.append(facts.join(QStringLiteral("   \u00b7   ")), ReportDocument::Style::Muted);
}

} // namespace

Result<Report> decisionRegister(Repositories &repos, const QString &meetingUid, const ReportOptions &options)
{
    const std::optional<Meeting> meeting =
        meetingUid.isEmpty() ? latestWithDecisions(repos) : repos.meetings().byUid(meetingUid);
    if (!meeting)
        return makeError(Error::Code::NotFound,
                         meetingUid.isEmpty()
                             ? QCoreApplication::translate("Report", "no meeting has decisions yet")
                             : QCoreApplication::translate("Report", "no meeting with uid \"%1\"").arg(meetingUid));
    ReportContext c(repos, options);
    const ReportText &t = c.text();
    ReportDocument &b = c.body();
    const QList<Decision> decisions = repos.decisions().ofMeeting(meeting->id);

    QHash<qint64, qint64> parents;
    QHash<DecisionStatus, int> counts;
    for (const Decision &d : decisions) {
        parents.insert(d.id, d.parentId);
        counts[d.status] += 1;
    }
    QStringList facts{meeting->isScheduled() ? t.dateRange(meeting->startDate, meeting->endDate)
                                             : t.label(QT_TRANSLATE_NOOP("Report", "Dates to be determined"))};
    if (!meeting->venueCity.isEmpty())
        facts << meeting->venueCity;
    QStringList summary;
    for (const DecisionStatus s : enumValues<DecisionStatus>()) {
        if (s != DecisionStatus::NoFollowUp && counts.value(s))
            summary << t.enumText(s) + QStringLiteral(": ") + QString::number(counts.value(s));
    }
    if (!summary.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Follow-up: %1")).arg(summary.join(QStringLiteral(", ")));
    b.title(t.label(QT_TRANSLATE_NOOP("Report", "Decision register")), meeting->title, facts);

    if (decisions.isEmpty())
        b.paragraph(t.label(QT_TRANSLATE_NOOP("Report", "The meeting has no decisions.")),
                    ReportDocument::Style::Muted);
    QString lastHeading;
    for (const Decision &d : decisions) {
        const QString heading = t.joined(d.heading.text(Language::English), d.heading.text(Language::Spanish));
        if (!heading.isEmpty() && heading != lastHeading)
            b.heading(heading);
        else if (lastHeading.isEmpty() && heading.isEmpty() && &d == &decisions.first())
            b.heading(t.label(QT_TRANSLATE_NOOP("Report", "Conclusions and recommendations")));
        lastHeading = heading.isEmpty() ? lastHeading : heading;
        addDecision(c, d, depthOf(d, parents));
    }
    return c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Decision register")) + QStringLiteral(" \u2014 ") +
                    meeting->title.text(t.primary()));
}

} // namespace pd::reports
