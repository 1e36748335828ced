#pragma once

#include "LocalizedText.h"

namespace pd {

struct WorkingGroup
{
    qint64 id = 0;
    QString uid;
    QString code;
    LocalizedText name;
    int position = 0;
};

} // namespace pd
