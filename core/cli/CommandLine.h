#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pd {

// The headless verbs of presidency-desk (init, check, list, ...). Output goes to
// `out`, one-line errors to `err`; the return value is the process exit code:
// 0 success, 1 the work failed, 2 the command line was wrong.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    // True when the program should run without a window: the arguments name a verb
    // (anything positional), ask for help or the version, or hold an option the window
    // does not take (so that the error is printed, with no display needed).
    static bool runsHeadless(const QStringList &arguments);
    // True when the verb lays out text (print): it needs a QGuiApplication for fonts.
    static bool needsFonts(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Prints "presidency-desk: message" on `err` and returns `code`: how every verb fails.
    static int fail(QTextStream &err, const QString &message, int code);
};

} // namespace pd
