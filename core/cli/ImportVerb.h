#pragma once

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace pd {

// `import conclusions FILE.txt [--lang auto|en|es] [--dry-run] [--format table|json]`:
// reads the text of a meeting's conclusions into the decision register, activities and
// documents, as one undoable step; a second import of the same text adds nothing.
// --dry-run writes nothing and prints what was read (as JSON with --format json). A
// file that cannot be read, is empty or holds no numbered conclusions is refused with
// one line and nothing is written.
class ImportVerb
{
    Q_DECLARE_TR_FUNCTIONS(ImportVerb)
public:
    static QString helpLines(); // for the verb list of --help
    static void addOptions(QCommandLineParser &parser);
    // `positional` starts with "import"; returns a CommandLine::ExitCode.
    static int run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
