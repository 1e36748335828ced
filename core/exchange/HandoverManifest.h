#pragma once

#include <QByteArray>
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
    static constexpr int FormatVersion = 1;
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
};

} // namespace pd
