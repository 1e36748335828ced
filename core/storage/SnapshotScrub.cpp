#include "SnapshotScrub.h"

#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace pd {

namespace {

Status scrub(QSqlDatabase &db)
{
    // secure_delete overwrites the freed cells; VACUUM then drops the free pages.
    const QStringList statements = {
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("DELETE FROM audit_log WHERE record_uid IN "
                       "(SELECT uid FROM focal_point WHERE personal_data = 1)"),
        QStringLiteral("DELETE FROM focal_point WHERE personal_data = 1"),
        QStringLiteral("COMMIT"),
        QStringLiteral("VACUUM"),
    };
    for (const QString &sql : statements) {
        SqlQuery q(db, sql);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

Status removePersonalFocalPoints(const QString &copyPath)
{
    const QString name = QStringLiteral("scrub-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copyPath);
        if (!db.open())
            result = makeError(Error::Code::Io,
                               QCoreApplication::translate("SnapshotScrub", "cannot open the snapshot %1: %2")
                                   .arg(copyPath, db.lastError().text()));
        else
            result = scrub(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace pd
