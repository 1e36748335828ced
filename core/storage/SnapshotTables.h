#pragma once

// What SnapshotMerge knows of the schema: which tables hold records, in which order they
// are merged, and how a table's columns and references are read from SQLite itself.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

namespace pd::snapshot {

struct ChildSpec
{
    QString table;
    QString parentColumn;
};

struct TableSpec
{
    QString table;
    QStringList naturalKey; // for reference data without a uid match
    QList<ChildSpec> children;
    // For the rows a repository writes as part of another aggregate (a meeting's agenda
    // items, ...): the column of that aggregate, under whose uid their changes are audited.
    QString auditParent = {};
};

// In an order where every NOT NULL reference points to an earlier table; the others
// (a decision's parent, a meeting's decision) are set once everything is in.
const QList<TableSpec> &tableSpecs();

struct TableInfo
{
    QStringList columns;                // without id
    QHash<QString, QString> references; // column -> referenced table
    QSet<QString> notNull;
};

TableInfo tableInfo(const QSqlDatabase &db, const QString &table);

// A value as compared: NULL, bytes, or text.
QVariant plain(const QVariant &v);
// A record for the audit log, file bytes left out (as AttachmentRepository does).
QJsonObject auditJson(const QVariantMap &canonical);

} // namespace pd::snapshot
