#include "HandoverVerb.h"

#include "CommandLine.h"
#include "exchange/HandoverExport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace pd {

namespace {

int fail(QTextStream &err, const QString &message, int code)
{
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace

QString HandoverVerb::helpLines()
{
    return tr("  handover export --to COUNTRY -o PACKAGE.zip [--exclude-personal-data]\n"
              "                                   write the handover package for the incoming presidency");
}

void HandoverVerb::addOptions(QCommandLineParser &parser)
{
    // --to and -o are shared with print (PrintVerb adds them).
    parser.addOption({QStringLiteral("exclude-personal-data"),
                      tr("With handover export: leave out the focal points marked as personal data.")});
}

int HandoverVerb::run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                      QTextStream &out, QTextStream &err)
{
    if (positional.value(1) != QLatin1String("export"))
        return fail(err, tr("handover needs: export"), CommandLine::UsageError);
    if (positional.size() > 2)
        return fail(err, tr("unexpected argument \"%1\"").arg(positional.at(2)), CommandLine::UsageError);
    const QString country = parser.value(QStringLiteral("to"));
    if (country.isEmpty())
        return fail(err, tr("handover export needs the incoming presidency: --to COUNTRY"), CommandLine::UsageError);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(err, tr("handover export needs an output file: -o PACKAGE.zip"), CommandLine::UsageError);

    Database::Options dbOptions;
    dbOptions.access = Database::Access::ReadOnly;
    auto db = Database::open(dbPath, dbOptions);
    if (!db)
        return fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);
    const std::optional<Party> to = HandoverExport::findCountry(repos, country);
    if (!to)
        return fail(err, tr("unknown country \"%1\"; give a member country's ISO code or name").arg(country),
                    CommandLine::UsageError);

    HandoverOptions options;
    options.excludePersonalData = parser.isSet(QStringLiteral("exclude-personal-data"));
    const auto manifest = HandoverExport::write(**db, *to, output, options);
    if (!manifest)
        return fail(err, manifest.error().message, CommandLine::Failure);
    out << tr("Wrote %1 (%n file(s)) for %2", nullptr, int(manifest->files.size() + 1)).arg(output, to->name.en)
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace pd
