#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

// The languages a printout speaks: one of the conference's two, or both (labels and
// texts in English, each followed by its Spanish).
enum class ReportLanguages
{
    English,
    Spanish,
    Both
};

enum class PaperSize
{
    A4,
    Letter
};

struct ReportOptions
{
    ReportLanguages languages = ReportLanguages::English;
    PaperSize paper = PaperSize::A4;
    bool participants = true; // agenda sheet: list the participants
    bool unscheduled = false; // calendar sheet: also list the activities with no dates yet
    QString emblemPath;       // an image to print instead of the built-in emblem
    QDateTime printedAt;      // the date of printing in the footer (now when null)
};

// "en", "es", "both" (case-blind) and "a4", "letter"; nothing for anything else.
std::optional<ReportLanguages> reportLanguagesFromCode(const QString &code);
std::optional<PaperSize> paperFromCode(const QString &code);

} // namespace pd
