#include "TestSupport.h"

#include "exchange/NewDatabase.h"
#include "storage/StagingFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

namespace pd::test {

std::unique_ptr<Database> memoryDatabase()
{
    Database::Options options;
    options.create = true;
    auto db = Database::open(QStringLiteral(":memory:"), options);
    if (!db) {
        qWarning() << "cannot open an in-memory database:" << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> rcmDatabase(const QString &path)
{
    auto db = createDatabase(path, NewDatabaseContent::RcmProfile);
    if (!db) {
        qWarning() << "cannot create the RCM database:" << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

QString fixture(const QString &name)
{
    return QStringLiteral(PD_TEST_DATA_DIR "/") + name;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The process id of a process that has ended (and been reaped).
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

QString staleStagingFolder(const QString &folder, const QString &name, const QString &stagedFile)
{
    const QString path = QDir(folder).filePath(name);
    QDir().mkpath(path);
    writeFile(QDir(path).filePath(stagedFile), QByteArrayLiteral("SQLite format 3"));
    // QLockFile's format: pid, application, host.
    writeFile(QDir(path).filePath(QString::fromLatin1(StagingFolder::LockName)),
              QByteArray::number(deadPid()) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    return path;
}

} // namespace pd::test
