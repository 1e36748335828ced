#pragma once

// The planning and writing behind ConclusionsImport: private to core/exchange.

#include "ConclusionsImport.h"
#include "domain/Activity.h"
#include "domain/Decision.h"
#include "domain/Document.h"
#include "domain/Meeting.h"
#include "domain/WorkingGroup.h"
#include "storage/AggregateRepository.h"

#include <QHash>
#include <QSet>

namespace pd::conclusions {

// Plans the import against the database and, when writing, carries it out; the records
// it adds are kept in order so that undo removes them (last first) and redo puts them
// back under the same ids and uids; the records whose text it fills in are kept as they
// were before and after, for undo and redo to write back.
class Importer
{
public:
    Importer(Repositories &repos, const ParsedConclusions &parsed) : m_repos(repos), m_parsed(parsed) {}

    Status run(bool write, ConclusionsImportSummary &summary);

    enum Type
    {
        MeetingRecord,
        DecisionRecord,
        ActivityRecord,
        DocumentRecord
    };
    struct Added
    {
        Type type;
        qsizetype index;
    };
    template <typename T>
    struct Fill
    {
        T before;
        T after;
    };
    QList<Added> order;
    QList<Meeting> meetings;
    QList<Decision> decisions;
    QList<Activity> activities;
    QList<Document> documents;
    QList<Added> fillOrder;
    QList<Fill<Meeting>> meetingFills;
    QList<Fill<Decision>> decisionFills;
    QList<Fill<Activity>> activityFills;
    QList<Fill<Document>> documentFills;

private:
    qint64 party(const QString &code, int line, ConclusionsImportSummary &summary);
    QList<qint64> parties(const QStringList &codes, int line, ConclusionsImportSummary &summary);
    template <typename T>
    Status add(AggregateRepository<T> &repository, T &record, QList<T> &list, Type type, bool write);
    bool fillText(LocalizedText &field, const QString &text, const QString &what, int line,
                  ConclusionsImportSummary &summary, bool warn = true) const;
    template <typename T>
    Status fill(AggregateRepository<T> &repository, const T &before, const T &after, QList<Fill<T>> &list, Type type,
                bool write);

    Repositories &m_repos;
    const ParsedConclusions &m_parsed;
    QHash<QString, qint64> m_parties;
    QHash<QString, qint64> m_groups;
    QHash<qint64, WorkingGroup> m_groupById;
    QSet<QString> m_unknown;
    bool m_translating = false; // the meeting gets its text in the language read
};

} // namespace pd::conclusions
