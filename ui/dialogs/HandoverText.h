#pragma once

#include "exchange/HandoverManifest.h"

#include <QCoreApplication>

namespace pd {

struct MergeReport;

// Texts shared by the handover export wizard and the import dialog.
class HandoverText
{
    Q_DECLARE_TR_FUNCTIONS(HandoverText)
public:
    // "El Salvador (SV)", in the interface's language.
    static QString presidency(const HandoverManifest::Presidency &presidency);
    // One line: "meetings: 12, activities: 140, …", in the manifest's order of entities.
    static QString counts(const QMap<QString, int> &counts);
    // One line: "3 added, 1 updated, …".
    static QString mergeSummary(const MergeReport &report);
    // What a package holds, as lines: from, to, created at, personal data, counts.
    static QString contents(const HandoverManifest &manifest);
};

} // namespace pd
