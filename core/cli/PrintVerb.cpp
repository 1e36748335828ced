#include "PrintVerb.h"

#include "CommandLine.h"
#include "i18n/Translation.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace pd {

namespace {

const QStringList Kinds{QStringLiteral("agenda"), QStringLiteral("calendar"), QStringLiteral("consultations"),
                        QStringLiteral("decisions")};

} // namespace

void PrintVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("With print: the file to write, .pdf or .odt (print agenda UID, calendar --from --to, "
                         "consultations, decisions [UID])."),
                      tr("file")});
    parser.addOption({QStringLiteral("paper"), tr("With print: a4 or letter."), tr("paper"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("from"), tr("With print calendar: the first day (YYYY-MM-DD)."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("With print calendar: the last day (YYYY-MM-DD)."), tr("date")});
    parser.addOption({QStringLiteral("no-participants"), tr("With print agenda: leave out the participants.")});
    parser.addOption(
        {QStringLiteral("unscheduled"), tr("With print calendar: also list the activities not yet scheduled.")});
}

int PrintVerb::run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                   QTextStream &out, QTextStream &err)
{
    // Every argument is judged before the database is opened or a file is touched.
    const QString kind = positional.value(1);
    if (!Kinds.contains(kind))
        return CommandLine::fail(err, tr("print needs one of: %1").arg(Kinds.join(QStringLiteral(", "))),
                                 CommandLine::UsageError);
    const QString uid = positional.value(2);
    if (kind == QLatin1String("agenda") && uid.isEmpty())
        return CommandLine::fail(err, tr("print agenda needs the meeting's uid"), CommandLine::UsageError);
    const qsizetype maxPositional = kind == QLatin1String("agenda") || kind == QLatin1String("decisions") ? 3 : 2;
    if (positional.size() > maxPositional)
        return CommandLine::fail(err, tr("unexpected argument \"%1\"").arg(positional.at(maxPositional)),
                                 CommandLine::UsageError);

    ReportOptions options;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty()) {
        const auto languages = reportLanguagesFromCode(lang);
        if (!languages)
            return CommandLine::fail(err, tr("unknown language \"%1\"; use en, es or both").arg(lang),
                                     CommandLine::UsageError);
        options.languages = *languages;
    } else {
        options.languages =
            translation::currentLanguage() == Language::Spanish ? ReportLanguages::Spanish : ReportLanguages::English;
    }
    const auto paper = paperFromCode(parser.value(QStringLiteral("paper")));
    if (!paper)
        return CommandLine::fail(
            err, tr("unknown paper \"%1\"; use a4 or letter").arg(parser.value(QStringLiteral("paper"))),
            CommandLine::UsageError);
    options.paper = *paper;
    options.participants = !parser.isSet(QStringLiteral("no-participants"));
    options.unscheduled = parser.isSet(QStringLiteral("unscheduled"));

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::fail(err, tr("print needs an output file: -o FILE.pdf or -o FILE.odt"),
                                 CommandLine::UsageError);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return CommandLine::fail(err, tr("cannot tell the format of %1; name it .pdf or .odt").arg(output),
                                 CommandLine::UsageError);

    QDate from;
    QDate to;
    if (kind == QLatin1String("calendar")) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return CommandLine::fail(err, tr("print calendar needs --from and --to as dates (YYYY-MM-DD)"),
                                     CommandLine::UsageError);
        if (to < from)
            return CommandLine::fail(
                err, tr("--to %1 is before --from %2").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                CommandLine::UsageError);
    }

    Database::Options dbOptions;
    dbOptions.access = Database::Access::ReadOnly;
    auto db = Database::open(dbPath, dbOptions);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);

    Result<Report> report = Error{};
    if (kind == QLatin1String("agenda"))
        report = reports::agendaSheet(repos, uid, options);
    else if (kind == QLatin1String("calendar"))
        report = reports::calendarSheet(repos, from, to, options);
    else if (kind == QLatin1String("consultations"))
        report = reports::consultationMatrix(repos, options);
    else
        report = reports::decisionRegister(repos, uid, options);
    if (!report)
        return CommandLine::fail(err, report.error().message, CommandLine::Failure);

    if (const Status written = reportwriter::write(*report, output); !written)
        return CommandLine::fail(err, written.error().message, CommandLine::Failure);
    out << tr("Wrote %1").arg(output) << Qt::endl;
    return CommandLine::Success;
}

} // namespace pd
