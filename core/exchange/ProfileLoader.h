#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pd {

class Repositories;

// Fills an empty database with a conference profile (parties, working groups,
// presidencies, funds, meetings, decisions, activities, documents) from its JSON
// description, such as the RCM profile built from the RCGM conclusions of
// 1 December 2021. All or nothing: one transaction.
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)
public:
    static constexpr const char *RcmProfile = ":/profiles/rcm.json";

    explicit ProfileLoader(Repositories &repos) : m_repos(repos) {}
    Status loadFile(const QString &path);
    Status load(const QByteArray &json);

private:
    Repositories &m_repos;
};

} // namespace pd
