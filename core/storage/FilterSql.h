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
    // The words of a filter text, folded as filter_text is (TextFold).
    static QStringList foldedWords(const QString &text);

    static FilterSql of(const MeetingFilter &filter);
    static FilterSql of(const ActivityFilter &filter);
};

} // namespace pd
