#include "PackageReader.h"

#include "HandoverExport.h"
#include "HandoverManifest.h"
#include "storage/StagingFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace pd {

namespace {

constexpr quint32 FileTypeMask = 0170000; // S_IFMT
constexpr quint32 SymbolicLink = 0120000; // S_IFLNK
constexpr quint32 RegularFile = 0100000;  // S_IFREG
constexpr quint16 Stored = 0;
constexpr quint16 Deflated = 8;

bool isAllowedAttachment(const QStringList &parts)
{
    static const QRegularExpression versioned(QStringLiteral("^[1-9][0-9]{0,8}-.+$"));
    if (parts.size() != 3 || parts.at(0) != QLatin1String(HandoverExport::AttachmentsEntity))
        return false;
    const QUuid uid = QUuid::fromString(parts.at(1));
    return !uid.isNull() && uid.toString(QUuid::WithoutBraces) == parts.at(1) &&
           versioned.match(parts.at(2)).hasMatch();
}

bool isAllowed(const QString &name)
{
    static const QSet<QString> fixed = [] {
        QSet<QString> names{
            QString::fromLatin1(HandoverManifest::FileName), QString::fromLatin1(HandoverExport::SnapshotName),
            QString::fromLatin1(HandoverExport::CalendarName), QString::fromLatin1(HandoverExport::BriefingName)};
        for (const QString &entity : HandoverExport::tableEntities())
            names.insert(entity + QStringLiteral(".csv"));
        return names;
    }();
    return fixed.contains(name) || isAllowedAttachment(name.split(QLatin1Char('/')));
}

} // namespace

PackageReader::PackageReader(const Limits &limits) : m_limits(limits) {}

PackageReader::~PackageReader() = default;

QString PackageReader::stagingPath() const
{
    return m_staging ? m_staging->path() : QString();
}

std::optional<PackageReader::Entry> PackageReader::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return e;
    }
    return std::nullopt;
}

QString PackageReader::printable(const QString &name)
{
    QString shown;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

std::optional<QString> PackageReader::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("the name is empty");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("the name holds a control character");
    }
    if (name.contains(QLatin1Char('\\')))
        return tr("the name holds a backslash");
    if (name.startsWith(QLatin1Char('/')))
        return tr("the path is absolute");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return tr("the path starts with a drive letter");
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return tr("the path has a \"..\" component");
    if (parts.contains(QStringLiteral(".")) || parts.contains(QString()))
        return tr("the path has an empty or \".\" component");
    if (!isAllowed(name))
        return tr("not a file a handover package holds");
    return std::nullopt;
}

Error PackageReader::refuse(const QString &name, const QString &check) const
{
    return makeError(Error::Code::Invalid, tr("entry \"%1\": %2").arg(printable(name), check));
}

Status PackageReader::read(const QString &zipPath)
{
    m_entries.clear();
    m_inflated = 0;
    if (!QFileInfo(zipPath).isFile())
        return makeError(Error::Code::NotFound, tr("%1 is not a file").arg(zipPath));
    m_staging = std::make_unique<StagingFolder>(QDir::tempPath(), QString::fromLatin1(StagingFolder::ReaderPrefix));
    if (!m_staging->isValid())
        return makeError(Error::Code::Io,
                         tr("cannot create a temporary staging folder: %1").arg(m_staging->errorString()));

    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(Error::Code::Invalid,
                         tr("%1 is not a zip file (error %2)").arg(zipPath).arg(zip.getZipError()));
    // The count in the zip's directory is a first cheap check; the entries are counted too.
    const int declared = zip.getEntriesCount();
    if (declared > m_limits.maxEntries)
        return makeError(
            Error::Code::Invalid,
            tr("the package has %1 entries; at most %2 are allowed").arg(declared).arg(m_limits.maxEntries));
    int index = 0;
    QSet<QString> seen;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++index > m_limits.maxEntries)
            return makeError(Error::Code::Invalid, tr("the package has more than %1 entries").arg(m_limits.maxEntries));
        const QString name = zip.getCurrentFileName();
        const QString folded = name.toCaseFolded();
        // Duplicates first: a second "MEETINGS.csv" is named as a duplicate, not as a stranger.
        if (seen.contains(folded))
            return refuse(name, tr("the name occurs twice in the package (ignoring case)"));
        seen.insert(folded);
        if (const auto problem = nameProblem(name))
            return refuse(name, *problem);
        if (Status s = readEntry(zip, index); !s)
            return s;
    }
    if (zip.getZipError() != UNZ_OK)
        return makeError(Error::Code::Invalid,
                         tr("%1: the zip's directory cannot be read (error %2)").arg(zipPath).arg(zip.getZipError()));
    return {};
}

