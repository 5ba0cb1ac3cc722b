#include "ConsentPrompt.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Satchel::Cli {

bool ConsentPrompt::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO);
#else
    return false;
#endif
}

QString ConsentPrompt::readLine()
{
    char buffer[256] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    return QString::fromLocal8Bit(buffer).trimmed();
}

bool ConsentPrompt::confirmed(bool yes, const QString &question, const QString &notAsked, const QString &refused,
                              CliContext &context, int &exitCode)
{
    if (yes)
        return true;
    // What consent showed must be on screen before the question.
    context.out.flush();
    context.err.flush();
    if (!stdinIsTerminal()) {
        context.err << notAsked << '\n';
        exitCode = ExitNotConfirmed;
        return false;
    }
    context.err << question << Qt::flush;
    const QString answer = readLine().toLower();
    // English answers always work; the translated ones match the translated [y/N] of the question.
    const QStringList yesWords = {QStringLiteral("y"), QStringLiteral("yes"),
                             tr("y", "the one-letter yes of a [y/N] question"), tr("yes", "the yes of a [y/N] question")};
    if (yesWords.contains(answer))
        return true;
    context.err << refused << '\n';
    exitCode = ExitNotConfirmed;
    return false;
}

} // namespace Satchel::Cli
