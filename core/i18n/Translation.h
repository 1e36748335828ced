#pragma once

#include "domain/Enums.h"

#include <QLocale>

#include <optional>

class QCoreApplication;

namespace pd {

/*
 * The interface language: English (the source) or Spanish. Switching installs the
 * embedded catalogue and Qt's own for standard dialogs, replacing the previous ones, and
 * makes the language's locale the default, so that dates and amounts follow. Qt then
 * sends QEvent::LanguageChange to every widget, which is how open windows retranslate.
 * Main thread only.
 */
namespace translation {

// "en" or "es" (case-blind); nothing for anything else.
std::optional<Language> languageFromCode(const QString &code);
QString codeOf(Language language);
// Spanish when the system speaks Spanish, English otherwise.
Language systemLanguage();
// The locale for dates and numbers: the system's own when it speaks the language (a
// Mexican system keeps its conventions), else Latin American Spanish or US English.
QLocale localeFor(Language language);

void setLanguage(QCoreApplication &app, Language language);
Language currentLanguage();

// The language chosen in the Settings dialog (QSettings "interface/language"); nothing
// when the user follows the system.
std::optional<Language> savedLanguage();
void saveLanguage(std::optional<Language> language);
// The saved language, else the system's.
Language startupLanguage();

} // namespace translation
} // namespace pd
