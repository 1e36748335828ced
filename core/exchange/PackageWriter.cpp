#include "PackageWriter.h"

#include <QCryptographicHash>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace pd {

namespace {

constexpr qint64 ChunkSize = 1 << 20;

QuaZipNewInfo entryInfo(const QString &name)
{
    QuaZipNewInfo info(name);
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return info;
}

} // namespace

PackageWriter::PackageWriter(const QString &path) : m_path(path), m_file(path) {}

PackageWriter::~PackageWriter()
{
    if (m_committed)
        return;
    // QuaZip's close() commits a QSaveFile it writes to; cancelling first makes that
    // commit fail and discard the temporary file.
    m_file.cancelWriting();
    m_zip.reset();
}

Error PackageWriter::writeError(const QString &name) const
{
    return makeError(Error::Code::Io, tr("cannot write %1 into %2").arg(name, m_path));
}

Status PackageWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_zip = std::make_unique<QuaZip>(&m_file);
    m_zip->setUtf8Enabled(true); // attachment names keep their accents
    if (!m_zip->open(QuaZip::mdCreate))
        return makeError(Error::Code::Io, tr("cannot write %1: error %2").arg(m_path).arg(m_zip->getZipError()));
    return {};
}

bool PackageWriter::openEntry(QuaZipFile &entry, const QString &name, Compression compression)
{
    switch (compression) {
    case Compression::Default:
        return entry.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION);
    case Compression::Fast:
        return entry.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_SPEED);
    case Compression::Store:
        return entry.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, 0, 0);
    }
    return false;
}

Result<HandoverManifest::File> PackageWriter::addData(const QString &name, const QByteArray &data,
                                                      Compression compression)
{
    QuaZipFile entry(m_zip.get());
    if (!openEntry(entry, name, compression))
        return writeError(name);
    if (entry.write(data) != data.size()) {
        entry.close();
        return writeError(name);
    }
    entry.close();
    if (entry.getZipError() != ZIP_OK)
        return writeError(name);
    return HandoverManifest::File{name, data.size(),
                                  QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()};
}

Result<HandoverManifest::File> PackageWriter::addFile(const QString &name, const QString &sourcePath,
                                                      Compression compression)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot read %1").arg(sourcePath));
    QuaZipFile entry(m_zip.get());
    if (!openEntry(entry, name, compression))
        return writeError(name);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(ChunkSize);
        if (chunk.isEmpty() || entry.write(chunk) != chunk.size()) {
            entry.close();
            return writeError(name);
        }
        hash.addData(chunk);
        size += chunk.size();
    }
    entry.close();
    if (entry.getZipError() != ZIP_OK)
        return writeError(name);
    return HandoverManifest::File{name, size, hash.result().toHex()};
}

Status PackageWriter::commit()
{
    m_zip->close();
    const int zipError = m_zip->getZipError();
    m_zip.reset();
    if (zipError != ZIP_OK) {
        m_file.cancelWriting();
        return makeError(Error::Code::Io, tr("cannot write %1: error %2").arg(m_path).arg(zipError));
    }
    // Depending on how QuaZip was built, its close() has committed the file already.
    if (m_file.isOpen() && !m_file.commit())
        return makeError(Error::Code::Io, tr("cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_committed = true;
    return {};
}

} // namespace pd
