#pragma once

// The entry points shared by the libFuzzer targets over the handover import
// (fuzz_manifest, fuzz_package) and by their corpus replay in the ordinary suite
// (tst_packagecorpus): each takes any bytes and returns the broken invariant, empty when
// all held. Header-only; a user links core.

#include "exchange/HandoverImport.h"
#include "exchange/HandoverManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pd::test {

inline QString oneLineProblem(const Error &error)
{
    if (error.message.isEmpty())
        return QStringLiteral("a refusal without a message");
    if (error.message.contains(QLatin1Char('\n')) || error.message.contains(QLatin1Char('\r')))
        return QStringLiteral("a refusal on more than one line: ") + error.message;
    return {};
}

// manifest.json: read strictly or refused with one line; what is read writes back to
// JSON that reads back the same.
inline QString manifestProblem(const QByteArray &json)
{
    const Result<HandoverManifest> manifest = HandoverManifest::fromJson(json);
    if (!manifest)
        return oneLineProblem(manifest.error());
    const Result<HandoverManifest> again = HandoverManifest::fromJson(manifest->toJson());
    if (!again)
        return QStringLiteral("its own JSON refused: ") + again.error().message;
    if (again->files.size() != manifest->files.size() || again->counts != manifest->counts ||
        again->schemaVersion != manifest->schemaVersion || again->to.code != manifest->to.code)
        return QStringLiteral("its own JSON reads back differently");
    for (qsizetype i = 0; i < manifest->files.size(); ++i) {
        const HandoverManifest::File &a = manifest->files.at(i);
        const HandoverManifest::File &b = again->files.at(i);
        if (a.name != b.name || a.size != b.size || a.sha256 != b.sha256)
            return QStringLiteral("file %1 reads back differently").arg(a.name);
    }
    return {};
}

// Caps small enough that a fuzzed zip costs little; the checks are the same.
inline PackageReader::Limits fuzzLimits()
{
    PackageReader::Limits limits;
    limits.maxEntries = 200;
    limits.maxEntrySize = qint64(8) << 20;
    limits.maxTotalSize = qint64(16) << 20;
    return limits;
}

// A package (the bytes of a zip, written to `folder`): verified or refused with one
// line; either way the staging folder is gone with the importer and nothing else is
// left in `folder` but the package itself.
inline QString packageProblem(const QByteArray &zip, const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("package.zip"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(zip) != zip.size())
            return QStringLiteral("cannot write %1").arg(path);
    }
    QString staging;
    QString problem;
    {
        HandoverImport import(fuzzLimits());
        const Status verified = import.verify(path);
        staging = import.stagingPath();
        if (!verified)
            problem = oneLineProblem(verified.error());
        else if (import.manifest().files.isEmpty())
            problem = QStringLiteral("a package verified with no files");
    }
    if (!staging.isEmpty() && QFileInfo::exists(staging))
        return QStringLiteral("the staging folder %1 outlived the import").arg(staging);
    const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (left != QStringList{QStringLiteral("package.zip")})
        return QStringLiteral("files left beside the package: ") + left.join(QStringLiteral(", "));
    return problem;
}

} // namespace pd::test
