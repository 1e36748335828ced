#pragma once

#include "Enums.h"

#include <QString>

namespace pd {

// A printable text in the conference's two working languages. Either may be empty;
// text() falls back to the other so that a list never shows a blank where one exists.
struct LocalizedText
{
    QString en;
    QString es;

    QString text(Language language) const
    {
        const QString &preferred = language == Language::Spanish ? es : en;
        const QString &other = language == Language::Spanish ? en : es;
        return preferred.isEmpty() ? other : preferred;
    }
    bool isEmpty() const { return en.isEmpty() && es.isEmpty(); }
    bool operator==(const LocalizedText &o) const { return en == o.en && es == o.es; }
    bool operator!=(const LocalizedText &o) const { return !(*this == o); }
};

} // namespace pd
