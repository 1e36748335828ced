#pragma once

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace pd {

// `print agenda UID | calendar --from D --to D | consultations | decisions [UID]`:
// a report to PDF or ODT (-o), in English, Spanish or both (--lang), on A4 or Letter
// (--paper). Everything is checked before the database is opened; the output file is
// replaced only when the report was written whole.
class PrintVerb
{
    Q_DECLARE_TR_FUNCTIONS(PrintVerb)
public:
    static void addOptions(QCommandLineParser &parser);
    // `positional` starts with "print"; returns a CommandLine::ExitCode.
    static int run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
