#pragma once

#include "LocalizedText.h"

namespace pd {

// A budget line that member countries contribute to.
struct Fund
{
    qint64 id = 0;
    QString uid;
    QString code;
    LocalizedText name;
    qint64 administratorId = 0; // party that administers it; 0 when not stated
    QString currency = QStringLiteral("USD");
};

} // namespace pd
