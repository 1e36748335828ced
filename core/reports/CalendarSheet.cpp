// The calendar sheet: meetings and activities of a period in the shape of conclusion 7
// of the RCGM conclusions — by working group, then the RCM structural meetings.

#include "ReportContext.h"
#include "Reports.h"
#include "storage/CalendarQueries.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QTextBlockFormat>
#include <QTextCursor>

#include <algorithm>
#include <functional>

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

// The date column under a month's subheading, without the year: "6 Oct", "6–22 Oct",
// "28 Oct–3 Nov" (also into the next year, since a range ends after it begins); the end's
// year only when the range lasts a year or more. Short, so that it fits its column, and
// fewer glyphs: they are most of the cost of a year's sheet.
QString dayRange(const QDate &from, const QDate &to, const QLocale &locale)
{
    if (!from.isValid())
        return {};
    const QChar dash(0x2013);
    const QString dayMonth = QStringLiteral("d MMM");
    if (!to.isValid() || to <= from)
        return locale.toString(from, dayMonth);
    if (from.year() == to.year() && from.month() == to.month())
        return QString::number(from.day()) + dash + locale.toString(to, dayMonth);
    const bool withinYear = to < from.addYears(1); // else "3 Nov–5 Mar 2023"
    return locale.toString(from, dayMonth) + dash +
           locale.toString(to, withinYear ? dayMonth : QStringLiteral("d MMM yyyy"));
}

// "October 2021" / "octubre de 2021", in the report's languages.
QString monthHeading(const QDate &date, const ReportText &t)
{
    const QString en = t.locale(Language::English).toString(date, QStringLiteral("MMMM yyyy"));
    const QString es = t.locale(Language::Spanish).toString(date, QStringLiteral("MMMM 'de' yyyy"));
    return t.joined(en, es);
}

// The formats of a section's lines, made once for the whole sheet.
struct EntryFormats
{
    QTextBlockFormat block;
    QTextCharFormat date;
    QTextCharFormat code;
    QTextCharFormat title;
    QTextCharFormat second;
    QTextCharFormat facts;

    explicit EntryFormats(const ReportDocument &b)
        : date(b.format(ReportDocument::Style::Muted)), code(b.format(ReportDocument::Style::Bold)),
          title(b.format(ReportDocument::Style::Body)), second(b.format(ReportDocument::Style::Second)),
          facts(b.format(ReportDocument::Style::Muted))
    {
        // The days, the code (up to "A.000000" or "7.p.iii" in bold), then the title:
        // its continuation lines, the Spanish and the facts hang under the title.
        constexpr qreal dateWidth = 27 * mm;
        constexpr qreal codeWidth = 22 * mm;
        block.setProperty(ReportDocument::KeepTogether, true);
        block.setLeftMargin(dateWidth + codeWidth);
        block.setTextIndent(-(dateWidth + codeWidth));
        block.setBottomMargin(1.4 * mm);
        block.setTabPositions({QTextOption::Tab(dateWidth, QTextOption::LeftTab),
                               QTextOption::Tab(dateWidth + codeWidth, QTextOption::LeftTab)});
    }
};

void addEntry(ReportDocument &b, const EntryFormats &f, const Entry &e, const QLocale &locale)
{
    QTextCursor &cursor = b.cursor();
    cursor.insertBlock(f.block);
    cursor.insertText(dayRange(e.start, e.end, locale) + QLatin1Char('\t'), f.date);
    cursor.insertText(e.code + QLatin1Char('\t'), f.code);
    const ReportText &t = b.text();
    const QString first = t.both() ? e.title.text(Language::English) : e.title.text(t.primary());
    if (t.both() && !e.title.es.isEmpty() && e.title.es != first) {
        cursor.insertText(first + QChar(QChar::LineSeparator), f.title);
        cursor.insertText(e.title.es, f.second);
    } else {
        cursor.insertText(first, f.title);
    }
    if (!e.facts.isEmpty())
        cursor.insertText(QChar(QChar::LineSeparator) + e.facts, f.facts);
}

