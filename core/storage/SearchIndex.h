#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace pd {

class Database;

struct SearchHit
{
    QString kind; // meeting, activity, document, decision
    QString uid;
    QString title;
    QString snippet;
};

// The FTS5 index over titles, descriptions and decision texts. Entries are written by
// the repositories inside their transactions; searching is accent- and case-blind.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    Status put(int kind, const QString &kindName, qint64 id, const QString &uid, const QString &title,
               const QString &body);
    Status remove(int kind, qint64 id);
    // Words are matched as prefixes ("migr" finds "migration"); FTS syntax in the text is
    // neutralised, so any user text is a valid query.
    QList<SearchHit> search(const QString &text, int limit = 100) const;

private:
    Database &m_db;
};

} // namespace pd
