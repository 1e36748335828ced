#include "CommandLine.h"

#include "HandoverVerb.h"
#include "IcsVerb.h"
#include "ImportVerb.h"
#include "PrintVerb.h"

#include "exchange/EntityTables.h"
#include "exchange/NewDatabase.h"
#include "i18n/Translation.h"
#include "reports/ReportOptions.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace pd {

namespace {

struct Context
{
    QCommandLineParser &parser;
    QStringList positional;
    QTextStream &out;
    QTextStream &err;

    int fail(const QString &message, int code = CommandLine::Failure) { return CommandLine::fail(err, message, code); }
    QString dbPath() const
    {
        return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    }
};

int runInit(Context &c)
{
    const QString path = c.dbPath();
    if (!c.parser.isSet(QStringLiteral("db")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = createDatabase(path, c.parser.isSet(QStringLiteral("empty")) ? NewDatabaseContent::Empty
                                                                           : NewDatabaseContent::RcmProfile);
    if (!db)
        return c.fail(db.error().message);
    c.out << CommandLine::tr("Created %1 (schema %2)").arg(path).arg((*db)->schemaVersion()) << Qt::endl;
    return CommandLine::Success;
}

Result<std::unique_ptr<Database>> openExisting(Context &c)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    return Database::open(c.dbPath(), options);
}

int runCheck(Context &c)
{
    auto db = openExisting(c);
    if (!db)
        return c.fail(db.error().message);
    const QStringList problems = (*db)->integrityProblems();
    c.out << CommandLine::tr("schema version %1").arg((*db)->schemaVersion()) << Qt::endl;
    for (const QString &problem : problems)
        c.out << problem << Qt::endl;
    if (!problems.isEmpty())
        return c.fail(CommandLine::tr("%n problem(s) found in %1", nullptr, int(problems.size())).arg(c.dbPath()));
    c.out << CommandLine::tr("integrity ok; foreign keys ok") << Qt::endl;
    return CommandLine::Success;
}

int runList(Context &c)
{
    if (c.positional.size() != 2)
        return c.fail(
            CommandLine::tr("list needs one of: %1").arg(EntityTables::entityNames().join(QStringLiteral(", "))),
            CommandLine::UsageError);
    const QString entity = c.positional.at(1);
    if (!EntityTables::entityNames().contains(entity))
        return c.fail(CommandLine::tr("unknown entity \"%1\"; choose one of: %2")
                          .arg(entity, EntityTables::entityNames().join(QStringLiteral(", "))),
                      CommandLine::UsageError);
    const QString format = c.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return c.fail(CommandLine::tr("unknown format \"%1\"; choose table, csv or json").arg(format),
                      CommandLine::UsageError);
    auto db = openExisting(c);
    if (!db)
        return c.fail(db.error().message);
    Repositories repos(**db);
    const auto table = EntityTables::build(repos, entity);
    if (format == QLatin1String("json"))
        c.out << QString::fromUtf8(table->toJson());
    else if (format == QLatin1String("csv"))
        c.out << QString::fromUtf8(table->toCsv());
    else
        c.out << table->toText();
    c.out.flush();
    return CommandLine::Success;
}

// The value of --lang X or --lang=X, looked for before the parser is built so that
// its own texts are in that language. A missing value is left to the parser to report.
std::optional<QString> languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return std::nullopt;
}

} // namespace

