#include "ReportContext.h"

#include "storage/Repositories.h"

#include <QtGlobal>

namespace pd {

ReportContext::ReportContext(Repositories &repos, const ReportOptions &options)
    : m_repos(repos), m_options(options), m_text(options.languages), m_body(m_text)
{
    for (const Party &p : repos.parties().all())
        m_parties.insert(p.id, p);
}

const Party *ReportContext::party(qint64 id) const
{
    const auto it = m_parties.constFind(id);
    return it == m_parties.constEnd() ? nullptr : &it.value();
}

QString ReportContext::partyName(qint64 id, bool shortForm) const
{
    const Party *p = party(id);
    if (!p)
        return {};
    const LocalizedText &name = shortForm && !p->acronym.isEmpty() ? p->acronym : p->name;
    return m_text.joined(name.text(Language::English), name.text(Language::Spanish));
}

QString ReportContext::conferenceName()
{
    const auto own = m_repos.conference();
    if (!own)
        return m_text.label(QT_TRANSLATE_NOOP("Report", "Regional conference on migration"));
    return m_text.joined(own->name.text(Language::English), own->name.text(Language::Spanish));
}

QString ReportContext::presidencyName()
{
    const auto presidency = m_repos.currentPresidency();
    return presidency ? partyName(presidency->partyId) : QString();
}

Report ReportContext::finish(const QString &title, QList<ReportPart> parts)
{
    Report report;
    report.conference = conferenceName();
    report.title = title;
    const QDate printed = (m_options.printedAt.isValid() ? m_options.printedAt : QDateTime::currentDateTime()).date();
    report.printedOn = m_text.joined(m_text.label(QT_TRANSLATE_NOOP("Report", "Printed on %1"), Language::English)
                                         .arg(m_text.date(printed, Language::English)),
                                     m_text.label(QT_TRANSLATE_NOOP("Report", "Printed on %1"), Language::Spanish)
                                         .arg(m_text.date(printed, Language::Spanish)));
    report.pageOfPattern = m_text.label(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    if (!m_options.emblemPath.isEmpty())
        report.emblem = QImage(m_options.emblemPath);
    report.paper = m_options.paper;
    if (parts.isEmpty()) {
        report.document = m_body.take();
        report.document->setMetaInformation(QTextDocument::DocumentTitle, title);
    } else {
        report.parts = std::move(parts);
    }
    return report;
}

} // namespace pd
