// libFuzzer target over HandoverManifest::fromJson: any bytes are read strictly or refused
// with one line, and a manifest read writes back to JSON that reads back the same.
//   CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DPD_FUZZ=ON -DPD_SANITIZE=ON
//   cmake --build build-fuzz --target fuzz_manifest
//   build-fuzz/tests/fuzz/fuzz_manifest -max_len=16384 -timeout=5 NEW_CORPUS tests/fuzz/corpus/manifest

#include "PackageFuzzing.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QString problem =
        pd::test::manifestProblem(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
