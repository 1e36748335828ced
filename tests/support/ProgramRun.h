#pragma once

// Runs the real presidency-desk program (PD_PROGRAM) and keeps what it said, for the
// command-line tests.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace pd::test {

struct ProgramRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The lines of stderr; a final line without a newline still counts.
    QStringList errLines() const;
};

// Runs `program arguments` in `workingDirectory` with `environment`, killing it after two
// minutes (then finished is false).
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      const QString &workingDirectory);

} // namespace pd::test
