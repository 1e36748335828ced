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

    static FilterSql of(const MeetingFilter &filter);
    static FilterSql of(const ActivityFilter &filter);
};

} // namespace pd
