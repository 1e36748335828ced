#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pd {

class Repositories;

// briefing.pdf of the handover package: the report engine's calendar sheet (every dated
// meeting and activity), consultation matrix and latest decision register, one after
// the other in English and Spanish. Laying out text needs fonts, so a QGuiApplication.
class HandoverBriefing
{
    Q_DECLARE_TR_FUNCTIONS(HandoverBriefing)
public:
    static bool canWrite(); // whether the application can lay out text
    static Result<QByteArray> pdf(Repositories &repos);
};

} // namespace pd
