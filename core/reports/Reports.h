#pragma once

#include "Report.h"
#include "ReportOptions.h"
#include "Result.h"

#include <QDate>

namespace pd {

class Repositories;

// The printable reports, built from the repositories into a Report (core/reports).
// Each fails with Error::Code::NotFound when what it is asked for does not exist.
namespace reports {

// The agenda sheet of the meeting `meetingUid`: header, numbered items, participants.
Result<Report> agendaSheet(Repositories &repos, const QString &meetingUid, const ReportOptions &options);
// The meetings and activities overlapping [from, to], by working group and structural meetings.
Result<Report> calendarSheet(Repositories &repos, const QDate &from, const QDate &to, const ReportOptions &options);
// The documents under consultation against the member countries, with states and deadlines.
Result<Report> consultationMatrix(Repositories &repos, const ReportOptions &options);
// The decision register of a meeting with the follow-up of each decision; an empty uid
// takes the latest meeting that has decisions.
Result<Report> decisionRegister(Repositories &repos, const QString &meetingUid, const ReportOptions &options);

} // namespace reports
} // namespace pd
