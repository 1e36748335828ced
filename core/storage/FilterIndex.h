#pragma once

#include "Result.h"

#include <QString>

namespace pd {

class Database;
struct FilterSql;

/*
 * The trigram FTS5 tables beside the folded filter_text of meetings and activities
 * (migration 0006). Repositories write an entry inside their transaction whenever the
 * row changes. narrow() lets a filter use the index only when it pays: a word that
 * matches few rows is looked up by rowid; a common word is left to the list's ordered
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

    // Adds "<table>.id IN (trigram matches)" to sql when every word of at least three
    // characters together match at most RareLimit rows. Words stay GLOBbed in sql, so
    // the result is the same either way; only the plan changes.
    // The probe's answer is kept for the last text until forgetProbes(): a filter step
    // reads a page and then the view asks for the next one with the same words.
    void narrow(FilterSql &sql, const QString &text) const;
    void forgetProbes() { m_probedQuery.clear(); }

private:
    QString ftsTable() const;

    Database &m_db;
    QString m_table;
    mutable QString m_probedQuery;
    mutable bool m_probedRare = false;
};

} // namespace pd
