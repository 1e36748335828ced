#include "HandoverBriefing.h"

#include "domain/Money.h"
#include "domain/Party.h"
#include "reports/ReportContext.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/BriefingQueries.h"
#include "storage/DashboardQueries.h"
#include "storage/Repositories.h"

#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace pd {

namespace {

constexpr qreal mm = ReportDocument::MillimetrePx;
constexpr qreal CellPoints = 8.0;
constexpr int TextChars = 240; // a decision's text beyond this is cut with an ellipsis

QString shortened(const QString &text)
{
    return text.size() <= TextChars ? text : text.left(TextChars - 1).trimmed() + QChar(0x2026);
}

// A table in the house style of the consultation matrix: ink header row repeated on
// every page, thin rules, full width, cells in a small body size.
class BriefingTable
{
public:
    BriefingTable(ReportDocument &body, const QStringList &headers, const QList<qreal> &percentWidths, int rows)
        : m_body(body)
    {
        QTextTableFormat tf = ReportDocument::ruledTableFormat();
        QList<QTextLength> widths;
        for (const qreal w : percentWidths)
            widths << QTextLength(QTextLength::PercentageLength, w);
        tf.setColumnWidthConstraints(widths);
        body.cursor().movePosition(QTextCursor::End);
        m_table = body.cursor().insertTable(rows + 1, int(headers.size()), tf);
        body.cursor().movePosition(QTextCursor::End); // what follows goes under the table, not in a cell
        QTextCharFormat head = body.format(ReportDocument::Style::Bold);
        head.setFontPointSize(CellPoints);
        head.setForeground(Qt::white);
        for (int col = 0; col < headers.size(); ++col) {
            QTextTableCellFormat cf;
            cf.setBackground(ReportDocument::Ink);
            m_table->cellAt(0, col).setFormat(cf);
            cursor(0, col).insertText(headers.at(col), head);
        }
    }
    QTextCharFormat format(ReportDocument::Style style = ReportDocument::Style::Body) const
    {
        QTextCharFormat f = m_body.format(style);
        f.setFontPointSize(style == ReportDocument::Style::Small ? 7.0 : CellPoints);
        return f;
    }
    QTextCursor cursor(int row, int column, Qt::Alignment align = Qt::AlignLeft)
    {
        QTextCursor c = m_table->cellAt(row, column).firstCursorPosition();
        if (align != Qt::AlignLeft) {
            QTextBlockFormat block = c.blockFormat();
            block.setAlignment(align);
            c.setBlockFormat(block);
        }
        return c;
    }
    void set(int row, int column, const QString &text, ReportDocument::Style style = ReportDocument::Style::Body,
             Qt::Alignment align = Qt::AlignLeft)
    {
        cursor(row, column, align).insertText(text, format(style));
    }
    // Appends one language, or the English then the Spanish (in the second style) when it differs.
    void setLocalized(int row, int column, const LocalizedText &text, const ReportText &t,
                      ReportDocument::Style style = ReportDocument::Style::Body, bool shorten = false)
    {
        QTextCursor c = m_table->cellAt(row, column).lastCursorPosition(); // after a code already there
        const QString first = text.text(t.both() ? Language::English : t.primary());
        c.insertText(shorten ? shortened(first) : first, format(style));
        const QString second = text.text(Language::Spanish);
        if (t.both() && !text.es.isEmpty() && second != first)
            c.insertText(QString(QChar::LineSeparator) + (shorten ? shortened(second) : second),
                         format(ReportDocument::Style::Second));
    }
    void addLine(int row, int column, const QString &text, ReportDocument::Style style)
    {
        QTextCursor c = m_table->cellAt(row, column).lastCursorPosition();
        c.insertText(QString(QChar::LineSeparator) + text, format(style));
    }

private:
    ReportDocument &m_body;
    QTextTable *m_table = nullptr;
};

// "and 12 more", under a list cut at the limit.
void andMore(ReportContext &c, int shown, int total)
{
    if (total > shown)
        c.body().paragraph(c.text().label(QT_TRANSLATE_NOOP("Report", "\u2026 and %1 more")).arg(total - shown),
                           ReportDocument::Style::Muted);
}

void nothing(ReportContext &c, const char *source)
{
    c.body().paragraph(c.text().label(source), ReportDocument::Style::Muted);
}

QString localized(const ReportText &t, const LocalizedText &text)
{
    return t.both() ? t.joined(text.text(Language::English), text.text(Language::Spanish)) : text.text(t.primary());
}

void workingGroups(ReportContext &c)
{
    const ReportText &t = c.text();
    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Working groups: activities by status")));
    const QList<ActivityStatusCount> counts = DashboardQueries(c.repos().database()).activitiesByStatus();
    if (counts.isEmpty())
        return nothing(c, QT_TRANSLATE_NOOP("Report", "No activity is recorded."));
    const QList<ActivityStatus> statuses = enumValues<ActivityStatus>();
    QList<std::pair<qint64, LocalizedText>> groups;
    for (const WorkingGroup &g : c.repos().workingGroups().all())
        groups.append({g.id, g.name});
    bool ungrouped = false;
    for (const ActivityStatusCount &n : counts)
        ungrouped = ungrouped || n.workingGroupId == 0;
    if (ungrouped)
        groups.append({0,
                       {t.label(QT_TRANSLATE_NOOP("Report", "No working group"), Language::English),
                        t.label(QT_TRANSLATE_NOOP("Report", "No working group"), Language::Spanish)}});

    // The status columns are as wide as their longest word needs ("Planificada" in bold),
    // so that no heading breaks inside a word; the group names wrap instead.
    QStringList headers{t.label(QT_TRANSLATE_NOOP("Report", "Working group"))};
    constexpr qreal TotalWidth = 8;
    const qreal column = 11.5;
    QList<qreal> widths{100 - TotalWidth - column * statuses.size()};
    for (const ActivityStatus s : statuses) {
        headers << t.enumText(s).replace(QStringLiteral(" / "), QString(QChar::LineSeparator)); // narrow columns
        widths << column;
    }
    headers << t.label(QT_TRANSLATE_NOOP("Report", "Total"));
    widths << TotalWidth;
    BriefingTable table(c.body(), headers, widths, int(groups.size()) + 1);
    QHash<ActivityStatus, int> columnTotals;
    int all = 0;
    for (int r = 0; r < groups.size(); ++r) {
        const int row = r + 1;
        table.setLocalized(row, 0, groups.at(r).second, t, ReportDocument::Style::Bold);
        int total = 0;
        for (int i = 0; i < statuses.size(); ++i) {
            int n = 0;
            for (const ActivityStatusCount &k : counts) {
                if (k.workingGroupId == groups.at(r).first && k.status == statuses.at(i))
                    n += k.count;
            }
            total += n;
            columnTotals[statuses.at(i)] += n;
            table.set(row, i + 1, n ? QString::number(n) : QStringLiteral("\u2013"), ReportDocument::Style::Body,
                      Qt::AlignRight);
        }
        all += total;
        table.set(row, int(statuses.size()) + 1, QString::number(total), ReportDocument::Style::Bold, Qt::AlignRight);
    }
    const int last = int(groups.size()) + 1;
    table.set(last, 0, t.label(QT_TRANSLATE_NOOP("Report", "Total")), ReportDocument::Style::Bold);
    for (int i = 0; i < statuses.size(); ++i)
        table.set(last, i + 1, QString::number(columnTotals.value(statuses.at(i))), ReportDocument::Style::Bold,
                  Qt::AlignRight);
    table.set(last, int(statuses.size()) + 1, QString::number(all), ReportDocument::Style::Bold, Qt::AlignRight);
}

void comingMeetings(ReportContext &c, const BriefingQueries &q, const QDate &today)
{
    const ReportText &t = c.text();
    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Coming meetings")));
    const QList<BriefingMeeting> meetings = q.comingMeetings(today, HandoverBriefing::ListLimit);
    const int overdue = q.overdueMeetingCount(today);
    if (overdue > 0)
        c.body().paragraph(
            t.label(QT_TRANSLATE_NOOP("Report", "Meetings whose dates have passed but still marked planned, "
                                                "confirmed or postponed: %1. Update their status."))
                .arg(overdue),
            ReportDocument::Style::Muted);
    if (meetings.isEmpty())
        return nothing(c, QT_TRANSLATE_NOOP("Report", "No meeting is planned."));
    BriefingTable table(c.body(),
                        {t.label(QT_TRANSLATE_NOOP("Report", "Dates")), t.label(QT_TRANSLATE_NOOP("Report", "Meeting")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Venue and host")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Status"))},
                        {18, 48, 20, 14}, int(meetings.size()));
    for (int r = 0; r < meetings.size(); ++r) {
        const BriefingMeeting &m = meetings.at(r);
        const int row = r + 1;
        table.set(row, 0,
                  m.start.isValid() ? t.dateRange(m.start, m.end.isValid() ? m.end : m.start)
                                    : t.label(QT_TRANSLATE_NOOP("Report", "Dates to be determined")),
                  ReportDocument::Style::Body);
        table.setLocalized(row, 1, m.title, t);
        QStringList venue;
        if (!m.venueCity.isEmpty())
            venue << m.venueCity;
        if (m.hostId)
            venue << c.partyName(m.hostId, true);
        table.set(row, 2, venue.join(QStringLiteral(", ")), ReportDocument::Style::Muted);
        table.set(row, 3, t.enumText(m.status), ReportDocument::Style::Muted);
    }
    andMore(c, int(meetings.size()), q.comingMeetingCount(today));
}

