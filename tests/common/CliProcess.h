// Runs satchel-cli as a script would, for the CLI tests: stdin is a closed pipe (never a
// terminal, so a passphrase prompt fails fast instead of hanging), stdout and stderr captured.
#pragma once

#include <QProcess>
#include <QStringList>

namespace CliProcess {

struct Run {
    int exitCode = -1; // -1: did not finish or crashed
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace CliProcess
