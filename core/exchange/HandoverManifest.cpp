#include "HandoverManifest.h"

#include "domain/Party.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QJsonObject presidencyJson(const HandoverManifest::Presidency &p)
{
    return {
        {QStringLiteral("code"), p.code}, {QStringLiteral("name_en"), p.nameEn}, {QStringLiteral("name_es"), p.nameEs}};
}

} // namespace

HandoverManifest::Presidency HandoverManifest::presidencyOf(const Party &party)
{
    return {party.code, party.name.en, party.name.es};
}

QByteArray HandoverManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = this->counts.cbegin(); it != this->counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray files;
    for (const File &f : this->files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("presidency-desk-handover")},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("program_version"), programVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("from"), presidencyJson(from)},
        {QStringLiteral("to"), presidencyJson(to)},
        {QStringLiteral("personal_data"), personalData},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
