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

bool FilterIndex::probe(const QString &phrase) const
{
    // Common trigrams make a probe cost a millisecond or more on a large table.
    const QVariant found = SqlQuery::scalar(
        m_db.connection(), QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(matchesSql()).arg(RareLimit + 1),
        {{QStringLiteral("trigrams"), phrase}});
    return found.isValid() && found.toInt() <= RareLimit;
}

QString FilterIndex::matchesSql() const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :trigrams").arg(ftsTable());
}

void FilterIndex::narrow(FilterSql &sql, const QString &text) const
{
    // The trigram tokenizer finds no row for a phrase under three characters, so
    // shorter words are left to GLOB alone.
    QHash<QString, bool> probes;
    QStringList rare;
    for (const QString &word : FilterSql::foldedWords(text)) {
        if (word.toUcs4().size() < 3)
            continue;
        const QString phrase =
            QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (probes.contains(phrase))
            continue;
        const auto kept = m_probes.constFind(phrase);
        const bool isRare = kept != m_probes.cend() ? *kept : probe(phrase);
        probes.insert(phrase, isRare);
        if (isRare)
            rare.append(phrase);
    }
    // Only this text's words are kept: the next keystroke changes one of them.
    m_probes = probes;
    if (rare.isEmpty())
        return;
    sql.conditions.append(QStringLiteral("%1.id IN (%2)").arg(m_table, matchesSql()));
    sql.binds.insert(QStringLiteral("trigrams"), rare.join(QStringLiteral(" AND ")));
}

} // namespace pd
