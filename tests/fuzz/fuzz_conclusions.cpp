// libFuzzer target over ConclusionsParser: any bytes, read as UTF-8, must parse without
// crashing, hanging or breaking the invariants of ParsedConclusions.
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DPD_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_conclusions
//   build-fuzz/tests/fuzz/fuzz_conclusions -max_len=8192 -timeout=5 NEW_CORPUS tests/fuzz/corpus/conclusions

#include "ConclusionsInvariants.h"
#include "exchange/ConclusionsParser.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

const pd::ConclusionsParser &parser()
{
    static const pd::ConclusionsParser instance = [] {
        QFile file(QStringLiteral(PD_PROFILE_JSON));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", PD_PROFILE_JSON);
            std::abort();
        }
        return pd::ConclusionsParser(pd::ConclusionsContext::fromProfileJson(file.readAll()));
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto language = size > 0 && data[0] % 3 == 1   ? pd::ConclusionsParser::LanguageChoice::English
                          : size > 0 && data[0] % 3 == 2 ? pd::ConclusionsParser::LanguageChoice::Spanish
                                                         : pd::ConclusionsParser::LanguageChoice::Auto;
    const pd::ParsedConclusions parsed = parser().parse(text, language);
    const QString problem = pd::test::conclusionsInvariantProblem(parsed, pd::test::conclusionsLineCount(text));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    (void)parsed.toJson();
    return 0;
}
