#include "StagingFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pd {

namespace {

Q_LOGGING_CATEGORY(lcStaging, "pd.storage.staging", QtInfoMsg)

const QString LockFileName = QString::fromLatin1(StagingFolder::LockName);

// QTemporaryDir's "XXXXXX": six letters or digits.
bool isOurName(const QString &name, const QString &prefix)
{
    if (!name.startsWith(prefix) || name.size() != prefix.size() + 6)
        return false;
    for (qsizetype i = prefix.size(); i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

// What the import, the package reader and Save a Copy write in a staging folder (SQLite's
// side files included), besides the lock.
bool isStagedFile(const QString &name)
{
    static const QRegularExpression staged(
        QStringLiteral("^(entry-[0-9]+|migrated\\.sqlite|new\\.sqlite|copy\\.sqlite)(-wal|-shm|-journal)?$"));
    return staged.match(name).hasMatch();
}

bool ownedByUs(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    return info.ownerId() == uint(::getuid());
#else
    Q_UNUSED(info);
    return true;
#endif
}

QString templateFor(const QString &folder, const QString &prefix)
{
    return QDir(folder).filePath(prefix + QStringLiteral("XXXXXX"));
}

} // namespace

StagingFolder::StagingFolder(const QString &folder, const QString &prefix)
{
    removeStale(folder, prefix);
    m_dir = std::make_unique<QTemporaryDir>(templateFor(folder, prefix));
    if (!m_dir->isValid())
        return;
    m_lock = std::make_unique<QLockFile>(m_dir->filePath(LockFileName));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long an import takes
    m_valid = m_lock->tryLock(0);
}

StagingFolder::~StagingFolder()
{
    if (m_lock)
        m_lock->unlock();
}

QString StagingFolder::errorString() const
{
    if (!m_dir || !m_dir->isValid())
        return m_dir ? m_dir->errorString() : QString();
    return m_valid ? QString() : QStringLiteral("cannot lock %1").arg(m_dir->filePath(LockFileName));
}

QString StagingFolder::path() const
{
    return m_valid ? m_dir->path() : QString();
}

QString StagingFolder::filePath(const QString &name) const
{
    return m_valid ? m_dir->filePath(name) : QString();
}

int StagingFolder::removeStale(const QString &folder, const QString &prefix, std::chrono::minutes unlockedAge)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({prefix + QStringLiteral("*")},
                                            QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    int removed = 0;
    for (const QString &name : names) {
        if (!isOurName(name, prefix))
            continue;
        const QFileInfo info(dir.filePath(name));
        if (info.isSymLink() || !info.isDir() || !ownedByUs(info))
            continue;
        const QDir staging(info.absoluteFilePath());
        const QFileInfoList contents =
            staging.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        bool ours = true;
        bool locked = false;
        for (const QFileInfo &file : contents) {
            if (file.isSymLink() || !file.isFile())
                ours = false;
            else if (file.fileName() == LockFileName)
                locked = true;
            else if (!isStagedFile(file.fileName()))
                ours = false;
        }
        if (!ours) {
            qCInfo(lcStaging, "%s: left alone, it holds files that are not ours", qPrintable(info.filePath()));
            continue;
        }
        // Without a lock, the folder may be one that is being made right now: only an old one goes.
        if (!locked &&
            info.lastModified().msecsTo(QDateTime::currentDateTime()) < std::chrono::milliseconds(unlockedAge).count())
            continue;
        // Taking the lock succeeds only when its owner is gone (a live owner also keeps
        // a native lock on it); it keeps a second cleaner off this folder.
        QLockFile lock(staging.filePath(LockFileName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        bool emptied = true;
        for (const QFileInfo &file : contents) {
            if (file.fileName() != LockFileName)
                emptied = QFile::remove(file.absoluteFilePath()) && emptied;
        }
        lock.unlock();
        if (emptied && dir.rmdir(name)) {
            qCInfo(lcStaging, "removed the stale staging folder %s", qPrintable(info.filePath()));
            ++removed;
        }
    }
    return removed;
}

} // namespace pd
