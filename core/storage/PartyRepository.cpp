#include "PartyRepository.h"

#include "RowHelpers.h"

namespace pd {

PartyRepository::PartyRepository(Database &db, QObject *parent)
    : AggregateRepository(db, QStringLiteral("party"), parent)
{
}

std::optional<Party> PartyRepository::byCode(const QString &code) const
{
    const QList<Party> found = load(QStringLiteral("SELECT * FROM party WHERE code = :code ORDER BY id LIMIT 1"),
                                    {{QStringLiteral("code"), code}});
    return found.isEmpty() ? std::nullopt : std::optional<Party>(found.first());
}

QList<Party> PartyRepository::members() const
{
    return load(QStringLiteral("SELECT * FROM party WHERE member = 1 ORDER BY name_en"));
}

QVariantMap PartyRepository::toRow(const Party &party) const
{
    QVariantMap r;
    r.insert(QStringLiteral("kind"), enumKey(party.kind));
    r.insert(QStringLiteral("code"), party.code);
    row::putText(r, QStringLiteral("name"), party.name);
    row::putText(r, QStringLiteral("acronym"), party.acronym);
    r.insert(QStringLiteral("member"), party.member ? 1 : 0);
    r.insert(QStringLiteral("notes"), party.notes);
    return r;
}

Party PartyRepository::fromRow(const QVariantMap &r) const
{
    Party p;
    p.id = row::id(r, "id");
    p.uid = row::str(r, "uid");
    p.kind = row::enumValue(r, "kind", PartyKind::Country);
    p.code = row::str(r, "code");
    p.name = row::text(r, QStringLiteral("name"));
    p.acronym = row::text(r, QStringLiteral("acronym"));
    p.member = r.value(QStringLiteral("member")).toBool();
    p.notes = row::str(r, "notes");
    return p;
}

QString PartyRepository::orderBy() const
{
    return QStringLiteral("kind <> 'country', member DESC, name_en");
}

} // namespace pd
