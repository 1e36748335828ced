#pragma once

#include "Result.h"
#include "reports/Report.h"
#include "reports/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pd {

class Repositories;
struct Party;

/*
 * briefing.pdf of the handover package, built with the report engine: what the incoming
 * presidency reads first. A summary, then the state of every working group (activities
 * by status), the meetings still to be held, the open decisions and follow-ups with
 * owner and due date, the documents pending approval (with the engine's consultation
 * matrix when it is short), and the contributions outstanding per country and fund.
 * Lists are bounded (the most pressing first, then "and N more"), so that the briefing
 * of a large database stays a few pages. Laying out text needs fonts, so a QGuiApplication.
 */
class HandoverBriefing
{
    Q_DECLARE_TR_FUNCTIONS(HandoverBriefing)
public:
    static constexpr int ListLimit = 25;   // rows of each list before "and N more"
    static constexpr int MatrixLimit = 40; // documents up to which the full matrix is added

    static bool canWrite(); // whether the application can lay out text
    // `incoming` may be null (the briefing then names no incoming presidency).
    static Result<Report> report(Repositories &repos, const Party *incoming, const ReportOptions &options);
    static Result<QByteArray> pdf(Repositories &repos, const Party *incoming, const ReportOptions &options);
};

} // namespace pd
