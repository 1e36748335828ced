#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace pd {

/*
 * A private staging folder, `<folder>/<prefix>XXXXXX`, where a file is made before it is
 * put in place (the handover import's database, the package reader's entries, the
 * snapshot of Save a Copy). It holds a lock (QLockFile `owner.lock`) for as long as it
 * lives and is removed with it. A kill leaves the folder behind with a stale lock, since
 * its owner is gone; the next staging folder made in the same place removes such
 * leftovers first:
 * - a folder whose lock is stale (the process that held it is gone) is removed;
 * - a folder without a lock (killed between creating it and locking it) is removed once
 *   it is older than `unlockedAge`;
 * - a folder whose lock is held by a live process is left alone.
 * Only folders of ours are touched: the name must be the prefix and six letters or digits
 * (QTemporaryDir's pattern), a real folder (not a link) of this user, holding plain files
 * only; anything else there is left as it is.
 */
class StagingFolder
{
public:
    static constexpr const char *LockName = "owner.lock";
    // The import's working folder beside the target database, the package reader's one
    // in the temporary folder, and Save a Copy's beside the copy.
    static constexpr const char *ImportPrefix = ".presidency-desk-import-";
    static constexpr const char *ReaderPrefix = "presidency-desk-staging-";
    static constexpr const char *CopyPrefix = ".presidency-desk-copy-";
    // The snapshot Save a Copy writes in its folder, then renames into place.
    static constexpr const char *CopyName = "copy.sqlite";
    static constexpr std::chrono::minutes DefaultUnlockedAge{60};

    StagingFolder(const QString &folder, const QString &prefix);
    ~StagingFolder();
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const;
    QString path() const;
    QString filePath(const QString &name) const;

    // Removes the stale staging folders `<folder>/<prefix>XXXXXX`; returns how many.
    static int removeStale(const QString &folder, const QString &prefix,
                           std::chrono::minutes unlockedAge = DefaultUnlockedAge);

private:
    std::unique_ptr<QTemporaryDir> m_dir; // declared first: removed after the lock is released
    std::unique_ptr<QLockFile> m_lock;
    bool m_valid = false;
};

} // namespace pd
