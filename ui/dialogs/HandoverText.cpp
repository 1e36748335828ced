#include "HandoverText.h"

#include "i18n/Translation.h"
#include "storage/SnapshotMerge.h"

#include <QLocale>
#include <QStringList>

namespace pd {

QString HandoverText::presidency(const HandoverManifest::Presidency &presidency)
{
    const bool spanish = translation::currentLanguage() == Language::Spanish;
    QString name = spanish ? presidency.nameEs : presidency.nameEn;
    if (name.isEmpty())
        name = spanish ? presidency.nameEn : presidency.nameEs;
    if (name.isEmpty())
        return presidency.code.isEmpty() ? tr("not recorded") : presidency.code;
    return presidency.code.isEmpty() ? name : tr("%1 (%2)").arg(name, presidency.code);
}

QString HandoverText::counts(const QMap<QString, int> &counts)
{
    const QMap<QString, QString> names{
        {QStringLiteral("meetings"), tr("meetings")},       {QStringLiteral("activities"), tr("activities")},
        {QStringLiteral("documents"), tr("documents")},     {QStringLiteral("consultations"), tr("consultations")},
        {QStringLiteral("decisions"), tr("decisions")},     {QStringLiteral("contributions"), tr("contributions")},
        {QStringLiteral("parties"), tr("parties")},         {QStringLiteral("focal_points"), tr("focal points")},
        {QStringLiteral("attachments"), tr("attachments")},
    };
    // The known entities in the order of the program's pages, then any other.
    const QStringList order{
        QStringLiteral("meetings"),      QStringLiteral("activities"),   QStringLiteral("documents"),
        QStringLiteral("consultations"), QStringLiteral("decisions"),    QStringLiteral("contributions"),
        QStringLiteral("parties"),       QStringLiteral("focal_points"), QStringLiteral("attachments")};
    QStringList keys = order;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    const QLocale locale;
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        if (counts.contains(key))
            parts.append(tr("%1: %2").arg(names.value(key, key), locale.toString(counts.value(key))));
    }
    return parts.join(tr(", "));
}

QString HandoverText::mergeSummary(const MergeReport &report)
{
    const QLocale locale;
    return tr("%1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 in conflict")
        .arg(locale.toString(report.added), locale.toString(report.updated), locale.toString(report.unchanged),
             locale.toString(report.kept.size()), locale.toString(report.conflicts.size()));
}

QString HandoverText::contents(const HandoverManifest &manifest)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("From: %1").arg(presidency(manifest.from)) << tr("To: %1").arg(presidency(manifest.to))
          << tr("Created: %1").arg(locale.toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat))
          << (manifest.personalData ? tr("Personal data of focal points: included")
                                    : tr("Personal data of focal points: left out"))
          << tr("Records: %1").arg(counts(manifest.counts));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
