#include "ReportText.h"

#include "i18n/Translation.h"

#include <QTranslator>

namespace pd {

std::optional<ReportLanguages> reportLanguagesFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en"))
        return ReportLanguages::English;
    if (c == QLatin1String("es"))
        return ReportLanguages::Spanish;
    if (c == QLatin1String("both"))
        return ReportLanguages::Both;
    return std::nullopt;
}

std::optional<PaperSize> paperFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("a4"))
        return PaperSize::A4;
    if (c == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

ReportText::ReportText(ReportLanguages languages) : m_languages(languages)
{
    if (languages != ReportLanguages::English) {
        m_spanish = std::make_unique<QTranslator>();
        if (!m_spanish->load(QStringLiteral(":/i18n/presidency-desk_es.qm")))
            m_spanish.reset();
    }
}

ReportText::~ReportText() = default;

QString ReportText::translate(const char *context, const char *source, Language language) const
{
    if (language == Language::Spanish && m_spanish) {
        const QString translated = m_spanish->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportText::label(const char *source, Language language) const
{
    return translate("Report", source, language);
}

QString ReportText::label(const char *source) const
{
    return joined(label(source, Language::English), label(source, Language::Spanish));
}

QString ReportText::joined(const QString &en, const QString &es) const
{
    switch (m_languages) {
    case ReportLanguages::English:
        return en;
    case ReportLanguages::Spanish:
        return es;
    case ReportLanguages::Both:
        break;
    }
    if (en == es || es.isEmpty())
        return en;
    if (en.isEmpty())
        return es;
    return en + QStringLiteral(" / ") + es;
}

QLocale ReportText::locale(Language language) const
{
    return translation::localeFor(language);
}

QString ReportText::date(const QDate &date, Language language) const
{
    if (!date.isValid())
        return {};
    // "1 December 2021" / "1 de diciembre de 2021": the long form the conference uses.
    const QString format =
        language == Language::Spanish ? QStringLiteral("d 'de' MMMM 'de' yyyy") : QStringLiteral("d MMMM yyyy");
    return locale(language).toString(date, format);
}

QString ReportText::dateRange(const QDate &from, const QDate &to, Language language) const
{
    if (!to.isValid() || to == from)
        return date(from, language);
    if (!from.isValid())
        return date(to, language);
    if (from.year() == to.year() && from.month() == to.month()) {
        return language == Language::Spanish ? QStringLiteral("%1 al %2").arg(from.day()).arg(date(to, language))
                                             : QStringLiteral("%1–%2").arg(from.day()).arg(date(to, language));
    }
    return language == Language::Spanish ? QStringLiteral("%1 al %2").arg(date(from, language), date(to, language))
                                         : QStringLiteral("%1 – %2").arg(date(from, language), date(to, language));
}

QString ReportText::date(const QDate &d) const
{
    return joined(date(d, Language::English), date(d, Language::Spanish));
}

QString ReportText::dateRange(const QDate &from, const QDate &to) const
{
    return joined(dateRange(from, to, Language::English), dateRange(from, to, Language::Spanish));
}

QString ReportText::shortDate(const QDate &date) const
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace pd
