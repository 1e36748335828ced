#pragma once

#include "Report.h"
#include "ReportDocument.h"
#include "ReportText.h"
#include "domain/Party.h"

#include <QHash>

namespace pd {

class Repositories;

// What every report builder shares: the repositories, the options, the words in the
// report's languages, the body being built, and the party names read once.
class ReportContext
{
public:
    ReportContext(Repositories &repos, const ReportOptions &options);

    Repositories &repos() { return m_repos; }
    const ReportOptions &options() const { return m_options; }
    const ReportText &text() const { return m_text; }
    ReportDocument &body() { return m_body; }

    // A party's name in the report's languages (the acronym for organizations that have one
    // when `shortForm`); empty for 0 or an unknown id.
    QString partyName(qint64 id, bool shortForm = false) const;
    const Party *party(qint64 id) const;
    // The conference's name and the current presidency's country, in the report's languages.
    QString conferenceName();
    QString presidencyName();

    // Hands the body over with the running header and footer filled in: the body built
    // here, or the given parts instead (Report::parts).
    Report finish(const QString &title, QList<ReportPart> parts = {});

private:
    Repositories &m_repos;
    ReportOptions m_options;
    ReportText m_text;
    ReportDocument m_body;
    QHash<qint64, Party> m_parties;
};

} // namespace pd
