// libFuzzer target over the package reader and the import's checks: any bytes, written
// as a zip, go through PackageReader and HandoverImport::verify; each is verified or
// refused with one line, and the staging folder never outlives the import.
//   CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DPD_FUZZ=ON -DPD_SANITIZE=ON
//   cmake --build build-fuzz --target fuzz_package
//   build-fuzz/tests/fuzz/fuzz_package -timeout=20 -rss_limit_mb=4096 NEW_CORPUS tests/fuzz/corpus/package

#include "PackageFuzzing.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt SQL's driver for the snapshot check
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size > 4 * 1024 * 1024)
        return 0;
    const QString problem =
        pd::test::packageProblem(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), folder->path());
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
