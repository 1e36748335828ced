#include "IcsVerb.h"

#include "CommandLine.h"
#include "commands/EditCommand.h"
#include "commands/Editor.h"
#include "exchange/CalendarExport.h"
#include "exchange/IcsImport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace pd {

namespace {

void printSummary(QTextStream &out, const QString &file, const IcsImportSummary &s, bool dryRun)
{
    const QString line = dryRun ? IcsVerb::tr("Would import %1: %2 added, %3 updated, %4 unchanged, %5 kept "
                                              "(older SEQUENCE), %6 activity events left alone")
                                : IcsVerb::tr("Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept "
                                              "(older SEQUENCE), %6 activity events left alone");
    out << line.arg(file).arg(s.added).arg(s.updated).arg(s.unchanged).arg(s.older).arg(s.activities) << Qt::endl;
    if (s.recurring > 0)
        out << IcsVerb::tr("note: %n recurring event(s) read as their first occurrence", nullptr, s.recurring)
            << Qt::endl;
    if (s.skipped > 0)
        out << IcsVerb::tr("note: %n changed occurrence(s) of recurring events left out", nullptr, s.skipped)
            << Qt::endl;
}

} // namespace

QString IcsVerb::helpLines()
{
    return tr("  export ics -o FILE.ics             write the calendar (meetings, dated activities) as iCalendar\n"
              "  import ics FILE.ics [--dry-run]    read an iCalendar file's events into meetings, by UID");
}

int IcsVerb::runExport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                       QTextStream &out, QTextStream &err)
{
    if (positional.value(1) != QLatin1String("ics"))
        return CommandLine::fail(err, tr("export needs: ics -o FILE.ics"), CommandLine::UsageError);
    if (positional.size() > 2)
        return CommandLine::fail(err, tr("unexpected argument \"%1\"").arg(positional.at(2)), CommandLine::UsageError);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::fail(err, tr("export ics needs an output file: -o FILE.ics"), CommandLine::UsageError);

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(dbPath, options);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);
    const QList<IcsEvent> events = CalendarExport::events(repos);
    const QByteArray ics = IcsWriter::write(events, QDateTime::currentDateTimeUtc());

    QSaveFile file(output); // whole or not at all: an old file stays until the new one is complete
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return CommandLine::fail(err, tr("cannot write %1: %2").arg(output, file.errorString()), CommandLine::Failure);
    out << tr("Wrote %1 (%n event(s))", nullptr, int(events.size())).arg(output) << Qt::endl;
    return CommandLine::Success;
}

int IcsVerb::runImport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                       QTextStream &out, QTextStream &err)
{
    if (positional.size() < 3)
        return CommandLine::fail(err, tr("import ics needs a calendar file: import ics FILE.ics"),
                                 CommandLine::UsageError);
    if (positional.size() > 3)
        return CommandLine::fail(err, tr("unexpected argument \"%1\"").arg(positional.at(3)), CommandLine::UsageError);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    // The file first: a bad one is refused before the database is opened.
    const QString path = positional.at(2);
    const Result<ParsedCalendar> calendar = IcsReader::readFile(path);
    if (!calendar)
        return CommandLine::fail(err, tr("%1 not imported: %2").arg(path, calendar.error().message),
                                 CommandLine::Failure);

    Database::Options options;
    options.access = dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    auto db = Database::open(dbPath, options);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);
    const QString name = QFileInfo(path).fileName();
    IcsImportSummary summary;
    if (dryRun) {
        IcsImport::command(repos, *calendar, name, &summary); // built, never carried out
    } else {
        Editor editor(repos);
        if (Status s = editor.importCalendar(*calendar, name, &summary); !s)
            return CommandLine::fail(err, tr("%1 not imported: %2").arg(path, s.error().message), CommandLine::Failure);
    }
    printSummary(out, path, summary, dryRun);
    return CommandLine::Success;
}

} // namespace pd
