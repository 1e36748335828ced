#pragma once

// Conversions between domain values and column maps, shared by the repositories.

#include "SqlQuery.h"
#include "domain/Enums.h"
#include "domain/LocalizedText.h"

#include <QTime>
#include <QVariantMap>

namespace pd::row {

inline QString str(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}
inline qint64 id(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}
inline QDate date(const QVariantMap &row, const char *column)
{
    return toDate(row.value(QLatin1String(column)));
}
inline QTime time(const QVariantMap &row, const char *column)
{
    const QVariant v = row.value(QLatin1String(column));
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}
inline QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType::fromType<QString>());
}
inline LocalizedText text(const QVariantMap &row, const QString &prefix)
{
    return {row.value(prefix + QStringLiteral("_en")).toString(), row.value(prefix + QStringLiteral("_es")).toString()};
}
inline void putText(QVariantMap &row, const QString &prefix, const LocalizedText &text)
{
    row.insert(prefix + QStringLiteral("_en"), text.en);
    row.insert(prefix + QStringLiteral("_es"), text.es);
}
template <typename E>
E enumValue(const QVariantMap &row, const char *column, E fallback)
{
    return enumFromKey<E>(row.value(QLatin1String(column)).toString()).value_or(fallback);
}
inline QString both(const LocalizedText &text)
{
    return text.en + QLatin1Char(' ') + text.es;
}

} // namespace pd::row
