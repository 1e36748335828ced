#include "FilterIndex.h"

#include "Database.h"
#include "FilterSql.h"
#include "SqlQuery.h"

namespace pd {

FilterIndex::FilterIndex(Database &db, QString table) : m_db(db), m_table(std::move(table)) {}

QString FilterIndex::ftsTable() const
{
    return m_table + QStringLiteral("_filter_fts");
}

Status FilterIndex::put(qint64 id)
{
    if (Status s = remove(id); !s)
        return s;
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO %1 (rowid, filter_text) "
                                                 "SELECT id, filter_text FROM %2 WHERE id = :id")
                                      .arg(ftsTable(), m_table));
    q.bind(QStringLiteral(":id"), id);
    return q.exec();
}

Status FilterIndex::remove(qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE rowid = :id").arg(ftsTable()));
    q.bind(QStringLiteral(":id"), id);
    return q.exec();
}

void FilterIndex::narrow(FilterSql &sql, const QString &text) const
{
    // The trigram tokenizer finds no row for a phrase under three characters, so
    // shorter words are left to GLOB alone.
    QStringList phrases;
    for (const QString &word : FilterSql::foldedWords(text)) {
        if (word.toUcs4().size() >= 3)
            phrases.append(QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"'));
    }
    if (phrases.isEmpty())
        return;
    const QString query = phrases.join(QStringLiteral(" AND "));
    const QString matches = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :trigrams").arg(ftsTable());
    if (query != m_probedQuery) {
        // Common trigrams make the probe itself cost a few milliseconds.
        const QVariant found = SqlQuery::scalar(
            m_db.connection(), QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(matches).arg(RareLimit + 1),
            {{QStringLiteral("trigrams"), query}});
        m_probedRare = found.isValid() && found.toInt() <= RareLimit;
        m_probedQuery = query;
    }
    if (!m_probedRare)
        return;
    sql.conditions.append(QStringLiteral("%1.id IN (%2)").arg(m_table, matches));
    sql.binds.insert(QStringLiteral("trigrams"), query);
}

} // namespace pd
