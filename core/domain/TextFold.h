#pragma once

#include <QString>

namespace pd {

// Folds text for matching: case-folded, accents removed ("Reunión" -> "reunion"), so
// that a filter typed without accents finds Spanish titles. Used for the stored
// filter_text columns and for the text typed into filters, so both sides agree.
QString foldForMatching(const QString &text);

} // namespace pd
