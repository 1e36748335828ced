#pragma once

// Builds a large database for the benchmarks through the real write path (the
// repositories, with their audit rows and search entries): by default 20,000
// meetings, 100,000 activities, 5,000 documents (each consulted with every member),
// 50,000 decisions, a century of contributions per member and fund, and 3,000 focal
// points on top of the RCM profile. `scale` multiplies every count (0.01 for a quick smoke run).

#include <QString>

namespace pd::bench {

struct LargeDatabaseCounts
{
    int meetings = 20000;
    int activities = 100000;
    int documents = 5000;
    int decisions = 50000;
    int contributionYears = 100; // per member country and fund, each with a few payments
    int focalPoints = 3000;
};

// Creates `path` (which must not exist); returns an empty string or the error.
QString generateLargeDatabase(const QString &path, double scale = 1.0);
// The generated database for this scale, made once and kept in the build tree.
QString largeDatabasePath(double scale);

} // namespace pd::bench
