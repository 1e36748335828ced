#pragma once

#include "ReportOptions.h"
#include "domain/Enums.h"
#include "domain/LocalizedText.h"

#include <QDate>
#include <QLocale>

#include <memory>

class QTranslator;

namespace pd {

/*
 * The words of a printout in the report's language, which may differ from the
 * interface language: labels go through the catalogue of that language (context
 * "Report", marked with QT_TRANSLATE_NOOP), falling back to the English source; dates
 * follow that language's locale. With both languages every text is English, then
 * Spanish.
 */
class ReportText
{
public:
    explicit ReportText(ReportLanguages languages);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    ReportLanguages languages() const { return m_languages; }
    bool both() const { return m_languages == ReportLanguages::Both; }
    // The one language of a single-language report; English in a bilingual one.
    Language primary() const { return m_languages == ReportLanguages::Spanish ? Language::Spanish : Language::English; }

    // A label marked QT_TRANSLATE_NOOP("Report", source), in one language.
    QString label(const char *source, Language language) const;
    // In the report's languages: "Agenda" or "Orden del día" or "Agenda / Orden del día".
    QString label(const char *source) const;
    // An enum's label (context "Enum") in the report's languages.
    template <typename E>
    QString enumText(E value) const
    {
        const auto [entries, count] = enumEntries<E>();
        for (std::size_t i = 0; i < count; ++i) {
            if (entries[i].value == value)
                return joined(translate("Enum", entries[i].label, Language::English),
                              translate("Enum", entries[i].label, Language::Spanish));
        }
        return {};
    }
    // A data text in the report's language (falling back to the other one); in a
    // bilingual report, the Spanish only when it differs from the English.
    QString text(const LocalizedText &text, Language language) const { return text.text(language); }
    QString date(const QDate &date, Language language) const;
    QString dateRange(const QDate &from, const QDate &to, Language language) const;
    QString date(const QDate &date) const;
    QString dateRange(const QDate &from, const QDate &to) const;
    QString shortDate(const QDate &date) const; // ISO-like compact date for tables
    QLocale locale(Language language) const;

    // "en / es", or one of them when they are equal or the report is monolingual.
    QString joined(const QString &en, const QString &es) const;

private:
    QString translate(const char *context, const char *source, Language language) const;

    ReportLanguages m_languages;
    std::unique_ptr<QTranslator> m_spanish;
};

} // namespace pd
