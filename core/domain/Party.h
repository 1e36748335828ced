#pragma once

#include "LocalizedText.h"

namespace pd {

// A country (ISO 3166 code, member or not) or an organization.
struct Party
{
    qint64 id = 0;
    QString uid;
    PartyKind kind = PartyKind::Country;
    QString code; // ISO 3166 alpha-2 for countries, an acronym key for organizations
    LocalizedText name;
    LocalizedText acronym;
    bool member = false;
    QString notes;
};

} // namespace pd
