#pragma once

#include "Result.h"

#include <QString>

namespace pd {

// Removes the focal points marked as personal data from a database copy (never the open
// database), with their audit-log rows (which hold the same data as JSON), and vacuums
// so that no deleted bytes stay in free pages. For handover packages that leave
// personal data out.
Status removePersonalFocalPoints(const QString &copyPath);

} // namespace pd
