#include "HandoverBriefing.h"

#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/Repositories.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace pd {

namespace {

// The span of everything dated, so that the calendar sheet leaves nothing out.
std::pair<QDate, QDate> datedSpan(Repositories &repos)
{
    QDate first;
    QDate last;
    auto take = [&](const QDate &start, const QDate &end) {
        if (!start.isValid())
            return;
        const QDate to = end.isValid() && end > start ? end : start;
        first = first.isValid() ? std::min(first, start) : start;
        last = last.isValid() ? std::max(last, to) : to;
    };
    for (const Meeting &m : repos.meetings().all())
        take(m.startDate, m.endDate);
    for (const Activity &a : repos.activities().all())
        take(a.targetStart, a.targetEnd);
    return {first, last};
}

} // namespace

bool HandoverBriefing::canWrite()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Result<QByteArray> HandoverBriefing::pdf(Repositories &repos)
{
    ReportOptions options;
    options.languages = ReportLanguages::Both;
    options.unscheduled = true;
    std::vector<Report> parts;
    const auto [from, to] = datedSpan(repos);
    if (from.isValid()) {
        if (auto calendar = reports::calendarSheet(repos, from, to, options))
            parts.push_back(std::move(*calendar));
    }
    // A part with nothing to show (NotFound) is left out, not an error.
    if (auto matrix = reports::consultationMatrix(repos, options))
        parts.push_back(std::move(*matrix));
    if (auto decisions = reports::decisionRegister(repos, {}, options))
        parts.push_back(std::move(*decisions));
    if (parts.empty())
        return makeError(Error::Code::NotFound, tr("nothing to put in the handover briefing"));

    Report briefing = std::move(parts.front());
    briefing.title = tr("Handover briefing");
    QTextCursor cursor(briefing.document.get());
    cursor.movePosition(QTextCursor::End);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        QTextBlockFormat newPage;
        newPage.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(newPage);
        cursor.insertFragment(QTextDocumentFragment(parts[i].document.get()));
    }

    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(briefing.title);
        reportwriter::paint(briefing, writer);
    }
    if (data.isEmpty())
        return makeError(Error::Code::Failed, tr("cannot write the handover briefing"));
    return data;
}

} // namespace pd
