// The Editor's contributions and directory edits (declared in Editor.h under
// "Contributions and directory").

#include "Editor.h"

#include "EditorSaveRecord.h"
#include "domain/Contribution.h"
#include "domain/FocalPoint.h"
#include "domain/Money.h"
#include "domain/Party.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

namespace {

QString partyName(Repositories &repos, qint64 partyId)
{
    const auto party = repos.parties().byId(partyId);
    if (!party)
        return {};
    const QString acronym = party->acronym.text(Language::English);
    return party->kind == PartyKind::Country || acronym.isEmpty() ? party->name.text(Language::English) : acronym;
}

} // namespace

static Status checkContribution(Repositories &repos, const Contribution &c)
{
    if (!repos.parties().byId(c.partyId))
        return makeError(Error::Code::Invalid, Editor::tr("Choose the country that owes the contribution."));
    if (!repos.funds().byId(c.fundId))
        return makeError(Error::Code::Invalid, Editor::tr("Choose the fund."));
    if (c.year < 1990 || c.year > 2100)
        return makeError(Error::Code::Invalid, Editor::tr("The year must be between 1990 and 2100."));
    if (c.due < 0)
        return makeError(Error::Code::Invalid, Editor::tr("The amount due cannot be negative."));
    for (const Contribution &other : repos.contributions().all()) {
        if (other.id != c.id && other.partyId == c.partyId && other.fundId == c.fundId && other.year == c.year)
            return makeError(Error::Code::Invalid, Editor::tr("%1 already has a contribution to this fund for %2.")
                                                       .arg(partyName(repos, c.partyId))
                                                       .arg(c.year));
    }
    return {};
}

Status Editor::addContribution(Contribution &contribution)
{
    if (Status s = checkContribution(m_repos, contribution); !s)
        return s;
    const QString text =
        tr("Add contribution of %1 for %2").arg(partyName(m_repos, contribution.partyId)).arg(contribution.year);
    return saveRecord<Contribution>(m_repos.contributions(), std::nullopt, contribution, text, &contribution);
}

Status Editor::updateContribution(const Contribution &contribution)
{
    const auto before = m_repos.contributions().byId(contribution.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The contribution no longer exists."));
    if (Status s = checkContribution(m_repos, contribution); !s)
        return s;
    const QString text =
        tr("Edit contribution of %1 for %2").arg(partyName(m_repos, contribution.partyId)).arg(contribution.year);
    return saveRecord<Contribution>(m_repos.contributions(), before, contribution, text);
}

Status Editor::removeContribution(const QString &uid)
{
    const auto before = m_repos.contributions().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The contribution no longer exists."));
    const QString text =
        tr("Delete contribution of %1 for %2").arg(partyName(m_repos, before->partyId)).arg(before->year);
    return saveRecord<Contribution>(m_repos.contributions(), before, std::nullopt, text);
}

Status Editor::recordPayment(const QString &contributionUid, const Payment &payment)
{
    const auto before = m_repos.contributions().byUid(contributionUid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The contribution no longer exists."));
    if (payment.amount <= 0)
        return makeError(Error::Code::Invalid, tr("The amount paid must be more than zero."));
    if (!payment.paidOn.isValid())
        return makeError(Error::Code::Invalid, tr("Enter the date of the payment."));
    Contribution after = *before;
    after.payments.append(payment);
    const QString text =
        tr("Record payment of %1 by %2")
            .arg(money::format(payment.amount, before->currency, QLocale()), partyName(m_repos, before->partyId));
    return saveRecord<Contribution>(m_repos.contributions(), before, after, text);
}

static Status checkFocalPoint(Repositories &repos, const FocalPoint &f)
{
    if (!repos.parties().byId(f.partyId))
        return makeError(Error::Code::Invalid, Editor::tr("Choose the country or organization of the focal point."));
    if (f.name.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, Editor::tr("Enter the name of the focal point."));
    if (!f.email.isEmpty() && !isPlausibleEmail(f.email))
        return makeError(Error::Code::Invalid, Editor::tr("“%1” is not an e-mail address.").arg(f.email));
    return {};
}

Status Editor::addFocalPoint(FocalPoint &focalPoint)
{
    if (Status s = checkFocalPoint(m_repos, focalPoint); !s)
        return s;
    return saveRecord<FocalPoint>(m_repos.focalPoints(), std::nullopt, focalPoint,
                                  tr("Add focal point %1").arg(focalPoint.name), &focalPoint);
}

Status Editor::updateFocalPoint(const FocalPoint &focalPoint)
{
    const auto before = m_repos.focalPoints().byId(focalPoint.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The focal point no longer exists."));
    if (Status s = checkFocalPoint(m_repos, focalPoint); !s)
        return s;
    return saveRecord<FocalPoint>(m_repos.focalPoints(), before, focalPoint,
                                  tr("Edit focal point %1").arg(focalPoint.name));
}

Status Editor::removeFocalPoint(const QString &uid)
{
    const auto before = m_repos.focalPoints().byUid(uid);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The focal point no longer exists."));
    return saveRecord<FocalPoint>(m_repos.focalPoints(), before, std::nullopt,
                                  tr("Delete focal point %1").arg(before->name));
}

Status Editor::updateParty(const Party &party)
{
    const auto before = m_repos.parties().byId(party.id);
    if (!before)
        return makeError(Error::Code::NotFound, tr("The country or organization no longer exists."));
    if (party.name.isEmpty())
        return makeError(Error::Code::Invalid, tr("Enter a name in English or Spanish."));
    return saveRecord<Party>(m_repos.parties(), before, party, tr("Edit %1").arg(party.name.text(Language::English)));
}

} // namespace pd
