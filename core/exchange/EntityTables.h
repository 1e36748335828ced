#pragma once

#include "RecordTable.h"
#include "domain/Activity.h"
#include "domain/Decision.h"
#include "domain/Document.h"
#include "domain/Meeting.h"

#include <QStringList>

#include <optional>

namespace pd {

class Repositories;

// The records the tables are built from, each aggregate read once (with its children)
// however many tables and the calendar use it: what an export of every table shares.
class EntityRecords
{
public:
    explicit EntityRecords(Repositories &repos) : m_repos(repos) {}
    Repositories &repos() { return m_repos; }
    const QList<Meeting> &meetings();
    const QList<Activity> &activities();
    const QList<Decision> &decisions();
    const QList<Document> &documents();
    void release(); // forgets what was read (it is read again when asked for)

private:
    Repositories &m_repos;
    std::optional<QList<Meeting>> m_meetings;
    std::optional<QList<Activity>> m_activities;
    std::optional<QList<Decision>> m_decisions;
    std::optional<QList<Document>> m_documents;
};

// Builds the RecordTable of each listable entity. References to other records are
// given by their readable key (party code, decision number) and, where a program
// needs to follow them, by uid.
class EntityTables
{
public:
    static QStringList entityNames(); // meetings, activities, ...
    static std::optional<RecordTable> build(Repositories &repos, const QString &entity);
    static std::optional<RecordTable> build(EntityRecords &records, const QString &entity);
    // The focal points (people: personal data), for the handover package only.
    static RecordTable focalPoints(Repositories &repos);
};

} // namespace pd
