#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace pd {

// Records of one entity as rows under stable column names: what `list` prints and
// the handover CSVs hold. A cell is a scalar, or a QStringList for many references.
struct RecordTable
{
    QStringList columns;
    QList<QVariantList> rows;

    QByteArray toCsv() const;                    // RFC 4180, UTF-8, header row, CRLF line ends
    QByteArray toJson() const;                   // an array of objects keyed by column name
    QString toText(int maxCellWidth = 48) const; // aligned columns for a terminal
};

} // namespace pd
