#pragma once

#include "RecordTable.h"

#include <QStringList>

#include <optional>

namespace pd {

class Repositories;

// Builds the RecordTable of each listable entity. References to other records are
// given by their readable key (party code, decision number) and, where a program
// needs to follow them, by uid.
class EntityTables
{
public:
    static QStringList entityNames(); // meetings, activities, ...
    static std::optional<RecordTable> build(Repositories &repos, const QString &entity);
    // The focal points (people: personal data), for the handover package only.
    static RecordTable focalPoints(Repositories &repos);
};

} // namespace pd
