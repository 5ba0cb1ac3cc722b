// How satchel-cli asks the learner before something leaves the wallet (receive, present): --yes
// answers yes; otherwise y/N on a terminal; without a terminal nothing is done, so that a script
// never sends anything it was not explicitly told to.
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel::Cli {

class ConsentPrompt {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ConsentPrompt)
public:
    // Beyond the shared exit codes: the learner did not confirm, nothing was sent or requested.
    static constexpr int ExitNotConfirmed = 3;

    static bool stdinIsTerminal();
    // One line typed at the terminal, trimmed; empty at end of input.
    static QString readLine();
    // Whether the learner agreed. question: the y/N prompt ("Receive? [y/N] "); notAsked: printed when
    // there is no terminal to ask on; refused: printed after an answer other than yes. When not
    // confirmed, exitCode is ExitNotConfirmed.
    static bool confirmed(bool yes, const QString &question, const QString &notAsked, const QString &refused,
                          CliContext &context, int &exitCode);
};

} // namespace Satchel::Cli
