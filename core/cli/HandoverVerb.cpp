#include "HandoverVerb.h"

#include "CommandLine.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverImport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace pd {

namespace {

QString presidencyName(const HandoverManifest::Presidency &p)
{
    return p.nameEn.isEmpty() ? p.code : QStringLiteral("%1 (%2)").arg(p.nameEn, p.code);
}

} // namespace

QString HandoverVerb::helpLines()
{
    return tr("  handover export --to COUNTRY -o PACKAGE.zip [--exclude-personal-data]\n"
              "                                   write the handover package for the incoming presidency\n"
              "  handover import PACKAGE.zip --new | --merge\n"
              "                                   check a handover package, then create the --db file from it\n"
              "                                   (--new) or merge it into the --db file by uid (--merge)");
}

void HandoverVerb::addOptions(QCommandLineParser &parser)
{
    // --to and -o are shared with print (PrintVerb adds them).
    parser.addOption({QStringLiteral("exclude-personal-data"),
                      tr("With handover export: leave out the focal points marked as personal data.")});
    parser.addOption({QStringLiteral("briefing-lang"),
                      tr("With handover export: the languages of briefing.pdf, en, es or both (default: both)."),
                      tr("language"), QStringLiteral("both")});
    parser.addOption(
        {QStringLiteral("new"), tr("With handover import: create the database file (it must not exist).")});
    parser.addOption({QStringLiteral("merge"), tr("With handover import: merge into the existing database file.")});
}

int HandoverVerb::runImport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                            QTextStream &out, QTextStream &err)
{
    if (positional.size() != 3)
        return CommandLine::fail(err,
                                 tr("handover import needs one package: handover import PACKAGE.zip --new | --merge"),
                                 CommandLine::UsageError);
    const bool asNew = parser.isSet(QStringLiteral("new"));
    if (asNew == parser.isSet(QStringLiteral("merge")))
        return CommandLine::fail(err, tr("handover import needs either --new or --merge"), CommandLine::UsageError);
    const QString package = positional.at(2);
    if (asNew && QFileInfo::exists(dbPath))
        return CommandLine::fail(err, tr("%1 already exists; --new creates a new file").arg(dbPath),
                                 CommandLine::Failure);

    // The package is checked whole before the database is opened at all.
    HandoverImport import;
    if (Status s = import.verify(package); !s)
        return CommandLine::fail(err, tr("%1 refused: %2").arg(package, s.error().message), CommandLine::Failure);
    const QString current = presidencyName(import.manifest().to);
    if (asNew) {
        const auto report = import.newDatabase(dbPath);
        if (!report)
            return CommandLine::fail(err, tr("%1 not imported: %2").arg(package, report.error().message),
                                     CommandLine::Failure);
        out << tr("Created %1 from %2: %n record(s) added; current presidency: %3", nullptr, report->merge.added)
                   .arg(dbPath, package, current)
            << Qt::endl;
        return CommandLine::Success;
    }
    auto db = Database::open(dbPath);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    const auto report = import.merge(**db);
    if (!report)
        return CommandLine::fail(err, tr("%1 not imported: %2").arg(package, report.error().message),
                                 CommandLine::Failure);
    const MergeReport &m = report->merge;
    out << tr("Merged %6 into %7: %1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 conflicts; "
              "current presidency: %8")
               .arg(m.added)
               .arg(m.updated)
               .arg(m.unchanged)
               .arg(m.kept.size())
               .arg(m.conflicts.size())
               .arg(package, dbPath, current)
        << Qt::endl;
    for (const MergeConflict &c : m.conflicts)
        out << tr("conflict: %1 %2: %3").arg(c.table, c.uid, c.reason) << Qt::endl;
    return CommandLine::Success;
}

int HandoverVerb::run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                      QTextStream &out, QTextStream &err)
{
    if (positional.value(1) == QLatin1String("import"))
        return runImport(parser, positional, dbPath, out, err);
    if (positional.value(1) != QLatin1String("export"))
        return CommandLine::fail(err, tr("handover needs: export or import"), CommandLine::UsageError);
    if (positional.size() > 2)
        return CommandLine::fail(err, tr("unexpected argument \"%1\"").arg(positional.at(2)), CommandLine::UsageError);
    const QString country = parser.value(QStringLiteral("to"));
    if (country.isEmpty())
        return CommandLine::fail(err, tr("handover export needs the incoming presidency: --to COUNTRY"),
                                 CommandLine::UsageError);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::fail(err, tr("handover export needs an output file: -o PACKAGE.zip"),
                                 CommandLine::UsageError);
    const QString briefingLanguage = parser.value(QStringLiteral("briefing-lang"));
    const std::optional<ReportLanguages> briefingLanguages = reportLanguagesFromCode(briefingLanguage);
    if (!briefingLanguages)
        return CommandLine::fail(err, tr("unknown language \"%1\"; use en, es or both").arg(briefingLanguage),
                                 CommandLine::UsageError);

    Database::Options dbOptions;
    dbOptions.access = Database::Access::ReadOnly;
    auto db = Database::open(dbPath, dbOptions);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);
    const std::optional<Party> to = HandoverExport::findCountry(repos, country);
    if (!to)
        return CommandLine::fail(err,
                                 tr("unknown country \"%1\"; give a member country's ISO code or name").arg(country),
                                 CommandLine::UsageError);

    HandoverOptions options;
    options.excludePersonalData = parser.isSet(QStringLiteral("exclude-personal-data"));
    options.briefingLanguages = *briefingLanguages;
    const auto manifest = HandoverExport::write(**db, *to, output, options);
    if (!manifest)
        return CommandLine::fail(err, manifest.error().message, CommandLine::Failure);
    out << tr("Wrote %1 (%n file(s)) for %2", nullptr, int(manifest->files.size() + 1)).arg(output, to->name.en)
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace pd