void openFollowUps(ReportContext &c, const BriefingQueries &q)
{
    const ReportText &t = c.text();
    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Open decisions and follow-ups")));
    const QList<BriefingFollowUp> items = q.openFollowUps(HandoverBriefing::ListLimit);
    if (items.isEmpty())
        return nothing(c, QT_TRANSLATE_NOOP("Report", "No follow-up is open."));
    BriefingTable table(c.body(),
                        {t.label(QT_TRANSLATE_NOOP("Report", "No.")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Decision and meeting")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Owner")), t.label(QT_TRANSLATE_NOOP("Report", "Due")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Status"))},
                        {9, 49, 14, 12, 16}, int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const BriefingFollowUp &d = items.at(r);
        const int row = r + 1;
        table.set(row, 0, d.number, ReportDocument::Style::Bold);
        table.setLocalized(row, 1, d.text, t, ReportDocument::Style::Body, true);
        if (!d.meeting.isEmpty())
            table.addLine(row, 1, localized(t, d.meeting), ReportDocument::Style::Small);
        table.set(row, 2, d.ownerId ? c.partyName(d.ownerId, true) : t.label(QT_TRANSLATE_NOOP("Report", "not named")),
                  ReportDocument::Style::Muted);
        table.set(row, 3, d.due.isValid() ? t.shortDate(d.due) : QStringLiteral("\u2013"),
                  ReportDocument::Style::Muted);
        table.set(row, 4, t.enumText(d.status), ReportDocument::Style::Muted);
    }
    andMore(c, int(items.size()), q.openFollowUpCount());
}

void pendingDocuments(ReportContext &c, const BriefingQueries &q, int matrixRows)
{
    const ReportText &t = c.text();
    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Documents pending approval")));
    const QList<BriefingDocument> documents = q.pendingDocuments(HandoverBriefing::ListLimit);
    if (documents.isEmpty())
        return nothing(c, QT_TRANSLATE_NOOP("Report", "No document is pending approval."));
    BriefingTable table(c.body(),
                        {t.label(QT_TRANSLATE_NOOP("Report", "Document")),
                         t.label(QT_TRANSLATE_NOOP("Report", "State and deadline")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Consultation"))},
                        {52, 20, 28}, int(documents.size()));
    for (int r = 0; r < documents.size(); ++r) {
        const BriefingDocument &d = documents.at(r);
        const int row = r + 1;
        QTextCursor cell = table.cursor(row, 0);
        if (!d.code.isEmpty())
            cell.insertText(d.code + QLatin1Char(' '), table.format(ReportDocument::Style::Bold));
        table.setLocalized(row, 0, d.title, t);
        table.set(row, 1, t.enumText(d.state), ReportDocument::Style::Muted);
        if (d.deadline.isValid())
            table.addLine(row, 1, t.label(QT_TRANSLATE_NOOP("Report", "due %1")).arg(t.shortDate(d.deadline)),
                          ReportDocument::Style::Muted);
        table.set(row, 2,
                  t.label(QT_TRANSLATE_NOOP("Report", "%1 of %2 countries answered")).arg(d.answered).arg(d.consulted),
                  ReportDocument::Style::Muted);
        if (!d.moreTime.isEmpty())
            table.addLine(
                row, 2,
                t.label(QT_TRANSLATE_NOOP("Report", "more time: %1")).arg(d.moreTime.join(QStringLiteral(", "))),
                ReportDocument::Style::Muted);
        if (d.objections)
            table.addLine(row, 2, t.label(QT_TRANSLATE_NOOP("Report", "objections: %1")).arg(d.objections),
                          ReportDocument::Style::Muted);
    }
    andMore(c, int(documents.size()), q.pendingDocumentCount());
    if (matrixRows > HandoverBriefing::MatrixLimit)
        c.body().paragraph(c.text()
                               .label(QT_TRANSLATE_NOOP("Report", "The consultation matrix (%1 documents) is too long "
                                                                  "for this briefing; print it on its own."))
                               .arg(matrixRows),
                           ReportDocument::Style::Muted);
}

void outstandingContributions(ReportContext &c, const BriefingQueries &q)
{
    const ReportText &t = c.text();
    c.body().heading(t.label(QT_TRANSLATE_NOOP("Report", "Outstanding contributions")));
    const QList<BriefingOutstanding> items = q.outstandingByCountryAndFund();
    if (items.isEmpty())
        return nothing(c, QT_TRANSLATE_NOOP("Report", "No contribution is outstanding."));
    BriefingTable table(c.body(),
                        {t.label(QT_TRANSLATE_NOOP("Report", "Country")), t.label(QT_TRANSLATE_NOOP("Report", "Fund")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Years")),
                         t.label(QT_TRANSLATE_NOOP("Report", "Outstanding"))},
                        {30, 36, 14, 20}, int(items.size()));
    const QLocale locale = t.locale(t.primary());
    for (int r = 0; r < items.size(); ++r) {
        const BriefingOutstanding &o = items.at(r);
        const int row = r + 1;
        table.set(row, 0, localized(t, o.party), ReportDocument::Style::Body);
        table.set(row, 1, localized(t, o.fund), ReportDocument::Style::Muted);
        table.set(row, 2,
                  o.firstYear == o.lastYear ? QString::number(o.firstYear)
                                            : QStringLiteral("%1\u2013%2").arg(o.firstYear).arg(o.lastYear),
                  ReportDocument::Style::Muted);
        table.set(row, 3, money::format(o.outstanding, o.currency, locale), ReportDocument::Style::Bold,
                  Qt::AlignRight);
    }
}

} // namespace

bool HandoverBriefing::canWrite()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Result<Report> HandoverBriefing::report(Repositories &repos, const Party *incoming, const ReportOptions &options)
{
    ReportContext c(repos, options);
    const ReportText &t = c.text();
    ReportDocument &b = c.body();
    const BriefingQueries q(repos.database());

    QStringList facts;
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    if (incoming)
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Incoming presidency: %1")).arg(localized(t, incoming->name));
    const QDate today = (options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTime()).date();
    facts << t.label(QT_TRANSLATE_NOOP("Report", "Situation on %1")).arg(t.date(today));
    b.title(
        t.label(QT_TRANSLATE_NOOP("Report", "Handover briefing")),
        {t.label(QT_TRANSLATE_NOOP("Report", "Handover to the incoming Presidency Pro-Tempore"), Language::English),
         t.label(QT_TRANSLATE_NOOP("Report", "Handover to the incoming Presidency Pro-Tempore"), Language::Spanish)},
        facts);

    b.heading(t.label(QT_TRANSLATE_NOOP("Report", "Summary")));
    const int pending = q.pendingDocumentCount();
    const QStringList summary{
        t.label(QT_TRANSLATE_NOOP("Report", "Activities: %1")).arg(repos.activities().count()),
        t.label(QT_TRANSLATE_NOOP("Report", "Meetings still to be held: %1")).arg(q.comingMeetingCount(today)),
        t.label(QT_TRANSLATE_NOOP("Report", "Open follow-ups: %1")).arg(q.openFollowUpCount()),
        t.label(QT_TRANSLATE_NOOP("Report", "Documents pending approval: %1")).arg(pending)};
    b.paragraph(summary.join(QStringLiteral("   \u00b7   ")));

    const int matrixRows = q.consultedDocumentCount();
    workingGroups(c);
    comingMeetings(c, q, today);
    openFollowUps(c, q);
    pendingDocuments(c, q, matrixRows);
    outstandingContributions(c, q);

    Report briefing = c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Handover briefing")));

    // The engine's consultation matrix, on its own page, when it is short enough to read.
    if (matrixRows > 0 && matrixRows <= MatrixLimit) {
        if (auto matrix = reports::consultationMatrix(repos, options)) {
            QTextCursor cursor(briefing.document.get());
            cursor.movePosition(QTextCursor::End);
            QTextBlockFormat newPage;
            newPage.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(newPage);
            cursor.insertFragment(QTextDocumentFragment(matrix->document.get()));
        }
    }
    return briefing;
}

Result<QByteArray> HandoverBriefing::pdf(Repositories &repos, const Party *incoming, const ReportOptions &options)
{
    auto briefing = report(repos, incoming, options);
    if (!briefing)
        return briefing.error();
    Result<QByteArray> data = reportwriter::pdfData(*briefing);
    if (data && data->isEmpty())
        return makeError(Error::Code::Failed, tr("cannot write the handover briefing"));
    return data;
}

} // namespace pd
