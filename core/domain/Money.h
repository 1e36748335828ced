#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Amounts of money are kept in minor units (cents) as integers; these turn them into
// the locale's text and back without going through floating point.
namespace pd::money {

// "5,000.00" (English), "5.000,00" (Spanish): always two decimals.
inline QString format(qint64 minor, const QLocale &locale)
{
    const bool negative = minor < 0;
    const qint64 value = negative ? -minor : minor;
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const QString text = grouped.toString(value / 100) + grouped.decimalPoint() +
                         QStringLiteral("%1").arg(value % 100, 2, 10, QLatin1Char('0'));
    return negative ? grouped.negativeSign() + text : text;
}

// "USD 5,000.00", with a no-break space between currency and amount.
inline QString format(qint64 minor, const QString &currency, const QLocale &locale)
{
    return currency.isEmpty() ? format(minor, locale) : currency + QChar(0x00a0) + format(minor, locale);
}

// Reads "5000", "5,000.5" or "5.000,50" (as the locale writes them) into minor units;
// nothing when the text is not an amount with at most two decimals.
inline std::optional<qint64> parse(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00a0));
    text.remove(QChar(0x202f));
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != decimal)
        text.remove(group);
    // A point is read as the decimal separator too, when the locale groups with something else.
    if (decimal != QLatin1String(".") && group != QLatin1String("."))
        text.replace(QLatin1Char('.'), decimal);
    const qsizetype at = text.indexOf(decimal);
    const QString whole = at < 0 ? text : text.left(at);
    QString fraction = at < 0 ? QString() : text.mid(at + decimal.size());
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 2 || whole.size() > 15)
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
    }
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    return (whole.isEmpty() ? 0 : whole.toLongLong()) * 100 + fraction.toLongLong();
}

} // namespace pd::money
