#pragma once

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace pd {

// `export ics -o FILE.ics`: the calendar (scheduled meetings, dated activities) as
// iCalendar, written whole or not at all. `import ics FILE.ics [--dry-run]`: the events
// of an Outlook, Thunderbird or Google Calendar export (or ours) as meetings by UID, as
// one undoable step (see IcsImport). A file that cannot be read as iCalendar is refused
// with one line before the database is opened; nothing is written.
class IcsVerb
{
    Q_DECLARE_TR_FUNCTIONS(IcsVerb)
public:
    static QString helpLines(); // for the verb list of --help
    // `positional` starts with "export"; returns a CommandLine::ExitCode.
    static int runExport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                         QTextStream &out, QTextStream &err);
    // `positional` is "import", "ics", FILE; returns a CommandLine::ExitCode.
    static int runImport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                         QTextStream &out, QTextStream &err);
};

} // namespace pd