Status PackageReader::readEntry(QuaZip &zip, int index)
{
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return makeError(Error::Code::Invalid, tr("entry %1: its header cannot be read").arg(index));
    const QString &name = info.name;
    const quint32 mode = info.externalAttr >> 16;
    if ((mode & FileTypeMask) == SymbolicLink)
        return refuse(name, tr("a symbolic link"));
    if ((mode & FileTypeMask) != 0 && (mode & FileTypeMask) != RegularFile)
        return refuse(name, tr("not a regular file"));
    if (info.isEncrypted())
        return refuse(name, tr("encrypted"));
    if (info.method != Stored && info.method != Deflated)
        return refuse(name, tr("compressed with an unsupported method (%1)").arg(info.method));

    QuaZipFile in(&zip);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(name, tr("cannot be opened (error %1)").arg(in.getZipError()));
    Entry entry{name, m_staging->filePath(QStringLiteral("entry-%1").arg(index)), 0, {}};
    QFile out(entry.stagedPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(Error::Code::Io, tr("cannot write the staging folder: %1").arg(out.errorString()));

    const bool isManifest = name == QLatin1String(HandoverManifest::FileName);
    const qint64 compressed = qMax<qint64>(qint64(qMin<quint64>(info.compressedSize, quint64(1) << 62)), 1);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), ChunkSize);
        if (n < 0)
            return refuse(name, tr("cannot be inflated (error %1)").arg(in.getZipError()));
        if (n == 0)
            break;
        entry.size += n;
        m_inflated += n;
        if (entry.size > m_limits.maxEntrySize)
            return refuse(name, tr("larger than the %1-byte limit for one file").arg(m_limits.maxEntrySize));
        if (m_inflated > m_limits.maxTotalSize)
            return refuse(name, tr("the package inflates past its %1-byte limit").arg(m_limits.maxTotalSize));
        if (entry.size > m_limits.ratioAllowance && entry.size / compressed > m_limits.maxRatio)
            return refuse(name,
                          tr("inflates more than %1 times its compressed size (a zip bomb?)").arg(m_limits.maxRatio));
        if (isManifest && entry.size > m_limits.maxManifestSize)
            return refuse(name, tr("larger than the %1-byte limit for a manifest").arg(m_limits.maxManifestSize));
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return makeError(Error::Code::Io, tr("cannot write the staging folder: %1").arg(out.errorString()));
    }
    in.close();
    if (in.getZipError() != UNZ_OK)
        return refuse(name, tr("damaged: its CRC does not match (error %1)").arg(in.getZipError()));
    if (quint64(entry.size) != info.uncompressedSize)
        return refuse(name, tr("its size (%1 bytes) differs from the zip header's (%2)")
                                .arg(QString::number(entry.size), QString::number(info.uncompressedSize)));
    if (!out.flush())
        return makeError(Error::Code::Io, tr("cannot write the staging folder: %1").arg(out.errorString()));
    entry.sha256 = hash.result().toHex();
    m_entries.append(entry);
    return {};
}

} // namespace pd