void addSection(ReportContext &c, const EntryFormats &formats, const QString &heading, QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    ReportDocument &b = c.body();
    const ReportText &t = c.text();
    const QLocale locale = t.locale(t.primary());
    b.heading(heading);
    int month = -1; // year * 12 + month of the last subheading; 0 for the undated
    for (const Entry &e : entries) {
        const int entryMonth = e.start.isValid() ? e.start.year() * 12 + e.start.month() : 0;
        if (entryMonth != month) {
            if (e.start.isValid()) {
                b.subheading(monthHeading(e.start, t));
            } else {
                b.subheading(t.label(QT_TRANSLATE_NOOP("Report", "to be determined"))); // in capitals
            }
            month = entryMonth;
        }
        addEntry(b, formats, e, locale);
    }
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

    // Two light passes (core/storage/CalendarQueries): only the columns printed here.
    // The facts (venue, party, kind, status) repeat from line to line: each distinct one
    // is joined and translated once, and the lines share the string.
    const CalendarQueries queries(repos.database());
    QHash<QString, QString> factCache;
    const auto sharedFacts = [&factCache](const QStringList &parts, const std::function<QString()> &make) {
        const QString key = parts.join(QChar(0x1f));
        auto it = factCache.constFind(key);
        if (it == factCache.constEnd())
            it = factCache.insert(key, make());
        return it.value();
    };
    for (const CalendarSheetRow &m : queries.meetings(from, to)) {
        const QString partyKey = QString::number(m.partyId);
        const QString kindKey = QString::number(int(m.kind));
        const QString statusKey = QString::number(int(m.meetingStatus));
        Entry e{m.start, m.end, m.code, m.title, sharedFacts({m.venueCity, partyKey, kindKey, statusKey}, [&] {
                    return joinFacts(
                        {m.venueCity, c.partyName(m.partyId), t.enumText(m.kind), t.enumText(m.meetingStatus)});
                })};
        if (m.workingGroupId)
            byGroup[m.workingGroupId].append(e);
        else if (isStructural(m.kind))
            structural.append(e);
        else
            other.append(e);
    }
    for (const CalendarSheetRow &a : queries.activities(from, to, options.unscheduled)) {
        const QString partyKey = QString::number(a.partyId);
        const QString statusKey = QString::number(int(a.activityStatus));
        Entry e{a.start, a.end, a.code, a.title, sharedFacts({QStringLiteral("a"), partyKey, statusKey}, [&] {
                    return joinFacts({c.partyName(a.partyId), t.enumText(a.activityStatus)});
                })};
        if (a.workingGroupId)
            byGroup[a.workingGroupId].append(e);
        else
            structural.append(e);
    }

    LocalizedText sheetTitle{
        t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::English),
        t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::Spanish)};
    QStringList facts{t.dateRange(from, to)};
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    c.body().title(t.label(QT_TRANSLATE_NOOP("Report", "Calendar")), sheetTitle, facts);

    const EntryFormats formats(c.body());
    for (const WorkingGroup &g : groups) {
        addSection(c, formats, t.joined(g.name.text(Language::English), g.name.text(Language::Spanish)), byGroup[g.id]);
    }
    addSection(c, formats, t.label(QT_TRANSLATE_NOOP("Report", "RCM structural meetings")), structural);
    addSection(c, formats, t.label(QT_TRANSLATE_NOOP("Report", "Other meetings")), other);
    if (byGroup.isEmpty() && structural.isEmpty() && other.isEmpty())
        c.body().paragraph(t.label(QT_TRANSLATE_NOOP("Report", "Nothing is scheduled in this period.")),
                           ReportDocument::Style::Muted);
    return c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Calendar")) + QStringLiteral(" \u2014 ") +
                    t.dateRange(from, to, t.primary()));
}

} // namespace pd::reports
