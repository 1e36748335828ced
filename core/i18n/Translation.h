#pragma once

#include <QLocale>

class QCoreApplication;

namespace pd {

// Installs the embedded translation for `locale` (Spanish or English; anything else
// falls back to English, the source language) and Qt's own for standard dialogs.
void installTranslation(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace pd
