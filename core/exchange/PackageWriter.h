#pragma once

#include "HandoverManifest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace pd {

// A zip written atomically: entries go into a QSaveFile beside `path`, and the file
// appears at `path` only on commit(). Destroyed without commit(), it leaves no file and
// an old one untouched. Each entry's size and SHA-256 are returned for the manifest.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)
public:
    explicit PackageWriter(const QString &path);
    ~PackageWriter();
    PackageWriter(const PackageWriter &) = delete;
    PackageWriter &operator=(const PackageWriter &) = delete;

    // How an entry is written: deflated at zlib's default level (as `zip` does), deflated
    // at its fastest level (large, easily compressed files), or stored as it is
    // (data compressed already, such as a PDF).
    enum class Compression
    {
        Default,
        Fast,
        Store
    };

    Status open();
    // Each entry's SHA-256 is computed from the bytes as they are written, in one pass.
    Result<HandoverManifest::File> addData(const QString &name, const QByteArray &data,
                                           Compression compression = Compression::Default);
    // Streams a file from disk (the snapshot may be large).
    Result<HandoverManifest::File> addFile(const QString &name, const QString &sourcePath,
                                           Compression compression = Compression::Default);
    Status commit();

private:
    bool openEntry(QuaZipFile &entry, const QString &name, Compression compression);
    Error writeError(const QString &name) const;

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    bool m_committed = false;
};

} // namespace pd
