#include "RecordTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString cellText(const QVariant &cell, const QString &listSeparator)
{
    if (cell.metaType() == QMetaType::fromType<QStringList>())
        return cell.toStringList().join(listSeparator);
    if (cell.metaType() == QMetaType::fromType<bool>())
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return cell.toString();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray RecordTable::toCsv() const
{
    QString out;
    QStringList fields;
    for (const QString &column : columns)
        fields.append(csvField(column));
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : rows) {
        fields.clear();
        for (const QVariant &cell : row)
            fields.append(csvField(cellText(cell, QStringLiteral(";"))));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray RecordTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (int i = 0; i < columns.size() && i < row.size(); ++i) {
            const QVariant &cell = row.at(i);
            if (cell.isNull())
                object.insert(columns.at(i), QJsonValue::Null);
            else if (cell.metaType() == QMetaType::fromType<QStringList>())
                object.insert(columns.at(i), QJsonArray::fromStringList(cell.toStringList()));
            else
                object.insert(columns.at(i), QJsonValue::fromVariant(cell));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString RecordTable::toText(int maxCellWidth) const
{
    QList<QStringList> cells;
    QList<int> widths;
    for (const QString &column : columns)
        widths.append(column.size());
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int i = 0; i < row.size(); ++i) {
            QString text = cellText(row.at(i), QStringLiteral(", ")).simplified();
            if (text.size() > maxCellWidth)
                text = text.left(maxCellWidth - 1) + QChar(0x2026);
            widths[i] = qMax(widths.at(i), int(text.size()));
            line.append(text);
        }
        cells.append(line);
    }
    auto format = [&widths](const QStringList &line) -> QString {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded.append(i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i)) : line.at(i));
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString out = format(columns);
    QStringList rule;
    for (int w : std::as_const(widths))
        rule.append(QString(w, QLatin1Char('-')));
    out += format(rule);
    for (const QStringList &line : std::as_const(cells))
        out += format(line);
    return out;
}

} // namespace pd
