#pragma once

// Handover packages built and read back in tests, hostile ones included: any entry name,
// Unix mode (a symbolic link), encryption; the manifest rewritten to list the entries as
// they now are; and databases compared table by table, by uid. Header-only; a test using
// it links QuaZip::QuaZip.

#include "storage/AttachmentRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>

#include <quacrc32.h>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace pd::test {

inline constexpr quint32 RegularFile = 0100644u << 16;
inline constexpr quint32 SymbolicLink = 0120777u << 16;

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint32 externalAttr = RegularFile;
    bool encrypted = false;
};
using Entries = QList<ZipEntry>;

inline bool writeZip(const QString &path, const Entries &entries)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntry &e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.externalAttr;
        QuaZipFile file(&zip);
        const bool opened = e.encrypted ? file.open(QIODevice::WriteOnly, info, "secret", QuaCrc32().calculate(e.data))
                                        : file.open(QIODevice::WriteOnly, info);
        if (!opened || file.write(e.data) != e.data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

inline Entries readZip(const QString &path)
{
    Entries entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            entries.append({zip.getCurrentFileName(), file.readAll()});
    }
    return entries;
}

inline QByteArray &dataOf(Entries &entries, const QString &name)
{
    for (ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    static QByteArray none;
    return none;
}

inline void removeEntry(Entries &entries, const QString &name)
{
    entries.removeIf([&name](const ZipEntry &e) { return e.name == name; });
}

// The manifest rewritten to list the entries as they now are, with `edit` applied last.
inline void resign(Entries &entries, const std::function<void(QJsonObject &)> &edit = {})
{
    QJsonObject manifest = QJsonDocument::fromJson(dataOf(entries, QStringLiteral("manifest.json"))).object();
    QJsonArray files;
    for (const ZipEntry &e : std::as_const(entries)) {
        if (e.name != QLatin1String("manifest.json"))
            files.append(
                QJsonObject{{QStringLiteral("name"), e.name},
                            {QStringLiteral("size"), e.data.size()},
                            {QStringLiteral("sha256"), QString::fromLatin1(AttachmentRepository::sha256Hex(e.data))}});
    }
    manifest.insert(QStringLiteral("files"), files);
    if (edit)
        edit(manifest);
    dataOf(entries, QStringLiteral("manifest.json")) = QJsonDocument(manifest).toJson();
}

// Every table's rows by uid (references given as the referenced uid, integer keys left
// out), and the link tables' rows in the same terms.
using Contents = QMap<QString, QMap<QString, QString>>;

inline Contents contents(const QString &path, const QStringList &skip = {})
{
    Contents result;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return result;
        QStringList tables;
        QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), db);
        while (list.next())
            tables.append(list.value(0).toString());
        QHash<QString, QHash<qint64, QString>> uids;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(QStringLiteral("SELECT * FROM %1").arg(table), db);
            if (q.record().indexOf(QStringLiteral("uid")) >= 0 && q.record().indexOf(QStringLiteral("id")) >= 0) {
                while (q.next())
                    uids[table].insert(q.value(QStringLiteral("id")).toLongLong(),
                                       q.value(QStringLiteral("uid")).toString());
            }
        }
        for (const QString &table : std::as_const(tables)) {
            if (skip.contains(table))
                continue;
            QHash<QString, QString> references;
            QSqlQuery keys(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table), db);
            while (keys.next())
                references.insert(keys.value(3).toString(), keys.value(2).toString());
            QSqlQuery q(QStringLiteral("SELECT * FROM %1").arg(table), db);
            const bool hasUid = q.record().indexOf(QStringLiteral("uid")) >= 0;
            if (!hasUid && references.isEmpty())
                continue; // meta, audit log, search index tables
            while (q.next()) {
                QStringList cells;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    const QString column = r.fieldName(i);
                    if (column == QLatin1String("id"))
                        continue;
                    const QVariant v = q.value(i);
                    const QString ref = references.value(column);
                    cells.append(column + QLatin1Char('=') +
                                 (v.isNull()       ? QStringLiteral("NULL")
                                  : !ref.isEmpty() ? uids.value(ref).value(v.toLongLong())
                                  : v.typeId() == QMetaType::QByteArray
                                      ? QString::fromLatin1(AttachmentRepository::sha256Hex(v.toByteArray()))
                                      : v.toString()));
                }
                const QString text = cells.join(QLatin1Char('|'));
                result[table].insert(hasUid ? q.value(QStringLiteral("uid")).toString() : text, text);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline bool integrityOk(const QString &path)
{
    bool ok = false;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
             q.value(0).toString() == QLatin1String("ok") && !q.next();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QStringList filesIn(const QString &dir)
{
    QStringList names;
    QDir d(dir);
    for (const QFileInfo &info : d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        names.append(info.fileName());
    return names;
}

} // namespace pd::test
