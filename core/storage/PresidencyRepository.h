#pragma once

#include "AggregateRepository.h"
#include "domain/Presidency.h"

namespace pd {

class PresidencyRepository : public AggregateRepository<Presidency>
{
    Q_OBJECT
public:
    explicit PresidencyRepository(Database &db, QObject *parent = nullptr);
    // The presidency of the given conference with that status, if any.
    std::optional<Presidency> withStatus(qint64 conferenceId, PresidencyStatus status) const;

protected:
    QVariantMap toRow(const Presidency &presidency) const override;
    Presidency fromRow(const QVariantMap &row) const override;
    QString orderBy() const override { return QStringLiteral("conference_id, year, id"); }
};

} // namespace pd