bool CommandLine::runsHeadless(const QStringList &arguments)
{
    // What the window takes: its own options, and Qt's that QApplication consumes.
    static const QStringList windowOptionsWithValue = {QStringLiteral("--db"),      QStringLiteral("-platform"),
                                                       QStringLiteral("-style"),    QStringLiteral("-stylesheet"),
                                                       QStringLiteral("-geometry"), QStringLiteral("-qwindowgeometry"),
                                                       QStringLiteral("-display"),  QStringLiteral("--lang")};
    static const QStringList windowFlags = {QStringLiteral("--new"), QStringLiteral("-reverse")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (windowOptionsWithValue.contains(a))
            ++i;
        else if (!windowFlags.contains(a) && !a.startsWith(QLatin1String("--db=")) &&
                 !a.startsWith(QLatin1String("--lang=")))
            return true; // a verb, --help, --version, or an option only the command line can judge
    }
    return false;
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    // The first word that is neither an option nor an option's value is the verb.
    static const QStringList withValue = {
        QStringLiteral("--db"),     QStringLiteral("--format"), QStringLiteral("--lang"), QStringLiteral("-o"),
        QStringLiteral("--output"), QStringLiteral("--paper"),  QStringLiteral("--from"), QStringLiteral("--to")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (withValue.contains(a))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')))
            return a == QLatin1String("print") || // handover export: briefing.pdf (import lays out nothing)
                   (a == QLatin1String("handover") && arguments.value(i + 1) != QLatin1String("import"));
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The language is chosen before anything is said, help and errors included.
    // "both" is for the languages of a printout (print checks that); messages then stay
    // in the system's language.
    if (const std::optional<QString> code = languageArgument(arguments);
        code && code->trimmed().compare(QLatin1String("both"), Qt::CaseInsensitive) != 0 &&
        code->trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) { // import's --lang auto
        const auto language = translation::languageFromCode(*code);
        if (!language) {
            err << QCoreApplication::applicationName() << ": " << tr("unknown language \"%1\"; use en or es").arg(*code)
                << Qt::endl;
            return UsageError;
        }
        translation::setLanguage(*QCoreApplication::instance(), *language);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Presidency Desk: the desk of the Presidency Pro-Tempore of a regional conference on migration.\n\n"
           "Verbs:\n"
           "  init [--empty]                   create a database (the RCM data unless --empty)\n"
           "  check                            check integrity and foreign keys\n"
           "  list ENTITY [--format F]         print meetings, activities, documents, consultations,\n"
           "                                   decisions, contributions or parties") +
        QLatin1Char('\n') + HandoverVerb::helpLines() + QLatin1Char('\n') + ImportVerb::helpLines() +
        QLatin1Char('\n') + IcsVerb::helpLines());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), tr("The database file (default: %1).").arg(Database::defaultPath()), tr("file")});
    parser.addOption({QStringLiteral("empty"), tr("With init: create an empty database.")});
    parser.addOption(
        {QStringLiteral("format"), tr("With list: table, csv or json."), tr("format"), QStringLiteral("table")});
    parser.addOption(
        {QStringLiteral("lang"), tr("The language of messages: en or es (default: the system's)."), tr("language")});
    PrintVerb::addOptions(parser);
    HandoverVerb::addOptions(parser);
    ImportVerb::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("verb"), tr("init, check or list"));

    if (!parser.parse(arguments)) {
        err << QCoreApplication::applicationName() << ": " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    Context c{parser, parser.positionalArguments(), out, err};
    const QString verb = c.positional.value(0);
    if (verb != QLatin1String("print") &&
        reportLanguagesFromCode(parser.value(QStringLiteral("lang"))) == ReportLanguages::Both)
        return c.fail(tr("unknown language \"%1\"; use en or es").arg(parser.value(QStringLiteral("lang"))),
                      UsageError);
    if (verb == QLatin1String("init"))
        return runInit(c);
    if (verb == QLatin1String("check"))
        return runCheck(c);
    if (verb == QLatin1String("list"))
        return runList(c);
    if (verb == QLatin1String("print"))
        return PrintVerb::run(parser, c.positional, c.dbPath(), out, err);
    if (verb == QLatin1String("handover"))
        return HandoverVerb::run(parser, c.positional, c.dbPath(), out, err);
    if (verb == QLatin1String("import")) { // dispatched on the second word: what is imported
        if (c.positional.value(1) == QLatin1String("ics"))
            return IcsVerb::runImport(parser, c.positional, c.dbPath(), out, err);
        return ImportVerb::run(parser, c.positional, c.dbPath(), out, err);
    }
    if (verb == QLatin1String("export"))
        return IcsVerb::runExport(parser, c.positional, c.dbPath(), out, err);
    if (verb.isEmpty())
        return c.fail(tr("no verb given; see --help"), UsageError);
    return c.fail(tr("unknown verb \"%1\"; see --help").arg(verb), UsageError);
}

int CommandLine::fail(QTextStream &err, const QString &message, int code)
{
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace pd
