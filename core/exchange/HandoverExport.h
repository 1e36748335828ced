#pragma once

#include "HandoverManifest.h"
#include "Result.h"
#include "domain/Party.h"
#include "reports/ReportOptions.h"

#include <QCoreApplication>

#include <optional>

namespace pd {

class Database;
class Repositories;

struct HandoverOptions
{
    bool excludePersonalData = false;                          // leave out the focal points marked as personal data
    ReportLanguages briefingLanguages = ReportLanguages::Both; // the languages of briefing.pdf
};

/*
 * Writes the handover package for the incoming presidency: one zip with manifest.json,
 * database.sqlite (a consistent snapshot), one CSV per entity, calendar.ics, briefing.pdf
 * (with a QGuiApplication) and the document attachments under attachments/<document uid>/<version>-<file name>.
 * Everything but the snapshot itself is read from the snapshot, so the parts agree
 * with each other even while the program goes on writing. The zip appears at `path`
 * only when all of it was written; on any error an old file there is left untouched.
 */
class HandoverExport
{
    Q_DECLARE_TR_FUNCTIONS(HandoverExport)
public:
    static constexpr const char *SnapshotName = "database.sqlite";
    static constexpr const char *CalendarName = "calendar.ics";
    static constexpr const char *BriefingName = "briefing.pdf";
    static constexpr const char *FocalPointsEntity = "focal_points";
    static constexpr const char *AttachmentsEntity = "attachments";

    // The entities written as <entity>.csv: EntityTables' list and the focal points.
    static QStringList tableEntities();
    // attachments/<document uid>/<version>-<file name as one safe path component>
    static QString attachmentEntryName(const QString &documentUid, int version, const QString &fileName);

    // A member country by ISO code or English or Spanish name, ignoring case.
    static std::optional<Party> findCountry(Repositories &repos, const QString &codeOrName);
    // The manifest written, for the caller to report on.
    static Result<HandoverManifest> write(Database &db, const Party &to, const QString &path,
                                          const HandoverOptions &options);
};

} // namespace pd
