#pragma once

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace pd {

// `handover export --to COUNTRY -o PACKAGE.zip [--exclude-personal-data]`: the handover
// package for the incoming presidency; `handover import PACKAGE.zip --new | --merge`: the
// package taken in (see HandoverImport). The country is checked against the database's
// member countries before any file is touched; the package appears only when whole.
class HandoverVerb
{
    Q_DECLARE_TR_FUNCTIONS(HandoverVerb)
public:
    static QString helpLines(); // for the verb list of --help
    static void addOptions(QCommandLineParser &parser);
    // `positional` starts with "handover"; returns a CommandLine::ExitCode.
    static int run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                   QTextStream &out, QTextStream &err);

private:
    // `handover import PACKAGE.zip --new | --merge`: every refusal is one line naming its
    // cause; the database file is not touched unless the whole package passed.
    static int runImport(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                         QTextStream &out, QTextStream &err);
};

} // namespace pd
