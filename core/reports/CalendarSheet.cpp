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
        // Latin text needs no shaping; skipping it (and with it kerning and ligatures, which
        // barely show at this size) halves the layout of a year's thousands of lines.
        for (QTextCharFormat *f : {&date, &code, &title, &second, &facts})
            f->setFontStyleStrategy(QFont::PreferNoShaping);
        block.setProperty(ReportDocument::KeepTogether, true);
        block.setLeftMargin(dateWidth + codeWidth);
        block.setTextIndent(-(dateWidth + codeWidth));
        block.setBottomMargin(1.4 * mm);
        block.setTabPositions({QTextOption::Tab(dateWidth, QTextOption::LeftTab),
                               QTextOption::Tab(dateWidth + codeWidth, QTextOption::LeftTab)});
    }
};

// A line of the sheet with its words made already, on the thread that reads: the
// parts are made on other threads (Report::parts) and translate nothing.
struct SheetLine
{
    enum Kind
    {
        Heading,
        Subheading,
        Entry,
        Note
    };
    Kind kind = Entry;
    QString text;   // a heading's or note's text; an entry's title (in English when bilingual)
    QString second; // an entry's Spanish title in a bilingual sheet, when it differs
    QString days;
    QString code;
    QString facts;
};

// What the parts are made of, shared by their builders and only read.
struct Sheet
{
    std::unique_ptr<const ReportText> text; // its languages only: see SheetLine
    QString kind;
    LocalizedText title;
    QStringList facts;
    QString documentTitle;
    QList<SheetLine> lines;
};

// About 25 pages of a sheet: small enough for the pages of a year to be shared out
// among threads, large enough for the copy of a part a page shares to cost little.
constexpr int EntriesPerPart = 400;

std::unique_ptr<QTextDocument> makePart(const Sheet &sheet, qsizetype from, qsizetype to)
{
    ReportDocument b(*sheet.text);
    if (from == 0)
        b.title(sheet.kind, sheet.title, sheet.facts);
    const EntryFormats f(b);
    QTextCursor &cursor = b.cursor();
    for (qsizetype i = from; i < to; ++i) {
        const SheetLine &line = sheet.lines.at(i);
        switch (line.kind) {
        case SheetLine::Heading:
            b.heading(line.text);
            break;
        case SheetLine::Subheading:
            b.subheading(line.text);
            break;
        case SheetLine::Note:
            b.paragraph(line.text, ReportDocument::Style::Muted);
            break;
        case SheetLine::Entry:
            b.nextBlock(f.block);
            cursor.insertText(line.days + QLatin1Char('\t'), f.date);
            cursor.insertText(line.code + QLatin1Char('\t'), f.code);
            if (line.second.isEmpty()) {
                cursor.insertText(line.text, f.title);
            } else {
                cursor.insertText(line.text + QChar(QChar::LineSeparator), f.title);
                cursor.insertText(line.second, f.second);
            }
            if (!line.facts.isEmpty())
                cursor.insertText(QChar(QChar::LineSeparator) + line.facts, f.facts);
            break;
        }
    }
    std::unique_ptr<QTextDocument> doc = b.take();
    doc->setMetaInformation(QTextDocument::DocumentTitle, sheet.documentTitle);
    return doc;
}

// The sheet in parts of about EntriesPerPart entries, each beginning at a heading so
// that none ends with one.
QList<ReportPart> parts(std::shared_ptr<const Sheet> sheet)
{
    QList<ReportPart> parts;
    qsizetype from = 0;
    int entries = 0;
    const qsizetype count = sheet->lines.size();
    for (qsizetype i = 0; i <= count; ++i) {
        const bool end = i == count;
        if (end || (entries >= EntriesPerPart && sheet->lines.at(i).kind != SheetLine::Entry)) {
            parts << [sheet, from, to = i] { return makePart(*sheet, from, to); };
            from = i;
            entries = 0;
        }
        if (!end && sheet->lines.at(i).kind == SheetLine::Entry)
            ++entries;
    }
    return parts;
}

void addSection(Sheet &sheet, const ReportText &t, const QString &heading, QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    const QLocale locale = t.locale(t.primary());
    sheet.lines.append({SheetLine::Heading, heading, {}, {}, {}, {}});
    int month = -1; // year * 12 + month of the last subheading; 0 for the undated
    for (const Entry &e : entries) {
        const int entryMonth = e.start.isValid() ? e.start.year() * 12 + e.start.month() : 0;
        if (entryMonth != month) {
            const QString subheading = e.start.isValid()
                                           ? monthHeading(e.start, t)
                                           : t.label(QT_TRANSLATE_NOOP("Report", "to be determined")); // in capitals
            sheet.lines.append({SheetLine::Subheading, subheading, {}, {}, {}, {}});
            month = entryMonth;
        }
        SheetLine line{SheetLine::Entry,
                       t.both() ? e.title.text(Language::English) : e.title.text(t.primary()),
                       {},
                       dayRange(e.start, e.end, locale),
                       e.code,
                       e.facts};
        if (t.both() && !e.title.es.isEmpty() && e.title.es != line.text)
            line.second = e.title.es;
        sheet.lines.append(line);
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

    auto sheet = std::make_shared<Sheet>();
    sheet->text = std::make_unique<const ReportText>(options.languages);
    sheet->kind = t.label(QT_TRANSLATE_NOOP("Report", "Calendar"));
    sheet->title = {t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::English),
                    t.label(QT_TRANSLATE_NOOP("Report", "Calendar of meetings and activities"), Language::Spanish)};
    sheet->facts = QStringList{t.dateRange(from, to)};
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        sheet->facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    sheet->documentTitle = t.label(QT_TRANSLATE_NOOP("Report", "Calendar")) + QStringLiteral(" \u2014 ") +
                           t.dateRange(from, to, t.primary());

    for (const WorkingGroup &g : groups) {
        addSection(*sheet, t, t.joined(g.name.text(Language::English), g.name.text(Language::Spanish)), byGroup[g.id]);
    }
    addSection(*sheet, t, t.label(QT_TRANSLATE_NOOP("Report", "RCM structural meetings")), structural);
    addSection(*sheet, t, t.label(QT_TRANSLATE_NOOP("Report", "Other meetings")), other);
    if (sheet->lines.isEmpty()) {
        sheet->lines.append({SheetLine::Note,
                             t.label(QT_TRANSLATE_NOOP("Report", "Nothing is scheduled in this period.")),
                             {},
                             {},
                             {},
                             {}});
    }
    const QString documentTitle = sheet->documentTitle;
    return c.finish(documentTitle, parts(std::move(sheet)));
}

} // namespace pd::reports
