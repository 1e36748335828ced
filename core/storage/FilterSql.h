#pragma once

#include "domain/Filters.h"

#include <QVariantMap>

namespace pd {

// A WHERE clause and its named values for a filter; the values are always bound,
// never spliced into the text.
struct FilterSql
{
    QStringList conditions;
    QVariantMap binds;

    QString where() const;
    void addWords(const QString &text, const QString &column);
    // Binds :from and :to, those that are valid.
    void bindDates(const QDate &from, const QDate &to);
    // The words of a filter text, folded as filter_text is (TextFold).
    static QStringList foldedWords(const QString &text);

    // Conditions for the rows of `table` whose [start, coalesce(end, start)] meets the
    // dates bound as :from and :to (either may be left out). The start is also bounded
    // below by :from less the longest span in the table, read from its span index
    // (migration 0009), so that the start's index is searched over a short range.
    static QStringList overlapping(const QString &table, const QString &start, const QString &end, bool from, bool to);

    static FilterSql of(const MeetingFilter &filter);
    static FilterSql of(const ActivityFilter &filter);
};

} // namespace pd
