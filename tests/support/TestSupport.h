#pragma once

// Helpers shared by the test executables: databases to test against and fixtures.

#include "storage/Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pd::test {

// A fresh in-memory database at the latest schema; fails the test if it cannot open.
std::unique_ptr<Database> memoryDatabase();
// A new database file at `path` holding the RCM profile.
std::unique_ptr<Database> rcmDatabase(const QString &path);
QString fixture(const QString &name);
QByteArray sha256Of(const QString &path);
// A StagingFolder as a kill leaves it, `<folder>/<name>`: a staged file and the lock of a
// process that is gone. Returns its path.
QString staleStagingFolder(const QString &folder, const QString &name, const QString &stagedFile);

} // namespace pd::test
