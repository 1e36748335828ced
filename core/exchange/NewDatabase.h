#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <memory>

namespace pd {

enum class NewDatabaseContent
{
    Empty,
    RcmProfile
};

// Creates a database file that does not exist yet (or is empty) and, unless Empty,
// fills it with the RCM profile. On failure nothing is left at `path`.
Result<std::unique_ptr<Database>> createDatabase(const QString &path, NewDatabaseContent content);

} // namespace pd
