#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace pd::translation {

namespace {

const QString SettingsKey = QStringLiteral("interface/language");
Language g_current = Language::English;
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

// Replaces *slot with a translator of `catalogue` for `locale`, or with none when the
// catalogue has no file for it (English, the source language of our own strings).
void replace(QCoreApplication &app, QPointer<QTranslator> &slot, const QString &catalogue, const QString &dir,
             const QLocale &locale)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, catalogue, QStringLiteral("_"), dir)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en"))
        return Language::English;
    if (c == QLatin1String("es"))
        return Language::Spanish;
    return std::nullopt;
}

QString codeOf(Language language)
{
    return language == Language::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? Language::Spanish : Language::English;
}

QLocale localeFor(Language language)
{
    const QLocale system = QLocale::system();
    if (language == Language::Spanish)
        return system.language() == QLocale::Spanish ? system : QLocale(QLocale::Spanish, QLocale::LatinAmerica);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

void setLanguage(QCoreApplication &app, Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    g_current = language;
    replace(app, g_own, QStringLiteral("presidency-desk"), QStringLiteral(":/i18n"), locale);
    replace(app, g_qt, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
}

Language currentLanguage()
{
    return g_current;
}

std::optional<Language> savedLanguage()
{
    return languageFromCode(QSettings().value(SettingsKey).toString());
}

void saveLanguage(std::optional<Language> language)
{
    QSettings settings;
    if (language)
        settings.setValue(SettingsKey, codeOf(*language));
    else
        settings.remove(SettingsKey);
}

Language startupLanguage()
{
    return savedLanguage().value_or(systemLanguage());
}

} // namespace pd::translation
