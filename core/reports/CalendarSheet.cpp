// The calendar sheet: meetings and activities of a period in the shape of conclusion 7
// of the RCGM conclusions — by working group, then the RCM structural meetings.

#include "ReportContext.h"
#include "Reports.h"
#include "domain/Filters.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QTextBlockFormat>

#include <algorithm>

namespace pd::reports {

namespace {

constexpr qreal mm = ReportDocument::MillimetrePx;

// One line of the sheet, a meeting or an activity, whatever its section.
struct Entry
{
    QDate start;
    QDate end;
    QString code;
    LocalizedText title;
    QString facts;
};

bool isStructural(MeetingKind kind)
{
    return kind == MeetingKind::Rcgm || kind == MeetingKind::ViceMinisterial || kind == MeetingKind::JointPlenary;
}

QString shortRange(const QDate &from, const QDate &to, const ReportText &t)
{
    if (!from.isValid())
        return t.label(QT_TRANSLATE_NOOP("Report", "to be determined"));
    const QLocale locale = t.locale(t.primary());
    const QString format = QStringLiteral("d MMM yyyy");
    if (!to.isValid() || to == from)
        return locale.toString(from, format);
    if (from.year() == to.year() && from.month() == to.month())
        return QString::number(from.day()) + QChar(0x2013) + locale.toString(to, format);
    return locale.toString(from, format) + QChar(0x2013) + locale.toString(to, format);
}

void addEntry(ReportContext &c, const Entry &e)
{
    ReportDocument &b = c.body();
    QTextBlockFormat f;
    f.setProperty(ReportDocument::KeepTogether, true);
    f.setLeftMargin(42 * mm);
    f.setTextIndent(-42 * mm);
    f.setBottomMargin(1.6 * mm);
    f.setTabPositions(
        {QTextOption::Tab(30 * mm, QTextOption::LeftTab), QTextOption::Tab(42 * mm, QTextOption::LeftTab)});
    b.cursor().insertBlock(f);
    b.append(shortRange(e.start, e.end, c.text()) + QLatin1Char('\t'), ReportDocument::Style::Muted);
    b.append(e.code + QLatin1Char('\t'), ReportDocument::Style::Bold);
    b.appendLocalized(e.title);
    if (!e.facts.isEmpty()) {
        b.lineBreak();
        b.append(e.facts, ReportDocument::Style::Muted);
    }
}

void addSection(ReportContext &c, const QString &heading, QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    c.body().heading(heading);
    for (const Entry &e : entries)
        addEntry(c, e);
}

QString joinFacts(const QStringList &facts)
{
    QStringList nonEmpty;
    for (const QString &f : facts) {
        if (!f.isEmpty())
            nonEmpty << f;
    }
    return nonEmpty.join(QStringLiteral(" \u00b7 "));
}

} // namespace

Result<Report> calendarSheet(Repositories &repos, const QDate &from, const QDate &to, const ReportOptions &options)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("Report", "the period needs a start and an end date, in order"));
    ReportContext c(repos, options);
    const ReportText &t = c.text();

    // Sections: each working group in order, then the structural meetings (with the
    // activities of no group), then any other meeting.
    const QList<WorkingGroup> groups = repos.workingGroups().all();
    QHash<qint64, QList<Entry>> byGroup;
    QList<Entry> structural;
    QList<Entry> other;

    MeetingFilter meetingFilter;
    meetingFilter.from = from;
    meetingFilter.to = to;
    meetingFilter.scheduled = true;
    for (const Meeting &m : repos.meetings().find(meetingFilter, -1, 0, Children::Skip)) {
        Entry e{m.startDate, m.endDate, m.code, m.title,
                joinFacts({m.venueCity, c.partyName(m.hostId), t.enumText(m.kind), t.enumText(m.status)})};
        if (m.workingGroupId)
            byGroup[m.workingGroupId].append(e);
        else if (isStructural(m.kind))
            structural.append(e);
        else
            other.append(e);
    }

    const auto addActivities = [&](const ActivityFilter &filter) {
        for (const Activity &a : repos.activities().find(filter, -1, 0, Children::Skip)) {
            Entry e{a.targetStart, a.targetEnd, a.code, a.title,
                    joinFacts({c.partyName(a.leadId ? a.leadId : a.hostId), t.enumText(a.status)})};
            if (a.workingGroupId)
                byGroup[a.workingGroupId].append(e);
            else
                structural.append(e);
        }
    };
    ActivityFilter activityFilter;
    activityFilter.from = from;
    activityFilter.to = to;
    activityFilter.scheduled = true;
    activityFilter.linkedToMeeting = false; // those are listed through their meeting
    addActivities(activityFilter);
    if (options.unscheduled) {
        ActivityFilter unscheduled;
        unscheduled.scheduled = false;
        unscheduled.linkedToMeeting = false;
        addActivities(unscheduled);
    }

    LocalizedText sheetTitle{
        t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::English),
        t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::Spanish)};
    QStringList facts{t.dateRange(from, to)};
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    c.body().title(t.label(QT_TRANSLATE_NOOP("Report", "Calendar")), sheetTitle, facts);

    for (const WorkingGroup &g : groups)
        addSection(c, t.joined(g.name.text(Language::English), g.name.text(Language::Spanish)), byGroup[g.id]);
    addSection(c, t.label(QT_TRANSLATE_NOOP("Report", "RCM structural meetings")), structural);
    addSection(c, t.label(QT_TRANSLATE_NOOP("Report", "Other meetings")), other);
    if (byGroup.isEmpty() && structural.isEmpty() && other.isEmpty())
        c.body().paragraph(t.label(QT_TRANSLATE_NOOP("Report", "Nothing is scheduled in this period.")),
                           ReportDocument::Style::Muted);
    return c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Calendar")) + QStringLiteral(" \u2014 ") +
                    t.dateRange(from, to, t.primary()));
}

} // namespace pd::reports
