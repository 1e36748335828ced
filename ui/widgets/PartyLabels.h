#pragma once

#include "domain/Document.h"
#include "domain/Party.h"

#include <QChar>

namespace pd {

// How parties and documents are named in lists and cells, in the content language.
namespace labels {

// "Mexico", "International Organization for Migration (IOM)".
inline QString party(const Party &p, Language language)
{
    const QString name = p.name.text(language);
    const QString acronym = p.acronym.text(language);
    return acronym.isEmpty() || acronym == name ? name : name + QStringLiteral(" (") + acronym + QLatin1Char(')');
}

// For narrow cells: the acronym when there is one ("IOM"), else the name.
inline QString partyShort(const Party &p, Language language)
{
    const QString acronym = p.acronym.text(language);
    return acronym.isEmpty() ? p.name.text(language) : acronym;
}

inline QString elided(const QString &text, int length)
{
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

inline QString document(const Document &d, Language language)
{
    const QString title = elided(d.title.text(language), 70);
    return d.code.isEmpty() ? title : d.code + QLatin1Char(' ') + title;
}

} // namespace labels
} // namespace pd
