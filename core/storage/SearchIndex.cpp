#include "SearchIndex.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QRegularExpression>

namespace pd {

namespace {
qint64 rowIdOf(int kind, qint64 id)
{
    return id * 8 + kind;
}
} // namespace

Status SearchIndex::put(int kind, const QString &kindName, qint64 id, const QString &uid, const QString &title,
                        const QString &body)
{
    if (Status s = remove(kind, id); !s)
        return s;
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO search_index (rowid, kind, uid, title, body) "
                                                 "VALUES (:rowid, :kind, :uid, :title, :body)"));
    q.bind(QStringLiteral(":rowid"), rowIdOf(kind, id))
        .bind(QStringLiteral(":kind"), kindName)
        .bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":title"), title)
        .bind(QStringLiteral(":body"), body);
    return q.exec();
}

Status SearchIndex::remove(int kind, qint64 id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"));
    q.bind(QStringLiteral(":rowid"), rowIdOf(kind, id));
    return q.exec();
}

QList<SearchHit> SearchIndex::search(const QString &text, int limit) const
{
    // Each word becomes a quoted prefix term, so quotes, operators and parentheses typed
    // by the user are searched as text rather than parsed as FTS syntax.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT kind, uid, title, snippet(search_index, 3, '', '', '…', 12) FROM search_index "
                              "WHERE search_index MATCH :query ORDER BY rank LIMIT :limit"));
    q.bind(QStringLiteral(":query"), terms.join(QLatin1Char(' '))).bind(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return hits;
}

} // namespace pd
