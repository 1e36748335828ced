#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QuaZip;

namespace pd {

class StagingFolder;

/*
 * Reads a handover package without trusting it. The zip's entries are read one by one
 * (never extracted in bulk) and each is checked before a byte of it is inflated:
 *   - its name: no absolute path, no ".." (or "." or empty) component, no backslash, no
 *     drive letter, no control character, not twice (ignoring case), and on the
 *     allow-list of what HandoverExport writes (manifest.json, database.sqlite,
 *     calendar.ics, briefing.pdf, <entity>.csv, attachments/<document uid>/<file>);
 *   - its kind: not a symbolic link or any other non-regular file (Unix mode in the
 *     external attributes), not encrypted, stored or deflated only;
 *   - the number of entries.
 * It is then streamed in chunks into a private staging folder (a StagingFolder in the
 * temporary folder, which also removes those a killed import left; entries are staged
 * under a numbered name, never under their own name) while the bytes actually inflated are counted
 * against the caps on the entry's size, the package's total size and the compression
 * ratio: a zip bomb stops at the cap, having used one chunk of memory. The size in the
 * entry's header is not trusted; it must merely agree with what was read, as must the CRC.
 * Nothing is written outside the staging folder, which goes with the reader.
 */
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)
public:
    struct Limits
    {
        int maxEntries = 20000;
        qint64 maxEntrySize = qint64(2) << 30;   // 2 GiB: the snapshot of a large database
        qint64 maxTotalSize = qint64(4) << 30;   // 4 GiB
        qint64 maxRatio = 100;                   // inflated bytes per compressed byte...
        qint64 ratioAllowance = qint64(1) << 20; // ...once an entry has inflated past 1 MiB
        qint64 maxManifestSize = qint64(4) << 20;
    };
    struct Entry
    {
        QString name;       // as in the zip
        QString stagedPath; // where its bytes are now
        qint64 size = 0;
        QByteArray sha256; // lower-case hex
    };
    static constexpr qint64 ChunkSize = 64 * 1024;

    explicit PackageReader(const Limits &limits);
    PackageReader() : PackageReader(Limits()) {}
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    // Checks and stages every entry; the first refusal ends the reading, and its message
    // is one line naming the entry and the check.
    Status read(const QString &zipPath);

    const QList<Entry> &entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &name) const;
    QString stagingPath() const;
    // Bytes inflated so far, those of a refused entry included (what a zip bomb cost).
    qint64 inflatedBytes() const { return m_inflated; }

    // The path rules and the allow-list for one entry name; the reason when refused.
    static std::optional<QString> nameProblem(const QString &name);
    // The name as one printable line: control characters shown as \xNN.
    static QString printable(const QString &name);

private:
    Status readEntry(QuaZip &zip, int index);
    Error refuse(const QString &name, const QString &check) const;

    Limits m_limits;
    std::unique_ptr<StagingFolder> m_staging;
    QList<Entry> m_entries;
    qint64 m_inflated = 0;
};

} // namespace pd
