#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace pd {

class Database;
struct FilterSql;

/*
 * The trigram FTS5 tables beside the folded filter_text of meetings and activities
 * (migration 0006). Repositories write an entry inside their transaction whenever the
 * row changes. narrow() lets a filter use the index only when it pays: the words that
 * match few rows are looked up by rowid; common words are left to the list's ordered
 * index scan, which finds a page of matches after a few rows.
 */
class FilterIndex
{
public:
    // At most this many candidate rows are fetched by rowid and sorted; above it the
    // ordered scan is faster.
    static constexpr int RareLimit = 500;

    FilterIndex(Database &db, QString table);

    Status put(qint64 id);
    Status remove(qint64 id);

    // Adds "<table>.id IN (trigram matches of the rare words)" to sql when some words of
    // at least three characters each match at most RareLimit rows. Words stay GLOBbed in
    // sql, so the result is the same either way; only the plan changes.
    // Each word is probed on its own, and its answer kept while the next text still has
    // it (until forgetProbes()): a keystroke probes only the word it changes, and the
    // view's next page none.
    void narrow(FilterSql &sql, const QString &text) const;
    void forgetProbes() { m_probes.clear(); }

private:
    QString ftsTable() const;
    QString matchesSql() const;
    bool probe(const QString &phrase) const; // at most RareLimit rows match

    Database &m_db;
    QString m_table;
    mutable QHash<QString, bool> m_probes; // phrase -> rare, for the words of the last text
};

} // namespace pd
