#include "SnapshotTables.h"

#include "SqlQuery.h"

namespace pd::snapshot {

const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs = {
        {QStringLiteral("party"), {QStringLiteral("kind"), QStringLiteral("code")}, {}},
        {QStringLiteral("working_group"), {QStringLiteral("code")}, {}},
        {QStringLiteral("fund"), {QStringLiteral("code")}, {}},
        {QStringLiteral("presidency"),
         {QStringLiteral("conference_id"), QStringLiteral("party_id"), QStringLiteral("year")},
         {}},
        {QStringLiteral("meeting"), {}, {{QStringLiteral("meeting_participant"), QStringLiteral("meeting_id")}}},
        {QStringLiteral("decision"), {}, {{QStringLiteral("decision_party"), QStringLiteral("decision_id")}}},
        {QStringLiteral("activity"), {}, {{QStringLiteral("activity_supporter"), QStringLiteral("activity_id")}}},
        {QStringLiteral("document"), {}, {}},
        {QStringLiteral("agenda_item"), {}, {}, QStringLiteral("meeting_id")},
        {QStringLiteral("consultation"), {}, {}, QStringLiteral("document_id")},
        {QStringLiteral("contribution"), {}, {}},
        {QStringLiteral("payment"), {}, {}, QStringLiteral("contribution_id")},
        {QStringLiteral("focal_point"), {}, {}},
        {QStringLiteral("document_attachment"), {}, {}},
    };
    return specs;
}

TableInfo tableInfo(const QSqlDatabase &db, const QString &table)
{
    TableInfo info;
    SqlQuery columns(db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (columns.exec()) {
        while (columns.next()) {
            const QString name = columns.value(1).toString();
            if (name == QLatin1String("id"))
                continue;
            info.columns.append(name);
            if (columns.value(3).toInt() != 0)
                info.notNull.insert(name);
        }
    }
    SqlQuery keys(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
    if (keys.exec()) {
        while (keys.next())
            info.references.insert(keys.value(3).toString(), keys.value(2).toString());
    }
    return info;
}

QVariant plain(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<QByteArray>())
        return v;
    return v.toString();
}

QJsonObject auditJson(const QVariantMap &canonical)
{
    QVariantMap shown = canonical;
    for (auto it = shown.begin(); it != shown.end();) {
        if (it.value().metaType() == QMetaType::fromType<QByteArray>())
            it = shown.erase(it); // file bytes stay out of the audit log, as in AttachmentRepository
        else
            ++it;
    }
    return QJsonObject::fromVariantMap(shown);
}

} // namespace pd::snapshot
