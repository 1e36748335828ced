#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace pd {

struct Party;

// What manifest.json says about a handover package: the importer's table of contents
// and checksums, and a person's first look at what the package holds.
struct HandoverManifest
{
    Q_DECLARE_TR_FUNCTIONS(HandoverManifest)
public:
    static constexpr int FormatVersion = 1;
    static constexpr const char *Format = "presidency-desk-handover";
    static constexpr const char *FileName = "manifest.json";

    struct Presidency
    {
        QString code;
        QString nameEn;
        QString nameEs;
    };
    struct File
    {
        QString name;
        qint64 size = 0;
        QByteArray sha256; // lower-case hex
    };

    QString programVersion;
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    Presidency from;
    Presidency to;
    bool personalData = true;
    QMap<QString, int> counts; // entity -> records
    QList<File> files;         // every other file of the package

    static Presidency presidencyOf(const Party &party);
    QByteArray toJson() const;
    // Reads manifest.json strictly: the format and a known format version, every field
    // present with its type (counts and sizes whole numbers >= 0, SHA-256 as 64 lower-case
    // hex digits, created_at an ISO date-time), file names unique ignoring case. Keys
    // this version does not know are ignored. The error names the field at fault.
    static Result<HandoverManifest> fromJson(const QByteArray &json);
};

} // namespace pd
